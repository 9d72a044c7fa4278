/**
 * Fictional people of the demo. A person is a number; their pseudonymous id (`person-000123`)
 * is what the ledger's governance facts name, and their name and mobile number — personal
 * data, sealed before they reach the ledger — are derived from the seed and the number, so a
 * person keeps the same name in every complaint and vote without the demo remembering it.
 * Names are common Chinese surnames and given names; numbers follow the pattern of mainland
 * mobile numbers (1[3-9]x xxxx xxxx). Any resemblance to a real person is chance.
 */
import { Random } from './random.ts';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '石',
  '顾',
  '缪',
  '钱',
  '严',
  '季',
  '秦',
  '邵',
  '瞿',
  '浦',
  '黎',
  '施',
];

const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '建国',
  '志强',
  '海燕',
  '丽娟',
  '文博',
  '子涵',
  '浩然',
  '雨涵',
  '梓轩',
  '欣怡',
  '宇航',
  '佳怡',
  '国平',
  '卫东',
  '晓东',
  '美华',
  '凤英',
  '玉兰',
  '建明',
  '春梅',
  '永华',
  '振华',
  '金宝',
  '惠芬',
  '雪芬',
  '国强',
  '红梅',
  '晓燕',
  '志华',
  '亚军',
  '丽萍',
  '建英',
  '伟东',
  '一鸣',
  '思远',
  '梦瑶',
];

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '177',
  '180',
  '181',
  '182',
  '186',
  '187',
  '188',
  '189',
  '199',
];

/** The pseudonymous id of person `n`, e.g. `person-000123`. */
export function personId(n: number): string {
  return `person-${String(n).padStart(6, '0')}`;
}

/** A person's fictional personal data. */
export interface PersonProfile {
  readonly id: string;
  /** Full name, e.g. 张伟: personal data. */
  readonly name: string;
  /** Mobile number of 11 digits, e.g. 13812345678: personal data. */
  readonly phone: string;
  /** A fictional resident identity card number of the right shape: personal data. */
  readonly idNumber: string;
}

/** GB 11643 check character over the first 17 digits of an identity card number. */
function idCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11]!;
}

/** A fictional identity card number: Zhangjiagang's area code 320582, a birth date, a sequence. */
function fictionalIdNumber(rng: Random): string {
  const born = new Date(Date.UTC(1950 + rng.int(50), rng.int(12), 1 + rng.int(28)));
  const date = born.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `320582${date}${String(rng.int(1000)).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** The profile of person `n` under `seed`: the same every time it is asked for. */
export function personProfile(seed: number, n: number): PersonProfile {
  const rng = new Random(`person:${seed}:${n}`);
  const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
  const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(100_000_000)).padStart(8, '0');
  return { id: personId(n), name, phone, idNumber: fictionalIdNumber(new Random(`id-card:${seed}:${n}`)) };
}
