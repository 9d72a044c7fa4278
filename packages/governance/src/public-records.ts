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
      const id = (event.data as Record<string, unknown>)[idField];
      return typeof id === 'string' ? [id] : [];
    },
    read: (state: State, key: string): unknown => (Object.hasOwn(table(state), key) ? table(state)[key] : undefined),
    keys: (state: State): Iterable<string> => Object.keys(table(state)),
  };
}
