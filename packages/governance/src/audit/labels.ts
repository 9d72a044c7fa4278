/**
 * The names people read for acts and projections, in Chinese (the source document's terms)
 * and in English: the audit report and the dashboard's list of entries both use this one
 * table (the dashboard imports it at build time, as words, not data). Code keeps the English
 * identifiers. `labels.test.ts` holds every event type of the catalogue to a label.
 *
 * This file imports nothing, so that the dashboard's bundle takes only these words.
 */

/** A label in both languages. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** The report languages. */
export type Language = keyof Label;

/** Every governance event type, with its Chinese term. */
export const EVENT_LABELS: Readonly<Record<string, Label>> = {
  ComplaintFiled: { zh: '投诉报修受理', en: 'complaint filed' },
  ComplaintAssigned: { zh: '派单', en: 'complaint assigned' },
  ComplaintResponded: { zh: '回复', en: 'complaint answered' },
  ComplaintResolved: { zh: '办结', en: 'complaint resolved' },
  ComplaintReopened: { zh: '重新打开', en: 'complaint reopened' },
  ComplaintClosed: { zh: '评价并关闭', en: 'complaint closed' },
  ComplaintEscalated: { zh: '提交联席会议', en: 'complaint escalated' },
  VoteProposed: { zh: '提出表决事项', en: 'vote proposed' },
  ElectorateRegistered: { zh: '登记表决业主', en: 'electorate registered' },
  VotingOpened: { zh: '开始表决', en: 'voting opened' },
  BallotCast: { zh: '业主投票', en: 'ballot cast' },
  VotingClosed: { zh: '表决结束', en: 'voting closed' },
  ResultCertified: { zh: '表决结果确认', en: 'result certified' },
  FundAccountOpened: { zh: '维修资金开户', en: 'fund account opened' },
  FundUnitsRegistered: { zh: '新增分户', en: 'fund units registered' },
  FundDeposited: { zh: '维修资金交存', en: 'fund deposit' },
  DisbursementRequested: { zh: '申请使用维修资金', en: 'disbursement requested' },
  EmergencyConfirmed: { zh: '应急确认', en: 'emergency confirmed' },
  DisbursementApproved: { zh: '审核同意', en: 'disbursement approved' },
  FundsDisbursed: { zh: '划拨', en: 'funds disbursed' },
  DisbursementApportioned: { zh: '分摊', en: 'disbursement apportioned' },
  FundsRefunded: { zh: '退还', en: 'funds refunded' },
  CommitteeElected: { zh: '业委会选举产生', en: 'committee elected' },
  CommitteeFiled: { zh: '业委会备案', en: 'committee filed' },
  CommitteeMemberChanged: { zh: '业委会成员变更', en: 'committee member changed' },
  PartyMembershipRecorded: { zh: '党员身份登记', en: 'party membership recorded' },
  PublicIncomeRecorded: { zh: '公共收益登记', en: 'public income recorded' },
  PublicIncomeAllocated: { zh: '公共收益分配', en: 'public income allocated' },
  PublicIncomeDisclosed: { zh: '公共收益公示', en: 'public income disclosed' },
  PropertyCompanyRegistered: { zh: '物业企业登记', en: 'company registered' },
  PropertyProjectRegistered: { zh: '物业项目登记', en: 'project registered' },
  StreetOfficeRegistered: { zh: '街道办事处登记', en: 'street office registered' },
  ManagementAreaRegistered: { zh: '物业管理区域登记', en: 'management area registered' },
  ResidentsCommunityRegistered: { zh: '住宅小区登记', en: 'residential community registered' },
  RegistrationEnded: { zh: '注销登记', en: 'registration ended' },
  ProjectRated: { zh: '物业服务质量评价', en: 'project rated' },
  RatingCorrected: { zh: '评价更正', en: 'rating corrected' },
  RedBlackListPublished: { zh: '红黑榜发布', en: 'red-black list published' },
  TenderAwardRecorded: { zh: '前期物业中标', en: 'tender awarded' },
  ManagementAreaDesignated: { zh: '划定物业管理区域', en: 'management area designated' },
  OldCommunityRegistered: { zh: '老旧小区登记', en: 'old community registered' },
  CoverageModeAssigned: { zh: '确定物业管理方式', en: 'coverage mode assigned' },
  CoverageWithdrawn: { zh: '撤出物业管理', en: 'coverage withdrawn' },
  IndustryPartyCommitteeEstablished: { zh: '行业党委成立', en: 'industry party committee established' },
  PartyOrganisationRegistered: { zh: '党组织登记', en: 'party organisation registered' },
  PartyMembersRecorded: { zh: '党员人数登记', en: 'party members recorded' },
  PartyOrganisationDissolved: { zh: '党组织撤销', en: 'party organisation dissolved' },
  PilotProjectLaunched: { zh: '试点启动', en: 'pilot launched' },
  PilotCompleted: { zh: '试点完成', en: 'pilot completed' },
  DemonstrationSiteAwarded: { zh: '授予示范点', en: 'demonstration site awarded' },
  DemonstrationRevoked: { zh: '撤销示范点', en: 'demonstration revoked' },
  JointMeetingConvened: { zh: '召开联席会议', en: 'joint meeting convened' },
  JointResolutionRecorded: { zh: '联席会议决议', en: 'joint resolution recorded' },
  JointResolutionCompleted: { zh: '决议办结', en: 'joint resolution completed' },
  NoticePublished: { zh: '发布公示', en: 'notice published' },
  NoticeWithdrawn: { zh: '撤回公示', en: 'notice withdrawn' },
  PersonalDataErased: { zh: '个人信息删除', en: 'personal data erased' },
  VoteNoticeGiven: { zh: '发布表决公告', en: 'vote notice given' },
  BallotsInspected: { zh: '查验选票', en: 'ballots inspected' },
  VoteObjectionFiled: { zh: '对表决结果提出异议', en: 'objection to a vote filed' },
  DecisionRevoked: { zh: '撤销业主大会决定', en: 'decision revoked' },
  EmergencyRepairPublicised: { zh: '应急维修公示', en: 'emergency repair publicised' },
  UnitsRegistered: { zh: '登记房屋专有部分', en: 'units registered' },
  UnitOwnershipTransferred: { zh: '房屋所有权转移', en: 'unit ownership transferred' },
  UnitEnded: { zh: '房屋登记注销', en: 'unit registration ended' },
};

/** Every governance projection, as a report names it. */
export const PROJECTION_LABELS: Readonly<Record<string, Label>> = {
  complaintBoard: { zh: '投诉报修', en: 'complaints' },
  complaintStatistics: { zh: '投诉统计', en: 'complaint statistics' },
  voteResults: { zh: '业主大会表决', en: "owners' votes" },
  fundLedger: { zh: '住宅专项维修资金', en: 'maintenance funds' },
  unitFundBalances: { zh: '维修资金分户账', en: 'unit fund accounts' },
  committees: { zh: '业主委员会', en: "owners' committees" },
  publicIncome: { zh: '公共收益', en: 'public income' },
  quarterlyRatings: { zh: '季度物业服务评价', en: 'quarterly ratings' },
  redBlackList: { zh: '红黑榜', en: 'red-black lists' },
  companyCreditFiles: { zh: '企业信用档案', en: 'company credit files' },
  coverage: { zh: '老旧小区物业管理覆盖', en: 'old-community coverage' },
  partyBuilding: { zh: '物业企业党建', en: 'party building' },
  pilots: { zh: '试点与示范点', en: 'pilots and demonstration sites' },
  jointMeetings: { zh: '四方联席会议', en: 'joint meetings' },
  notices: { zh: '公示公告', en: 'notices' },
};

/** The label of an event type or projection in `language`, or the identifier itself when unknown. */
export function labelOf(table: Readonly<Record<string, Label>>, key: string, language: Language): string {
  return table[key]?.[language] ?? key;
}
