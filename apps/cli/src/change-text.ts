/**
 * Changes as text lines for a terminal: `~ /complaints/c-1/status: "filed" → "closed"`,
 * `+ /complaints/c-9`, `- /notices/n-2`, each with the events that caused it.
 */
import type { EventRef, ItemChange } from '@govledger/core';

const MAX_VALUE_CHARS = 120;

/** A value in one line, shortened past 120 characters. */
export function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** An event reference as `#index Type by actor (role) at time`. */
export function refText(ref: EventRef): string {
  return `#${ref.index} ${ref.type} by ${ref.actor.id ?? '(withheld)'} (${ref.actor.role}) at ${ref.occurredAt}`;
}

/** Field changes shown per item in text (the JSON output carries them all). */
const FIELDS_SHOWN = 8;

/** The lines of one item change, indented by `indent`. */
export function changeLines(change: ItemChange, indent = '  ', withCauses = true): string[] {
  const lines: string[] = [];
  if (change.kind === 'added') lines.push(`${indent}+ ${change.item} = ${shortJson(change.after)}`);
  else if (change.kind === 'removed') lines.push(`${indent}- ${change.item} (was ${shortJson(change.before)})`);
  else {
    for (const field of change.fields.slice(0, FIELDS_SHOWN)) {
      const at = `${change.item}${field.path}`;
      if (field.kind === 'added') lines.push(`${indent}+ ${at} = ${shortJson(field.after)}`);
      else if (field.kind === 'removed') lines.push(`${indent}- ${at} (was ${shortJson(field.before)})`);
      else lines.push(`${indent}~ ${at}: ${shortJson(field.before)} → ${shortJson(field.after)}`);
    }
    const more = change.fieldsOmitted + Math.max(0, change.fields.length - FIELDS_SHOWN);
    if (more > 0) lines.push(`${indent}  … ${more} more field change(s)`);
  }
  if (withCauses && change.causeCount > 0) {
    const listed = change.causes.map(refText).join('; ');
    const more = change.causeCount > change.causes.length ? `; … ${change.causeCount - change.causes.length} more` : '';
    lines.push(`${indent}    by ${listed}${more}`);
  }
  return lines;
}
