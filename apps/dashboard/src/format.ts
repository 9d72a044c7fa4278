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
