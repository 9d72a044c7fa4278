/**
 * Changes in the domain's terms, for `diff`: records by kind and id (`complaint c-0000770`),
 * their fields with statuses and figures as they are, amounts in fen as yuan, times as local
 * dates and minutes in China Standard Time — and the bookkeeping structures projections keep
 * to stay O(1) per event (filing orders, due-date queues, reverse indexes, high-water marks)
 * left out, since they say nothing a reader asked about. `--json` still carries everything.
 */
import type { ItemChange } from '@govledger/core';
import { refText, shortJson } from './change-text.ts';

/** State keys that are bookkeeping, not records or figures. */
const BOOKKEEPING = new Set(['order', 'dueQueue', 'tracked', 'organisationsOfCompany', 'lastRecordedAt', 'asOf']);

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The segments of a JSON pointer (`/complaints/c-1/status` → complaints, c-1, status). */
function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when the change is to a bookkeeping structure (its top-level key or a field inside one). */
export function isBookkeeping(pointer: string): boolean {
  return segments(pointer).some((segment) => BOOKKEEPING.has(segment));
}

/** `communities` → `community`, `votes` → `vote`: the kind of one record of a collection. */
function singular(collection: string): string {
  if (collection.endsWith('ies')) return `${collection.slice(0, -3)}y`;
  if (collection.endsWith('s')) return collection.slice(0, -1);
  return collection;
}

/** A value as a reader reads it: yuan for fen, local time for UTC instants, text unquoted. */
export function domainValue(value: unknown, field = ''): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && /Fen$/.test(field))
    return `¥${(value / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (typeof value === 'string' && ISO_UTC.test(value)) return `${CHINA_TIME.format(new Date(value))} CST`;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => !BOOKKEEPING.has(key) && (v === null || typeof v !== 'object'))
      .map(([key, v]) => `${key} ${domainValue(v, key)}`);
    return shortJson(fields.join(', ')).slice(1, -1);
  }
  return shortJson(value);
}

/** `/complaints/c-1` → `complaint c-1`; a top-level figure (`/covered`) stays its name. */
function recordName(pointer: string): string {
  const [collection, id, ...rest] = segments(pointer);
  if (id === undefined) return collection ?? pointer;
  return [`${singular(collection!)} ${id}`, ...rest].join(' · ');
}

/** The lines of one change in the domain's terms; none for a change to bookkeeping alone. */
export function domainChangeLines(change: ItemChange, indent = '  '): string[] {
  if (isBookkeeping(change.item)) return [];
  const name = recordName(change.item);
  const lines: string[] = [];
  if (change.kind === 'added') lines.push(`${indent}+ ${name}: ${domainValue(change.after)}`);
  else if (change.kind === 'removed') lines.push(`${indent}- ${name} (was: ${domainValue(change.before)})`);
  else {
    for (const field of change.fields) {
      const path = segments(field.path);
      if (path.some((s) => BOOKKEEPING.has(s))) continue;
      const key = path[path.length - 1] ?? '';
      const what = path.join(' · ');
      if (field.kind === 'added') lines.push(`${indent}+ ${name} · ${what}: ${domainValue(field.after, key)}`);
      else if (field.kind === 'removed')
        lines.push(`${indent}- ${name} · ${what} (was: ${domainValue(field.before, key)})`);
      else
        lines.push(
          `${indent}~ ${name} · ${what}: ${domainValue(field.before, key)} → ${domainValue(field.after, key)}`,
        );
    }
    if (change.fieldsOmitted > 0) lines.push(`${indent}  … ${change.fieldsOmitted} more field change(s) (--json)`);
    if (lines.length === 0) return [];
  }
  if (change.causeCount > 0) {
    const listed = change.causes.map(refText).join('; ');
    const more = change.causeCount > change.causes.length ? `; … ${change.causeCount - change.causes.length} more` : '';
    lines.push(`${indent}    by ${listed}${more}`);
  }
  return lines;
}
