/**
 * The words of an audit report, in Chinese (the default, the bureau's language) and English.
 */
import type { audit } from '@govledger/governance';

/** Every phrase a report prints. */
export interface ReportStrings {
  readonly title: string;
  readonly period: string;
  readonly entries: (from: number, to: number) => string;
  readonly emptyLedger: string;
  /** The period asked for: after `from`, through `to` (each a local time or an entry). */
  readonly askedPeriod: (from: string, to: string) => string;
  /** An entry given as a point of the period. */
  readonly entryPoint: (index: number) => string;
  readonly checkpointSection: string;
  readonly origin: string;
  readonly size: string;
  readonly root: string;
  readonly signature: string;
  readonly valid: string;
  readonly invalid: string;
  readonly rootMatch: string;
  readonly verification: string;
  readonly verifyFull: (n: number) => string;
  readonly verifyCheckpoint: string;
  readonly verifyPeriod: (n: number, startCheckpoint: number | null) => string;
  readonly passed: string;
  readonly failed: string;
  readonly growthSection: string;
  readonly growthChart: string;
  readonly consistency: (from: number, to: number) => string;
  readonly noPrevious: string;
  readonly actsSection: string;
  readonly actsTotal: (acts: number, actors: number) => string;
  readonly actsByType: string;
  readonly actsByMonth: string;
  readonly topActors: string;
  readonly actor: string;
  readonly role: string;
  readonly count: string;
  readonly secretNote: string;
  readonly findingsSection: string;
  readonly findingTitles: Readonly<Record<keyof audit.Findings, string>>;
  readonly none: string;
  readonly diffSection: string;
  readonly diffSummary: (added: number, removed: number, changed: number) => string;
  readonly item: string;
  readonly change: string;
  readonly causes: string;
  readonly moreItems: (n: number) => string;
  readonly added: string;
  readonly removed: string;
  readonly columns: Readonly<Record<string, string>>;
  readonly personalNote: (opened: boolean) => string;
  readonly footer: string;
}

const zh: ReportStrings = {
  title: '物业治理账本审计报告',
  period: '审计期间',
  entries: (from, to) => `账本条目 ${from} 至 ${to}`,
  emptyLedger: '空账本',
  askedPeriod: (from, to) => `${from}之后至${to}（中国标准时间）`,
  entryPoint: (index) => `第 ${index} 条`,
  checkpointSection: '一、签名检查点与验证',
  origin: '日志名称',
  size: '条目数',
  root: '默克尔根',
  signature: '签名',
  valid: '有效',
  invalid: '无效',
  rootMatch: '账本根与签名一致',
  verification: '验证',
  verifyFull: (n) => `全量验证：重新计算全部 ${n.toLocaleString('en-US')} 个条目的哈希及所有检查点`,
  verifyCheckpoint: '检查点验证：核对签名及该规模下的账本根（未重新计算全部条目，可用 --verify full）',
  verifyPeriod: (n, start) =>
    `本期验证：重新计算本期 ${n.toLocaleString('en-US')} 个条目的哈希，并以一致性证明确认其属于已签名检查点的账本树${start === null ? '' : `，且该树延续了本期开始前规模为 ${start.toLocaleString('en-US')} 的检查点`}（本期以外的条目未重新计算，可用 --verify full）`,
  passed: '通过',
  failed: '未通过',
  growthSection: '二、账本增长与一致性证明',
  growthChart: '各检查点的账本条目数',
  consistency: (from, to) => `上期报告检查点（${from} 条）至本期检查点（${to} 条）的一致性证明`,
  noPrevious: '未提供上期报告的检查点，因此未附一致性证明。',
  actsSection: '三、本期行为',
  actsTotal: (acts, actors) =>
    `本期共记录 ${acts.toLocaleString('en-US')} 项行为，涉及 ${actors.toLocaleString('en-US')} 个主体。`,
  actsByType: '按类型',
  actsByMonth: '按月份（北京时间）',
  topActors: '行为最多的主体',
  actor: '主体',
  role: '身份',
  count: '数量',
  secretNote: '业主投票为无记名投票：只按类型计数，不按主体列出。',
  findingsSection: '四、重点关注事项',
  findingTitles: {
    overdueComplaints: '逾期未办结的投诉报修',
    emergencyDisbursements: '按应急程序使用的维修资金',
    blackListedAwards: '上黑榜后仍中标的物业企业',
    narrowVotes: '险胜通过的业主大会表决',
  },
  none: '无',
  diffSection: '五、各项数据的变化',
  diffSummary: (a, r, c) => `新增 ${a}，删除 ${r}，变更 ${c}`,
  item: '条目',
  change: '变化',
  causes: '引起变化的行为',
  moreItems: (n) => `另有 ${n} 个条目未列出（govledger diff --json 可得全部）`,
  added: '新增',
  removed: '删除',
  columns: {
    complaintId: '投诉编号',
    communityId: '小区',
    companyId: '物业企业',
    status: '状态',
    dueAt: '办理时限',
    daysOverdue: '逾期天数',
    disbursementId: '使用编号',
    purpose: '用途',
    amountFen: '金额（元）',
    emergency: '应急情形',
    requestedAt: '申请时间',
    disbursedAt: '划拨时间',
    companyName: '企业名称',
    projectId: '项目',
    awardedAt: '中标时间',
    blackListedIn: '上黑榜季度',
    duringSuspension: '处于暂停期内',
    voteId: '表决编号',
    title: '事项',
    closestCheck: '最接近的门槛',
    margin: '超出门槛',
    complainant: '投诉人（已解密）',
  },
  personalNote: (opened) =>
    opened
      ? '本报告应审计人员要求，使用密钥库解密了投诉人信息，属个人信息，请妥善保管。'
      : '本报告不含个人信息：姓名、电话、身份证号及谁投了何票均未列出；主体以化名编号出现。',
  footer: '本报告由 govledger 依据可验证日志生成，可用 govledger verify 独立核对。',
};

const en: ReportStrings = {
  title: 'Property governance ledger: audit report',
  period: 'Period',
  entries: (from, to) => `ledger entries ${from} to ${to}`,
  emptyLedger: 'the empty ledger',
  askedPeriod: (from, to) => `after ${from} through ${to} (China Standard Time)`,
  entryPoint: (index) => `entry ${index}`,
  checkpointSection: '1. Signed checkpoint and verification',
  origin: 'Log',
  size: 'Entries',
  root: 'Merkle root',
  signature: 'Signature',
  valid: 'valid',
  invalid: 'INVALID',
  rootMatch: 'Ledger root matches the signed root',
  verification: 'Verification',
  verifyFull: (n) => `full: every one of ${n.toLocaleString('en-US')} entries rehashed, every checkpoint checked`,
  verifyCheckpoint:
    'checkpoint: signature and the root at its size checked (entries were not all rehashed; use --verify full)',
  verifyPeriod: (n, start) =>
    `period: the period's ${n.toLocaleString('en-US')} entries rehashed and proven part of the signed tree by a consistency proof${start === null ? '' : `, which extends the checkpoint of size ${start.toLocaleString('en-US')} stored before the period`} (entries outside the period were not rehashed; use --verify full)`,
  passed: 'passed',
  failed: 'FAILED',
  growthSection: "2. The ledger's growth and consistency",
  growthChart: 'Ledger size at each signed checkpoint',
  consistency: (from, to) => `Consistency proof from the previous report's checkpoint (${from}) to this one (${to})`,
  noPrevious: "No previous report's checkpoint was given, so no consistency proof is attached.",
  actsSection: "3. The period's acts",
  actsTotal: (acts, actors) =>
    `${acts.toLocaleString('en-US')} acts were recorded in the period, by ${actors.toLocaleString('en-US')} actors.`,
  actsByType: 'By type',
  actsByMonth: 'By month (China Standard Time)',
  topActors: 'Most active actors',
  actor: 'Actor',
  role: 'Role',
  count: 'Acts',
  secretNote: 'Ballots are secret: they are counted by type only, never listed by actor.',
  findingsSection: '4. Findings to review first',
  findingTitles: {
    overdueComplaints: 'Complaints overdue',
    emergencyDisbursements: 'Fund disbursements by emergency procedure',
    blackListedAwards: 'Black-listed companies still awarded work',
    narrowVotes: 'Votes that passed narrowly',
  },
  none: 'none',
  diffSection: '5. What changed in each projection',
  diffSummary: (a, r, c) => `${a} added, ${r} removed, ${c} changed`,
  item: 'Item',
  change: 'Change',
  causes: 'Caused by',
  moreItems: (n) => `${n} more items not listed (govledger diff --json gives them all)`,
  added: 'added',
  removed: 'removed',
  columns: {
    complaintId: 'Complaint',
    communityId: 'Community',
    companyId: 'Company',
    status: 'Status',
    dueAt: 'Due',
    daysOverdue: 'Days overdue',
    disbursementId: 'Disbursement',
    purpose: 'Purpose',
    amountFen: 'Amount (yuan)',
    emergency: 'Emergency',
    requestedAt: 'Requested',
    disbursedAt: 'Disbursed',
    companyName: 'Company name',
    projectId: 'Project',
    awardedAt: 'Awarded',
    blackListedIn: 'Black-listed in',
    duringSuspension: 'During suspension',
    voteId: 'Vote',
    title: 'Matter',
    closestCheck: 'Closest threshold',
    margin: 'Margin',
    complainant: 'Complainant (opened)',
  },
  personalNote: (opened) =>
    opened
      ? 'At the auditor’s request this report opened complainants’ personal data with the key store: keep it confidential.'
      : 'This report holds no personal data: no names, phone or ID numbers, and no link between an owner and a ballot; actors appear under pseudonymous ids.',
  footer: 'Made by govledger from the verifiable log; check it independently with govledger verify.',
};

/** The strings of a language. */
export function reportStrings(language: 'zh' | 'en'): ReportStrings {
  return language === 'zh' ? zh : en;
}
