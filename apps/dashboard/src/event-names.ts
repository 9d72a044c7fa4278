/**
 * Event types as a reader reads them: `RatingCorrected` is 评分更正 on the Chinese page and
 * "rating corrected" on the English one. The page reads only the public API, so the table is
 * here rather than imported from the domain; a type missing from it shows as it is recorded.
 */
import { currentLanguage } from './i18n.ts';

/** Chinese names of the recorded event types. */
const ZH: Readonly<Record<string, string>> = {
  BallotCast: '投票',
  CommitteeElected: '业委会选举产生',
  CommitteeFiled: '业委会备案',
  CommitteeMemberChanged: '业委会成员变更',
  ComplaintAssigned: '投诉派单',
  ComplaintClosed: '投诉关闭',
  ComplaintEscalated: '投诉提交联席会议',
  ComplaintFiled: '投诉受理',
  ComplaintReopened: '投诉重开',
  ComplaintResolved: '投诉解决',
  ComplaintResponded: '投诉响应',
  CoverageModeAssigned: '确定物业管理覆盖模式',
  CoverageWithdrawn: '撤销物业管理覆盖',
  DemonstrationRevoked: '撤销示范点',
  DemonstrationSiteAwarded: '授予示范点',
  DisbursementApportioned: '维修资金分摊',
  DisbursementApproved: '维修资金使用批准',
  DisbursementRequested: '维修资金使用申请',
  ElectorateRegistered: '登记表决业主',
  EmergencyConfirmed: '确认应急情形',
  FundAccountOpened: '开设维修资金账户',
  FundDeposited: '维修资金缴存',
  FundUnitsRegistered: '登记维修资金分户',
  FundsDisbursed: '维修资金划拨',
  FundsRefunded: '维修资金退还',
  IndustryPartyCommitteeEstablished: '成立物业行业党委',
  JointMeetingConvened: '召开四方联席会议',
  JointResolutionCompleted: '联席会议决议完成',
  JointResolutionRecorded: '记录联席会议决议',
  ManagementAreaDesignated: '划定物业管理区域',
  NoticePublished: '发布公告',
  NoticeWithdrawn: '撤回公告',
  OldCommunityRegistered: '登记老旧小区',
  PartyMembersRecorded: '记录党员人数',
  PartyMembershipRecorded: '记录党员',
  PartyOrganisationDissolved: '撤销党组织',
  PartyOrganisationRegistered: '建立党组织',
  PilotCompleted: '试点完成',
  PilotProjectLaunched: '启动试点项目',
  ProjectRated: '项目评分',
  PropertyCompanyRegistered: '登记物业企业',
  PropertyProjectRegistered: '登记物业项目',
  PublicIncomeAllocated: '公共收益分配',
  PublicIncomeDisclosed: '公共收益公示',
  PublicIncomeRecorded: '记录公共收益',
  RatingCorrected: '评分更正',
  RedBlackListPublished: '发布红黑榜',
  ResultCertified: '确认表决结果',
  TenderAwardRecorded: '记录中标',
  VoteProposed: '提出表决',
  VotingClosed: '表决截止',
  VotingOpened: '开始表决',
};

/** The name of event type `type` in the page's language. */
export function eventName(type: string): string {
  if (currentLanguage() === 'zh') return ZH[type] ?? type;
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return /^[a-z ]+$/.test(words) ? words : type;
}

/** True when `type` has a Chinese name (for tests of the table's coverage). */
export function hasChineseName(type: string): boolean {
  return type in ZH;
}
