/**
 * Reference data of the demo: the towns and streets of Zhangjiagang, the property companies,
 * and the managed residential projects — among them every project the source document names
 * (the provincial and Suzhou demonstration sites, 汇金中心). Company names, the projects not
 * named in the source and every old-community name are fictional but shaped like real ones.
 */

/** A town 镇 or street 街道 of Zhangjiagang, with its street office's share of old communities. */
export interface Town {
  readonly id: string;
  readonly name: string;
  /** Old communities 老旧小区 in the town (they sum to 363). */
  readonly oldCommunities: number;
  /** Management areas 物业管理区域 designated over them (they sum to 104). */
  readonly managementAreas: number;
}

/** The towns and streets; their old communities and management areas give the source's 363 and 104. */
export const TOWNS: readonly Town[] = [
  { id: 'yangshe', name: '杨舍镇', oldCommunities: 150, managementAreas: 40 },
  { id: 'tangqiao', name: '塘桥镇', oldCommunities: 40, managementAreas: 12 },
  { id: 'jingang', name: '金港街道', oldCommunities: 45, managementAreas: 13 },
  { id: 'jinfeng', name: '锦丰镇', oldCommunities: 35, managementAreas: 10 },
  { id: 'leyu', name: '乐余镇', oldCommunities: 25, managementAreas: 8 },
  { id: 'fenghuang', name: '凤凰镇', oldCommunities: 22, managementAreas: 7 },
  { id: 'nanfeng', name: '南丰镇', oldCommunities: 16, managementAreas: 5 },
  { id: 'daxin', name: '大新镇', oldCommunities: 18, managementAreas: 5 },
  { id: 'changyinsha', name: '常阴沙现代农业示范园区', oldCommunities: 12, managementAreas: 4 },
];

/** A property service company 物业服务企业 (fictional). */
export interface CompanySeed {
  readonly id: string;
  readonly name: string;
  /** State-owned (国企): may take over old communities in the state-owned mode. */
  readonly stateOwned: boolean;
  /** Mean quarterly rating score of its projects. */
  readonly quality: number;
}

const company = (id: string, short: string, quality: number, stateOwned = false): CompanySeed => ({
  id: `co-${id}`,
  name: `张家港市${short}物业服务有限公司`,
  stateOwned,
  quality,
});

/**
 * The companies. The first 16 form party organisations (the source's 16): 0–11 single
 * (单建), 12+13 and 14+15 jointly (联建). `co-ruifeng` is the weak company whose projects land
 * on the black list.
 */
export const COMPANIES: readonly CompanySeed[] = [
  company('gangcheng', '港城', 88),
  company('jiyang', '暨阳', 87),
  company('shazhou', '沙洲', 85),
  company('chengtou', '城投', 84, true),
  company('jingang', '金港', 86),
  company('liangfeng', '梁丰', 83),
  company('changjiang', '长江', 82),
  company('huachang', '华昌', 84),
  company('jinfeng', '锦丰', 80),
  company('tangqiao', '塘桥', 81),
  company('anju', '安居', 82, true),
  company('binjiang', '滨江', 85),
  company('jiahe', '嘉和', 79),
  company('hengxin', '恒信', 80),
  company('leyu', '乐余', 78),
  company('fenghuang', '凤凰', 79),
  company('yongtai', '永泰', 76),
  company('fulin', '福临', 77),
  company('wanbang', '万邦', 75),
  company('ruifeng', '瑞丰', 66),
  company('xincheng', '新城', 78),
  company('linli', '邻里共享', 80),
];

/** The companies with party organisations: the source's 16. */
export const PARTY_COMPANY_COUNT = 16;

/** The weak company, black-listed often enough to lose its tender eligibility for a while. */
export const WEAK_COMPANY_ID = 'co-ruifeng';

/** The shared-service company 共享物业 of old communities. */
export const SHARED_SERVICE_COMPANY_ID = 'co-linli';

/** What a named project is in the source document. */
export type Distinction = 'provincial' | 'suzhou' | 'elderly-care' | 'none';

/** A managed residential project 物业项目 (one community each). */
export interface ProjectSeed {
  readonly id: string;
  readonly name: string;
  readonly townId: string;
  readonly distinction: Distinction;
}

const named = (id: string, name: string, townId: string, distinction: Distinction): ProjectSeed => ({
  id,
  name,
  townId,
  distinction,
});

/**
 * The projects the source names (and five more Suzhou sites and four more care pilots, which
 * it counts but does not name; those names are fictional).
 */
export const NAMED_PROJECTS: readonly ProjectSeed[] = [
  named('yuesheng', '悦盛花苑', 'yangshe', 'provincial'),
  named('jinxiang', '金香花园', 'jingang', 'provincial'),
  named('junlin', '君临新城', 'yangshe', 'provincial'),
  named('jincheng', '金城大厦', 'yangshe', 'suzhou'),
  named('hubin', '湖滨世家', 'yangshe', 'suzhou'),
  named('gangcun', '钢村嘉园', 'jinfeng', 'suzhou'),
  named('liangfeng', '梁丰花园', 'yangshe', 'suzhou'),
  named('jiyanghupan', '暨阳湖畔', 'yangshe', 'suzhou'),
  named('tangqiao-huafu', '塘桥华府', 'tangqiao', 'suzhou'),
  named('gangcheng-mingdi', '港城名邸', 'jingang', 'suzhou'),
  named('fenghuang-shanzhuang', '凤凰山庄', 'fenghuang', 'suzhou'),
  named('huijin', '汇金中心', 'yangshe', 'elderly-care'),
  named('dongdu', '东渡苑', 'yangshe', 'elderly-care'),
  named('leyu-xincheng', '乐余新城', 'leyu', 'elderly-care'),
  named('nanfeng-jiayuan', '南丰佳苑', 'nanfeng', 'elderly-care'),
  named('daxin-huayuan', '大新花园', 'daxin', 'elderly-care'),
];

/** The ids of the three provincial demonstration sites 省级示范点. */
export const PROVINCIAL_SITE_IDS = ['yuesheng', 'jinxiang', 'junlin'] as const;
/** The ids of the three Suzhou sites the source names 市级示范点 (of eight). */
export const NAMED_SUZHOU_SITE_IDS = ['jincheng', 'hubin', 'gangcun'] as const;
/** The id of 汇金中心, one of the five Suzhou property + elderly-care pilots. */
export const HUIJIN_ID = 'huijin';
/** The id of 君临新城, where the community post station 住区驿站 is piloted. */
export const JUNLIN_ID = 'junlin';

const PROJECT_PREFIXES = [
  '沙洲',
  '长江',
  '港城',
  '东方',
  '滨江',
  '锦绣',
  '阳光',
  '华昌',
  '沿江',
  '金塘',
  '百家',
  '香山',
  '鹿苑',
  '永联',
  '福前',
  '兆丰',
  '德积',
  '晨阳',
  '后塍',
  '人民',
  '南苑',
  '西城',
  '北庭',
  '新泾',
  '万红',
  '白鹿',
  '城北',
  '农联',
  '范港',
  '乘航',
  '泗港',
  '合兴',
  '妙桥',
  '南沙',
  '西张',
  '德丰',
  '中兴',
  '新丰',
  '晨丰',
  '三兴',
  '江帆',
  '青龙',
  '东湖',
  '小城',
];
const PROJECT_SUFFIXES = [
  '花苑',
  '家园',
  '名邸',
  '华庭',
  '雅苑',
  '新城',
  '世家',
  '公馆',
  '嘉园',
  '丽景',
  '御园',
  '翠苑',
];
const TOWN_CYCLE = [
  'yangshe',
  'yangshe',
  'tangqiao',
  'jingang',
  'yangshe',
  'jinfeng',
  'leyu',
  'yangshe',
  'fenghuang',
  'nanfeng',
  'daxin',
  'jingang',
  'changyinsha',
];

/** The 44 projects the source does not name (fictional), ids `project-17` … `project-60`. */
export function unnamedProjects(): ProjectSeed[] {
  return PROJECT_PREFIXES.map((prefix, i) => ({
    id: `project-${String(NAMED_PROJECTS.length + i + 1).padStart(2, '0')}`,
    name: `${prefix}${PROJECT_SUFFIXES[(i * 5) % PROJECT_SUFFIXES.length]}`,
    townId: TOWN_CYCLE[i % TOWN_CYCLE.length] ?? 'yangshe',
    distinction: 'none' as const,
  }));
}

/** New developments registered during the period, awaiting their 前期物业管理 tender. */
export const NEW_DEVELOPMENTS: readonly ProjectSeed[] = [
  named('new-gangcheng-yinzuo', '港城印座', 'yangshe', 'none'),
  named('new-jiangfan-yuefu', '江帆悦府', 'jingang', 'none'),
  named('new-tangqiao-yunjing', '塘桥云境', 'tangqiao', 'none'),
  named('new-jinfeng-lanting', '锦丰澜庭', 'jinfeng', 'none'),
];

const OLD_PREFIXES = [
  '南苑',
  '北苑',
  '东苑',
  '西苑',
  '人民',
  '城西',
  '城南',
  '长安',
  '谷渎',
  '港口',
  '南门',
  '北门',
  '东门',
  '新泾',
  '江帆',
  '百桥',
  '东渡',
  '新庄',
  '南园',
  '镇东',
  '镇西',
  '镇南',
  '镇北',
  '老街',
  '供销',
  '粮站',
  '农机',
  '工农',
  '建设',
  '红旗',
];
const OLD_SUFFIXES = ['新村', '小区', '公房', '宿舍区'];
const OLD_PARTS = ['', '一区', '二区', '三区', '四区'];

/** The `count` old-community names of a town: distinct, in a fixed order. */
export function oldCommunityNames(town: Town, count: number): string[] {
  const short = town.name.replace(/(镇|街道|现代农业示范园区)$/, '');
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const prefix = OLD_PREFIXES[i % OLD_PREFIXES.length] ?? '';
    const suffix = OLD_SUFFIXES[Math.floor(i / OLD_PREFIXES.length) % OLD_SUFFIXES.length] ?? '';
    const part = OLD_PARTS[Math.floor(i / (OLD_PREFIXES.length * OLD_SUFFIXES.length))] ?? `${i}区`;
    names.push(`${short}${prefix}${suffix}${part}`);
  }
  return names;
}
