/**
 * The words of the demo's complaints: what residents write (personal text, sealed in the
 * ledger) and what companies and offices answer (public text, which names no one).
 */
import type { ComplaintCategory } from '../complaints/events.ts';
import type { Random } from './random.ts';

/** How often each category is filed, in percent. */
export const CATEGORY_WEIGHTS: Readonly<Record<ComplaintCategory, number>> = {
  repair: 40,
  noise: 12,
  parking: 14,
  sanitation: 12,
  security: 6,
  fee: 8,
  other: 8,
};

/** Days a complaint of each category is given to be resolved. */
export const DUE_DAYS: Readonly<Record<ComplaintCategory, number>> = {
  repair: 3,
  noise: 2,
  parking: 5,
  sanitation: 2,
  security: 1,
  fee: 7,
  other: 5,
};

const DESCRIPTIONS: Readonly<Record<ComplaintCategory, readonly string[]>> = {
  repair: [
    '{unit}室卫生间漏水，楼下住户天花板渗水，请尽快维修',
    '{b}号楼电梯频繁停运，家里老人上下楼很困难',
    '{unit}室门口楼道灯坏了好几天，晚上看不清',
    '{b}号楼屋面渗漏，顶楼墙面发霉',
    '{b}号楼单元门禁损坏，门关不上',
    '{b}号楼附近雨水管堵塞，下雨天门口积水',
  ],
  noise: [
    '{b}号楼附近夜间施工，噪音很大影响休息',
    '楼上装修超时施工，中午和晚上都在敲',
    '小区广场音响声音过大，晚上九点后还在放',
  ],
  parking: [
    '{b}号楼消防通道长期被车辆占用',
    '地下车库有外来车辆占用我的车位',
    '电动车在{b}号楼楼道口乱停，堵住通道',
    '充电桩不够用，有人从{unit}室飞线充电，存在安全隐患',
  ],
  sanitation: [
    '{b}号楼垃圾桶满了没人清运，气味很大',
    '{b}号楼前绿化带很久没修剪，蚊虫多',
    '{b}号楼楼道堆放杂物没人清理',
    '垃圾分类投放点异味严重',
  ],
  security: [
    '{b}号楼单元门禁失灵，陌生人随意进出',
    '小区监控摄像头坏了一直没修',
    '夜间巡逻不到位，我家电瓶车在车棚被盗',
  ],
  fee: [
    '物业费收费标准和公示的不一致，要求说明',
    '公共能耗分摊费用不清楚，要求公开明细',
    '停车费上涨没有经过业主大会同意',
  ],
  other: ['小区公共区域被占用做经营', '快递柜超时收费不合理', '希望在{b}号楼旁边增设老年人休息座椅'],
};

const RESPONSES: readonly string[] = [
  '已安排维修人员上门查看，正在处理',
  '已联系相关施工单位，要求按规定时间作业',
  '已安排秩序维护员现场处置',
  '已安排保洁人员清理，并加强巡查',
  '已报修设备厂家，等待配件到货',
  '已核对收费依据，将在小区公告栏公示',
  '已联系社区和相关部门协调处理',
];

const RESOLUTIONS: readonly string[] = [
  '已完成维修，经现场确认恢复正常',
  '已督促施工单位调整作业时间，噪音问题已解决',
  '已清理占道车辆并加装提示标识',
  '已清运完毕，保洁频次已调整',
  '已更换设备，恢复正常使用',
  '已公开收费明细并向业主说明',
  '已协调相关部门处理完毕',
];

const REOPEN_REASONS: readonly string[] = [
  '问题没有彻底解决，仍然存在',
  '维修后又出现同样的问题',
  '处理结果和实际情况不符',
];

/** Why a complaint goes to a joint meeting (public text). */
export const ESCALATION_REASONS: readonly string[] = [
  '涉及多方责任，物业企业无法单独解决，提交四方联席会议研判',
  '问题反复发生，需公安、城管等部门协同处理',
];

/** What a resident writes about `category` (personal text), mentioning their building and unit. */
export function description(rng: Random, category: ComplaintCategory, unitId: string): string {
  const [building = '1'] = unitId.split('-');
  return rng.pick(DESCRIPTIONS[category]).replaceAll('{unit}', unitId).replaceAll('{b}', building);
}

/** A progress response (public). */
export const response = (rng: Random): string => rng.pick(RESPONSES);
/** A resolution report (public). */
export const resolution = (rng: Random): string => rng.pick(RESOLUTIONS);
/** A complainant's reason to reopen (personal). */
export const reopenReason = (rng: Random): string => rng.pick(REOPEN_REASONS);
