/**
 * The rules of complaints 投诉报修: who may act, from which status, and what each act
 * records. Pure: time arrives as the command's `occurredAt`, ids inside its data.
 */
import type { DecidedEvent } from '@govledger/core';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { RegistryError } from '../registry/errors.ts';
import {
  type CommunityRegistration,
  type CompanyRegistration,
  requireActiveCommunity,
  requireActiveCompany,
} from '../registry/references.ts';
import type { ComplaintState } from './aggregate.ts';
import type {
  AssignComplaintData,
  CloseComplaintData,
  EscalateComplaintData,
  FileComplaintData,
  ReopenComplaintData,
  ResolveComplaintData,
  RespondToComplaintData,
} from './command-data.ts';
import {
  type ComplaintError,
  complaintAlreadyFiled,
  complaintNotFound,
  dueNotAfterAssignment,
  illegalTransition,
  notTheAssignee,
  notTheComplainant,
} from './errors.ts';
import {
  ComplaintAssigned,
  type ComplaintAssignedData,
  ComplaintClosed,
  type ComplaintClosedData,
  ComplaintEscalated,
  type ComplaintEscalatedData,
  ComplaintFiled,
  type ComplaintFiledData,
  ComplaintReopened,
  type ComplaintReopenedData,
  ComplaintResolved,
  type ComplaintResolvedData,
  ComplaintResponded,
  type ComplaintRespondedData,
} from './events.ts';
import { ALLOWED_FROM, type ComplaintTransition } from './lifecycle.ts';

/** What every complaint rule returns: the events to record, or why not. */
export type ComplaintDecision = E.Either<ComplaintError | RegistryError, readonly DecidedEvent[]>;

const ok: E.Either<never, void> = E.right(undefined);

/** Related key under which a complaint's community (a registered project, 小区) is consulted. */
export const COMMUNITY_KEY = 'community';
/** Related key under which a complaint's company is consulted. */
export const COMPANY_KEY = 'company';

/** What FileComplaint reads: the complaint's community (a project or residents' community) and its company. */
export type ComplaintParties = CommunityRegistration<typeof COMMUNITY_KEY> & CompanyRegistration<typeof COMPANY_KEY>;

/** What AssignComplaint reads: the company the complaint is assigned to. */
export type AssigneeCompany = CompanyRegistration<typeof COMPANY_KEY>;

function requireTransition(
  command: ComplaintTransition,
  complaintId: string,
  state: ComplaintState,
): E.Either<ComplaintError, void> {
  if (state.status === 'none') return E.left(complaintNotFound(complaintId));
  const allowed = ALLOWED_FROM[command];
  return allowed.includes(state.status) ? ok : E.left(illegalTransition(complaintId, command, state.status, allowed));
}

function requireComplainant(input: CommandInput<unknown>, complaintId: string, complainantId: string, act: string) {
  return input.actor.id === complainantId ? ok : E.left(notTheComplainant(complaintId, input.actor.id, act));
}

/** A property company acts only on complaints assigned to it; committees and street offices on any. */
function requireAssigneeIfCompany(input: CommandInput<unknown>, state: ComplaintState): E.Either<ComplaintError, void> {
  if (input.actor.role !== 'property-company' || input.actor.id === state.assigneeCompanyId) return ok;
  return E.left(notTheAssignee(state.complaintId, input.actor.id, state.assigneeCompanyId));
}

/** FileComplaint: a resident or owner files under their own id; a complaint id is filed once. */
export function fileComplaint(
  input: CommandInput<FileComplaintData>,
  state: ComplaintState,
  related: ComplaintParties,
): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('FileComplaint', input, 'resident', 'owner'),
    E.chainW(() => (state.status === 'none' ? ok : E.left(complaintAlreadyFiled(data.complaintId)))),
    E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, data.communityId)),
    E.chainW(() => requireActiveCompany(related, COMPANY_KEY, data.companyId)),
    E.chainW(() => requireComplainant(input, data.complaintId, data.complainantId, 'file')),
    E.map(() => [{ type: ComplaintFiled.type, data: { ...data } satisfies ComplaintFiledData }]),
  );
}

/** AssignComplaint: assigns (or reassigns) to a company with a due time after the act. */
export function assignComplaint(
  input: CommandInput<AssignComplaintData>,
  state: ComplaintState,
  related: AssigneeCompany,
): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('AssignComplaint', input, 'property-company', 'community-committee', 'street-office'),
    E.chainW(() => requireTransition('AssignComplaint', data.complaintId, state)),
    E.chainW(() => requireActiveCompany(related, COMPANY_KEY, data.assigneeCompanyId)),
    E.chainW(() =>
      Date.parse(data.dueAt) > Date.parse(input.occurredAt)
        ? ok
        : E.left(dueNotAfterAssignment(data.dueAt, input.occurredAt)),
    ),
    E.map(() => [{ type: ComplaintAssigned.type, data: { ...data } satisfies ComplaintAssignedData }]),
  );
}

/** RespondToComplaint: the assignee (or a committee / street office) reports progress. */
export function respondToComplaint(
  input: CommandInput<RespondToComplaintData>,
  state: ComplaintState,
): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('RespondToComplaint', input, 'property-company', 'community-committee', 'street-office'),
    E.chainW(() => requireTransition('RespondToComplaint', data.complaintId, state)),
    E.chainW(() => requireAssigneeIfCompany(input, state)),
    E.map(() => [{ type: ComplaintResponded.type, data: { ...data } satisfies ComplaintRespondedData }]),
  );
}

/** ResolveComplaint: the assignee (or a committee / street office) reports the matter resolved. */
export function resolveComplaint(input: CommandInput<ResolveComplaintData>, state: ComplaintState): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('ResolveComplaint', input, 'property-company', 'community-committee', 'street-office'),
    E.chainW(() => requireTransition('ResolveComplaint', data.complaintId, state)),
    E.chainW(() => requireAssigneeIfCompany(input, state)),
    E.map(() => [{ type: ComplaintResolved.type, data: { ...data } satisfies ComplaintResolvedData }]),
  );
}

/** ReopenComplaint: only the complainant, only after resolution and before closing. */
export function reopenComplaint(input: CommandInput<ReopenComplaintData>, state: ComplaintState): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('ReopenComplaint', input, 'resident', 'owner'),
    E.chainW(() => requireTransition('ReopenComplaint', data.complaintId, state)),
    E.chainW(() => requireComplainant(input, data.complaintId, state.complainantId, 'reopen')),
    E.map(() => [
      {
        type: ComplaintReopened.type,
        data: {
          complaintId: data.complaintId,
          complainantId: state.complainantId,
          reason: data.reason,
        } satisfies ComplaintReopenedData,
      },
    ]),
  );
}

/** CloseComplaint: only the complainant closes a resolved complaint, rating it 1–5. */
export function closeComplaint(input: CommandInput<CloseComplaintData>, state: ComplaintState): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('CloseComplaint', input, 'resident', 'owner'),
    E.chainW(() => requireTransition('CloseComplaint', data.complaintId, state)),
    E.chainW(() => requireComplainant(input, data.complaintId, state.complainantId, 'close')),
    E.map(() => [
      {
        type: ComplaintClosed.type,
        data: {
          complaintId: data.complaintId,
          complainantId: state.complainantId,
          satisfaction: data.satisfaction,
        } satisfies ComplaintClosedData,
      },
    ]),
  );
}

/** EscalateComplaint: a residents' committee or street office refers an open complaint to a joint meeting. */
export function escalateComplaint(
  input: CommandInput<EscalateComplaintData>,
  state: ComplaintState,
): ComplaintDecision {
  const { data } = input;
  return pipe(
    requireRole('EscalateComplaint', input, 'community-committee', 'street-office'),
    E.chainW(() => requireTransition('EscalateComplaint', data.complaintId, state)),
    E.map(() => [{ type: ComplaintEscalated.type, data: { ...data } satisfies ComplaintEscalatedData }]),
  );
}
