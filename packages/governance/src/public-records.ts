/**
 * Declaring the public records of a governance projection for the state commitment: most
 * read models are tables of records keyed by an id the events carry (a complaint id, a
 * vote id), so one helper declares them.
 */
import type { PublicRecords, RecordedEvent } from '@govledger/core';

/**
 * The public records of a table keyed by an id field of the events: an event touches the
 * record named by `data[idField]`; the record is the table's entry as it stands, already
 * public (the table holds no personal data).
 *
 * @example publicRecords: recordsById((state: ComplaintBoardState) => state.complaints, 'complaintId')
 */
export function recordsById<State, Row>(
  table: (state: State) => Readonly<Record<string, Row>>,
  idField: string,
): PublicRecords<State> {
  return {
    touched(_state: State, event: RecordedEvent): string[] {
      const id = event.data[idField];
      return typeof id === 'string' ? [id] : [];
    },
    read: (state: State, key: string): unknown => (Object.hasOwn(table(state), key) ? table(state)[key] : undefined),
    keys: (state: State): Iterable<string> => Object.keys(table(state)),
  };
}

/** `table[key]` when `table` holds `key` itself (never an inherited property), else undefined. */
export function ownEntry<Row>(table: Readonly<Record<string, Row>>, key: string): Row | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A record key split at its first `/` into a kind and the rest (`area/a-1` → `['area', 'a-1']`);
 * a key without `/` is its own kind with an empty rest.
 */
export function splitRecordKey(key: string): readonly [string, string] {
  const slash = key.indexOf('/');
  return slash < 0 ? [key, ''] : [key.slice(0, slash), key.slice(slash + 1)];
}

/** A non-negative decimal position (`0`, `17`) as a number, else undefined (so `01`, `-1`, `x` name no record). */
export function positionOf(text: string): number | undefined {
  return /^(0|[1-9][0-9]{0,8})$/.test(text) ? Number(text) : undefined;
}
