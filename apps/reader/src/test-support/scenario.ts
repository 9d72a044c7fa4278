/**
 * The commands of the reader's test ledger: one community's half year across every
 * governance area, with personal data (names, phones, an ID number in a complaint text) that
 * must never reach a public answer. Test code only.
 */

import { createHash } from 'node:crypto';
import { votes } from '@govledger/governance';

/** One submitted command line. */
export interface ScenarioCommand {
  readonly command: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const street = { id: 'street-yangshe', role: 'street-office' };
const committee = { id: 'committee-cm-1', role: 'owners-committee' };
/** A ballot's blinding, standing in for the 32 random bytes a voter's client draws. */
const blind = (label: string): string => createHash('sha256').update(label).digest('hex');
const none = { areaM2Hundredths: 0, owners: 0 };
const fundCentre = { id: 'fund-centre-zjg', role: 'fund-centre' };
const companyA = { id: 'co-a', role: 'property-company' };
const partyCommittee = { id: 'party-zjg', role: 'party-committee' };
const community = { id: 'community-cm-1', role: 'community-committee' };
const zhang = { id: 'person-zhang', role: 'resident' };
const li = { id: 'person-li', role: 'owner' };

const c = (
  command: string,
  actor: ScenarioCommand['actor'],
  occurredAt: string,
  data: Record<string, unknown>,
): ScenarioCommand => ({
  command,
  actor,
  occurredAt,
  data,
});

const unit = (
  unitId: string,
  ownerId: string,
  ownerName: string,
  areaM2Hundredths: number,
  ownerKind = 'individual',
) => ({
  unitId,
  ownerId,
  ownerName,
  ownerKind,
  areaM2Hundredths,
});

/** The scenario, in time order. */
export const SCENARIO: readonly ScenarioCommand[] = [
  c('RegisterPropertyCompany', bureau, '2024-01-02T01:00:00Z', { companyId: 'co-a', name: '张家港红色物业有限公司' }),
  c('RegisterPropertyCompany', bureau, '2024-01-02T01:10:00Z', { companyId: 'co-b', name: '港城物业服务有限公司' }),
  c('RegisterProject', bureau, '2024-01-02T02:00:00Z', {
    projectId: 'p-1',
    name: '梁丰花园',
    communityId: 'cm-1',
    town: '杨舍镇',
    companyId: 'co-a',
  }),
  c('RegisterProject', bureau, '2024-01-02T02:10:00Z', {
    projectId: 'p-2',
    name: '暨阳小区',
    communityId: 'cm-2',
    town: '杨舍镇',
    companyId: 'co-b',
  }),
  c('RegisterStreetOffice', bureau, '2024-01-02T03:00:00Z', { streetOfficeId: 'so-yangshe', name: '杨舍镇' }),
  c('RegisterResidentsCommunity', bureau, '2024-01-02T03:10:00Z', {
    communityId: 'cm-1',
    name: '梁丰社区',
    streetOfficeId: 'so-yangshe',
  }),
  c('RegisterResidentsCommunity', bureau, '2024-01-02T03:20:00Z', {
    communityId: 'cm-2',
    name: '暨阳社区',
    streetOfficeId: 'so-yangshe',
  }),
  c('RegisterUnits', bureau, '2024-01-02T04:00:00Z', {
    communityId: 'cm-1',
    units: [
      { ...unit('1-1-101', 'person-wang', '王芳', 8950), buildingId: 'b1' },
      { ...unit('1-1-102', 'person-wang', '王芳', 10020), buildingId: 'b1' },
      { ...unit('1-1-201', 'person-zhao', '赵强', 8950), buildingId: 'b1' },
      { ...unit('1-1-202', 'developer-1', '某置业有限公司', 12000, 'developer-unsold'), buildingId: 'b1' },
    ],
  }),
  c('OpenFundAccount', fundCentre, '2024-01-03T01:00:00Z', {
    communityId: 'cm-1',
    units: [
      { unitId: '1-1-101', areaM2Hundredths: 8950 },
      { unitId: '1-1-102', areaM2Hundredths: 10020 },
      { unitId: '1-1-201', areaM2Hundredths: 8950 },
      { unitId: '1-1-202', areaM2Hundredths: 12000 },
    ],
  }),
  c('DepositToFund', fundCentre, '2024-01-04T01:00:00Z', {
    communityId: 'cm-1',
    depositId: 'd-1',
    kind: 'initial',
    deposits: [
      { unitId: '1-1-101', amountFen: 500000 },
      { unitId: '1-1-102', amountFen: 560000 },
      { unitId: '1-1-201', amountFen: 500000 },
      { unitId: '1-1-202', amountFen: 670000 },
    ],
  }),
  c('FileComplaint', zhang, '2024-01-10T02:00:00Z', {
    complaintId: 'c-1',
    communityId: 'cm-1',
    companyId: 'co-a',
    category: 'repair',
    complainantId: 'person-zhang',
    complainantName: '张伟',
    complainantPhone: '13912345678',
    description: '3号楼电梯故障。身份证号 320582198807061234，请联系 13912345678。',
  }),
  c('AssignComplaint', companyA, '2024-01-10T03:00:00Z', {
    complaintId: 'c-1',
    assigneeCompanyId: 'co-a',
    dueAt: '2024-01-12T03:00:00Z',
  }),
  c('RespondToComplaint', companyA, '2024-01-11T03:00:00Z', { complaintId: 'c-1', response: '已安排维修人员上门。' }),
  c('ResolveComplaint', companyA, '2024-01-11T09:00:00Z', { complaintId: 'c-1', resolution: '电梯已修复。' }),
  c('CloseComplaint', zhang, '2024-01-12T01:00:00Z', { complaintId: 'c-1', satisfaction: 4 }),
  c('FileComplaint', li, '2024-02-01T02:00:00Z', {
    complaintId: 'c-2',
    communityId: 'cm-1',
    companyId: 'co-a',
    category: 'noise',
    complainantId: 'person-li',
    complainantName: '李娜',
    complainantPhone: '13800001111',
    description: '夜间施工噪音，李娜反映。',
  }),
  c('AssignComplaint', companyA, '2024-02-01T03:00:00Z', {
    complaintId: 'c-2',
    assigneeCompanyId: 'co-a',
    dueAt: '2024-02-03T03:00:00Z',
  }),
  c('FileComplaint', zhang, '2024-02-05T02:00:00Z', {
    complaintId: 'c-3',
    communityId: 'cm-2',
    companyId: 'co-b',
    category: 'parking',
    complainantId: 'person-zhang',
    complainantName: '张伟',
    complainantPhone: '13912345678',
    description: '消防通道被占用。',
  }),
  c('EscalateComplaint', community, '2024-02-06T02:00:00Z', {
    complaintId: 'c-3',
    jointMeetingId: 'jm-1',
    reason: '多次协调无果。',
  }),
  c('ConveneJointMeeting', community, '2024-02-10T02:00:00Z', {
    meetingId: 'jm-1',
    communityId: 'cm-2',
    parties: [
      { kind: 'community-party-organisation', organisationId: 'party-cm-2' },
      { kind: 'residents-committee', organisationId: 'rc-cm-2' },
      { kind: 'owners-committee', organisationId: 'oc-cm-2' },
      { kind: 'property-company', organisationId: 'co-b' },
    ],
    topics: [{ kind: 'escalated-complaint', summary: '消防通道占用', complaintId: 'c-3' }],
  }),
  c('RecordResolution', community, '2024-02-10T03:00:00Z', {
    meetingId: 'jm-1',
    resolutionId: 'r-1',
    decision: '物业公司一周内清理消防通道',
    responsibleOrganisationId: 'co-b',
    dueAt: '2024-02-17T03:00:00Z',
  }),
  c('RecordResolution', community, '2024-02-10T03:10:00Z', {
    meetingId: 'jm-1',
    resolutionId: 'r-2',
    decision: '居委会张贴停车告示',
    responsibleOrganisationId: 'rc-cm-2',
    dueAt: '2024-02-12T03:00:00Z',
  }),
  c('CompleteResolution', community, '2024-02-11T03:00:00Z', {
    meetingId: 'jm-1',
    resolutionId: 'r-2',
    outcome: '告示已张贴',
  }),
  c('ProposeVote', committee, '2024-02-15T01:00:00Z', {
    voteId: 'v-1',
    communityId: 'cm-1',
    matter: 4,
    title: '续聘张家港红色物业有限公司',
  }),
  c('GiveVoteNotice', committee, '2024-02-15T01:10:00Z', {
    voteId: 'v-1',
    agenda: [{ voteId: 'v-1', matter: 4, title: '续聘张家港红色物业有限公司' }],
    votingOpensAt: '2024-03-02T01:00:00Z',
    closesAt: '2024-03-16T01:00:00Z',
  }),
  c('RegisterElectorate', committee, '2024-02-15T01:20:00Z', {
    voteId: 'v-1',
    scope: { kind: 'community', communityId: 'cm-1' },
  }),
  c('OpenVoting', committee, '2024-03-02T01:00:00Z', {
    voteId: 'v-1',
    closesAt: '2024-03-16T01:00:00Z',
    electorate: [],
  }),
  c('CastBallot', { id: 'person-wang', role: 'owner' }, '2024-03-03T01:00:00Z', {
    voteId: 'v-1',
    choice: 'approve',
    blinding: blind('v-1/wang'),
  }),
  c('CastBallot', { id: 'person-zhao', role: 'owner' }, '2024-03-04T01:00:00Z', {
    voteId: 'v-1',
    choice: 'reject',
    blinding: blind('v-1/zhao'),
  }),
  c('CastBallot', { id: 'developer-1', role: 'developer' }, '2024-03-05T01:00:00Z', {
    voteId: 'v-1',
    choice: 'approve',
    blinding: blind('v-1/developer'),
  }),
  c('CloseVoting', committee, '2024-03-16T01:00:00Z', {
    voteId: 'v-1',
    count: {
      committed: {
        approve: { areaM2Hundredths: 30970, owners: 2 },
        reject: { areaM2Hundredths: 8950, owners: 1 },
        abstain: none,
      },
      blinding: votes.sumBlindings([blind('v-1/wang'), blind('v-1/zhao'), blind('v-1/developer')]),
    },
  }),
  c('RateProject', bureau, '2024-03-20T01:00:00Z', {
    quarter: '2024Q1',
    projectId: 'p-1',
    score: 95,
    grade: 'excellent',
  }),
  c('RateProject', bureau, '2024-03-20T01:10:00Z', {
    quarter: '2024Q1',
    projectId: 'p-2',
    score: 62,
    grade: 'qualified',
  }),
  c('CorrectRating', bureau, '2024-03-21T01:00:00Z', {
    quarter: '2024Q1',
    projectId: 'p-2',
    score: 52,
    grade: 'unqualified',
    reason: '复核扣分',
  }),
  c('CertifyResult', street, '2024-03-23T02:00:00Z', { voteId: 'v-1' }),
  c('PublishRedBlackList', bureau, '2024-04-02T01:00:00Z', { quarter: '2024Q1' }),
  c('ProposeVote', committee, '2024-04-05T01:00:00Z', {
    voteId: 'v-2',
    communityId: 'cm-1',
    matter: 5,
    title: '使用维修资金更换电梯',
    requestedAmountFen: 300000,
  }),
  c('GiveVoteNotice', committee, '2024-04-05T01:10:00Z', {
    voteId: 'v-2',
    agenda: [{ voteId: 'v-2', matter: 5, title: '使用维修资金更换电梯' }],
    votingOpensAt: '2024-04-21T02:00:00Z',
    closesAt: '2024-06-05T02:00:00Z',
  }),
  c('RegisterElectorate', committee, '2024-04-05T01:20:00Z', {
    voteId: 'v-2',
    scope: { kind: 'shared-part', communityId: 'cm-1', part: '1号楼电梯', unitIds: ['1-1-101', '1-1-102', '1-1-201'] },
  }),
  c('RequestDisbursement', committee, '2024-04-10T01:00:00Z', {
    communityId: 'cm-1',
    disbursementId: 'db-1',
    purpose: '电梯紧急维修',
    amountFen: 120000,
    authority: {
      kind: 'emergency',
      emergency: 'lift-failure',
      evidence: { kind: 'inspection-notice', sha256: blind('db-1/lift-inspection') },
    },
  }),
  c('ConfirmEmergency', street, '2024-04-10T03:00:00Z', { communityId: 'cm-1', disbursementId: 'db-1' }),
  c('ApproveDisbursement', fundCentre, '2024-04-11T01:00:00Z', { communityId: 'cm-1', disbursementId: 'db-1' }),
  c('DisburseFunds', fundCentre, '2024-04-12T01:00:00Z', {
    communityId: 'cm-1',
    disbursementId: 'db-1',
    payeeId: 'co-a',
  }),
  c('ProposeVote', committee, '2024-04-12T02:00:00Z', {
    voteId: 'v-3',
    communityId: 'cm-1',
    matter: 3,
    title: '选举第二届业主委员会',
  }),
  c('GiveVoteNotice', committee, '2024-04-12T02:10:00Z', {
    voteId: 'v-3',
    agenda: [{ voteId: 'v-3', matter: 3, title: '选举第二届业主委员会' }],
    votingOpensAt: '2024-04-27T03:00:00Z',
    closesAt: '2024-05-02T02:00:00Z',
  }),
  c('RegisterElectorate', committee, '2024-04-12T02:20:00Z', {
    voteId: 'v-3',
    scope: { kind: 'shared-part', communityId: 'cm-1', part: '已交付房屋', unitIds: ['1-1-101', '1-1-102', '1-1-201'] },
  }),
  c('RegisterManagementArea', street, '2024-04-15T00:50:00Z', {
    areaId: 'area-1',
    name: '杨舍镇第1物业管理区域',
    town: '杨舍镇',
  }),
  c('DesignateManagementArea', street, '2024-04-15T01:00:00Z', {
    areaId: 'area-1',
    town: '杨舍镇',
    communityIds: ['old-1', 'old-2'],
  }),
  c('RegisterOldCommunity', street, '2024-04-15T02:00:00Z', { communityId: 'old-1', name: '老街一村', town: '杨舍镇' }),
  c('RegisterOldCommunity', street, '2024-04-15T02:10:00Z', { communityId: 'old-2', name: '老街二村', town: '杨舍镇' }),
  c('AssignCoverageMode', street, '2024-04-16T01:00:00Z', {
    communityId: 'old-1',
    areaId: 'area-1',
    mode: 'state-owned-company',
    companyId: 'co-a',
  }),
  c('EstablishIndustryPartyCommittee', partyCommittee, '2024-04-20T01:00:00Z', {
    committeeId: 'pc-1',
    name: '张家港市物业行业党委',
  }),
  c('RegisterPartyOrganisation', partyCommittee, '2024-04-21T01:00:00Z', {
    committeeId: 'pc-1',
    organisationId: 'org-1',
    form: 'single',
    companyIds: ['co-a'],
  }),
  c('OpenVoting', committee, '2024-04-21T02:00:00Z', {
    voteId: 'v-2',
    closesAt: '2024-06-05T02:00:00Z',
    electorate: [],
  }),
  c('RecordPartyMembers', partyCommittee, '2024-04-22T01:00:00Z', {
    committeeId: 'pc-1',
    organisationId: 'org-1',
    companyId: 'co-a',
    memberCount: 12,
    countedAt: '2024-04-22T00:00:00Z',
  }),
  c('CastBallot', { id: 'person-wang', role: 'owner' }, '2024-04-22T02:00:00Z', {
    voteId: 'v-2',
    choice: 'approve',
    blinding: blind('v-2/wang'),
  }),
  c('OpenVoting', committee, '2024-04-27T03:00:00Z', {
    voteId: 'v-3',
    closesAt: '2024-05-02T02:00:00Z',
    electorate: [],
  }),
  c('CastBallot', { id: 'person-wang', role: 'owner' }, '2024-04-28T01:00:00Z', {
    voteId: 'v-3',
    choice: 'approve',
    blinding: blind('v-3/wang'),
  }),
  c('CastBallot', { id: 'person-zhao', role: 'owner' }, '2024-04-29T01:00:00Z', {
    voteId: 'v-3',
    choice: 'abstain',
    blinding: blind('v-3/zhao/1'),
  }),
  c('CastBallot', { id: 'person-zhao', role: 'owner' }, '2024-04-29T02:00:00Z', {
    voteId: 'v-3',
    choice: 'approve',
    blinding: blind('v-3/zhao/2'),
  }),
  c('LaunchPilotProject', bureau, '2024-05-01T01:00:00Z', {
    pilotId: 'pilot-1',
    kind: 'property-elderly-care',
    name: '物业+养老试点',
    projectIds: ['p-1'],
  }),
  c('AwardDemonstrationSite', bureau, '2024-05-02T01:00:00Z', {
    projectId: 'p-1',
    level: 'provincial',
    title: '省级示范点',
  }),
  c('CloseVoting', committee, '2024-05-02T02:00:00Z', {
    voteId: 'v-3',
    count: {
      committed: { approve: { areaM2Hundredths: 27920, owners: 2 }, reject: none, abstain: none },
      blinding: votes.sumBlindings([blind('v-3/wang'), blind('v-3/zhao/2')]),
    },
  }),
  c('CertifyResult', street, '2024-05-09T02:00:00Z', { voteId: 'v-3' }),
  c('ElectCommittee', street, '2024-05-09T03:00:00Z', {
    communityId: 'cm-1',
    voteId: 'v-3',
    termEndsAt: '2029-05-09T00:00:00Z',
    members: [
      { memberId: 'person-sun', name: '孙丽', position: 'chair', partyMember: true },
      { memberId: 'person-zhou', name: '周杰', position: 'vice-chair', partyMember: true },
      { memberId: 'person-wu', name: '吴敏', position: 'member', partyMember: false },
      { memberId: 'person-zheng', name: '郑华', position: 'member', partyMember: false },
      { memberId: 'person-qian', name: '钱明', position: 'member', partyMember: true },
    ],
  }),
  c('FileCommittee', street, '2024-05-09T05:00:00Z', { communityId: 'cm-1', filingNumber: '杨舍备字2024-017' }),
  c('PublishNotice', committee, '2024-05-10T01:00:00Z', {
    noticeId: 'n-1',
    communityId: 'cm-1',
    kind: 'vote-result',
    title: '续聘物业表决结果公告',
    subjectId: 'v-1',
    disclosureUntil: '2024-05-20T01:00:00Z',
  }),
  c('RecordPublicIncome', companyA, '2024-05-12T01:00:00Z', {
    communityId: 'cm-1',
    incomeId: 'pi-1',
    source: 'advertising',
    amountFen: 50000,
    period: '2024-04',
    description: '电梯广告四月收入',
  }),
  c('RecordPublicIncome', companyA, '2024-05-12T02:00:00Z', {
    communityId: 'cm-1',
    incomeId: 'pi-2',
    source: 'parking',
    amountFen: 80000,
    period: '2024-05',
    description: '地面停车五月收入',
  }),
  c('AllocatePublicIncome', committee, '2024-05-15T01:00:00Z', {
    communityId: 'cm-1',
    allocationId: 'pa-1',
    target: 'maintenance-fund',
    amountFen: 60000,
    purpose: '转入维修资金',
  }),
  c('DisclosePublicIncome', committee, '2024-05-16T01:00:00Z', {
    communityId: 'cm-1',
    disclosureId: 'pd-1',
    periodFrom: '2024-04',
    periodTo: '2024-04',
  }),
  c('PublishNotice', committee, '2024-06-01T01:00:00Z', {
    noticeId: 'n-2',
    communityId: 'cm-1',
    kind: 'fund-use',
    title: '维修资金应急使用公示',
    subjectId: 'db-1',
    disclosureUntil: '2024-07-01T01:00:00Z',
  }),
  c('PublishNotice', committee, '2024-06-02T01:00:00Z', {
    noticeId: 'n-3',
    communityId: 'cm-1',
    kind: 'general',
    title: '停水通知',
    disclosureUntil: '2024-06-30T01:00:00Z',
  }),
  c('WithdrawNotice', committee, '2024-06-03T01:00:00Z', { noticeId: 'n-3', reason: '通知有误' }),
];
