/**
 * Figures as a reader reads them: money from integer fen to yuan, areas from hundredths of
 * a square metre, times in China Standard Time, exact fractions as percentages.
 */
import { currentLanguage } from './i18n.ts';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'zh-CN');

/** An integer count with digit grouping. */
export function count(n: number): string {
  return n.toLocaleString(locale());
}

/** Integer fen as yuan with two decimals. */
export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Integer hundredths of m² as m². */
export function squareMetres(hundredths: number): string {
  return `${(hundredths / 100).toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m²`;
}

/** `part / whole` as a percentage with `digits` decimals ("—" when whole is 0). */
export function percent(part: number, whole: number, digits = 1): string {
  if (whole === 0) return '—';
  const value = (part / whole) * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(digits)}%`;
}

/** An ISO time as a date in China Standard Time (the bureau's calendar). */
export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString(locale(), {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
}

/** An ISO time as date and minute in China Standard Time. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(locale(), {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** Seconds as days with one decimal. */
export function days(seconds: number | null): string {
  return seconds === null ? '—' : (seconds / 86_400).toFixed(1);
}

const CHINESE_QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * A quarter as the API names it (`2024Q4`) in the bureau's own form: 2024年第四季度 on the
 * Chinese page, "2024 Q4" on the English one; anything else as it is.
 */
export function quarter(text: string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(text);
  if (!match) return text;
  return currentLanguage() === 'en'
    ? `${match[1]} Q${match[2]}`
    : `${match[1]}年${CHINESE_QUARTERS[Number(match[2]) - 1]}`;
}

/**
 * An amount in yuan for a chart axis: 万 (ten thousand) on the Chinese page, thousands with
 * "k" on the English one, so that neither page shows the other's units.
 */
export function axisYuan(yuanValue: number): string {
  if (currentLanguage() === 'en')
    return Math.abs(yuanValue) >= 1000 ? `¥${(yuanValue / 1000).toLocaleString('en-GB')}k` : `¥${yuanValue}`;
  return Math.abs(yuanValue) >= 10_000 ? `¥${(yuanValue / 10_000).toLocaleString('zh-CN')}万` : `¥${yuanValue}`;
}
