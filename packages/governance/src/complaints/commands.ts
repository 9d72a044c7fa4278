/**
 * The complaint commands as the executor runs them: data codec, stream, fold and rule.
 * Every command acts on the complaint's own stream, `complaint-<complaintId>`.
 */
import type { AnyCommandSpec, CommandSpec } from '../command.ts';
import { companyReference } from '../registry/commands.ts';
import { communityReferences } from '../registry/references.ts';
import { type ComplaintState, complaintAggregate } from './aggregate.ts';
import {
  AssignComplaintData,
  CloseComplaintData,
  EscalateComplaintData,
  FileComplaintData,
  ReopenComplaintData,
  ResolveComplaintData,
  RespondToComplaintData,
} from './command-data.ts';
import {
  type AssigneeCompany,
  assignComplaint,
  type ComplaintParties,
  COMMUNITY_KEY,
  COMPANY_KEY,
  closeComplaint,
  escalateComplaint,
  fileComplaint,
  reopenComplaint,
  resolveComplaint,
  respondToComplaint,
} from './decide.ts';
import { complaintStreamId } from './events.ts';

const onComplaint = (data: { complaintId: string }): string => complaintStreamId(data.complaintId);

/** 投诉报修 — resident or owner. */
export const FileComplaint: CommandSpec<FileComplaintData, ComplaintState, ComplaintParties> = {
  name: 'FileComplaint',
  data: FileComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  related: (data) => [
    ...communityReferences(data.communityId, COMMUNITY_KEY),
    companyReference(data.companyId, COMPANY_KEY),
  ],
  decide: fileComplaint,
};

/** 派单 — property company, residents' committee or street office. */
export const AssignComplaint: CommandSpec<AssignComplaintData, ComplaintState, AssigneeCompany> = {
  name: 'AssignComplaint',
  data: AssignComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  related: (data) => [companyReference(data.assigneeCompanyId, COMPANY_KEY)],
  decide: assignComplaint,
};

/** 回复 — the assigned property company, residents' committee or street office. */
export const RespondToComplaint: CommandSpec<RespondToComplaintData, ComplaintState> = {
  name: 'RespondToComplaint',
  data: RespondToComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  decide: respondToComplaint,
};

/** 办结 — the assigned property company, residents' committee or street office. */
export const ResolveComplaint: CommandSpec<ResolveComplaintData, ComplaintState> = {
  name: 'ResolveComplaint',
  data: ResolveComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  decide: resolveComplaint,
};

/** 重新打开 — the complainant. */
export const ReopenComplaint: CommandSpec<ReopenComplaintData, ComplaintState> = {
  name: 'ReopenComplaint',
  data: ReopenComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  decide: reopenComplaint,
};

/** 评价并关闭 — the complainant. */
export const CloseComplaint: CommandSpec<CloseComplaintData, ComplaintState> = {
  name: 'CloseComplaint',
  data: CloseComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  decide: closeComplaint,
};

/** 提交联席会议 — residents' committee or street office. */
export const EscalateComplaint: CommandSpec<EscalateComplaintData, ComplaintState> = {
  name: 'EscalateComplaint',
  data: EscalateComplaintData,
  streamId: onComplaint,
  aggregate: complaintAggregate,
  decide: escalateComplaint,
};

/** Every complaint command, for the executor's registry. */
export const complaintCommands: AnyCommandSpec[] = [
  FileComplaint,
  AssignComplaint,
  RespondToComplaint,
  ResolveComplaint,
  ReopenComplaint,
  CloseComplaint,
  EscalateComplaint,
];
