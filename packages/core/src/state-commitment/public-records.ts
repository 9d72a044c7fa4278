/**
 * How a projection declares the records of its state that the public reads, so the state
 * commitment covers them without knowing the projection: a new projection only adds this
 * declaration to be committed, proven and checked.
 */
import type { RecordedEvent } from '../envelope.ts';

/**
 * The public records of a projection's state, each named by a key unique within the
 * projection (e.g. a complaint id, `company-id/2024Q3`, `total`).
 *
 * Aggregates are records too (a counter, a sum over many records), so a figure is proven by
 * one proof, never by thousands.
 *
 * @example
 * publicRecords: {
 *   touched: (_state, event) => event.type === 'ComplaintFiled' ? [event.streamId, 'totals'] : [],
 *   read: (state, key) => key === 'totals' ? state.totals : publicCard(state.cards.get(key)),
 * }
 */
export interface PublicRecords<State> {
  /**
   * The keys of the records `event` may have created or changed, called right after
   * `evolve(state, event)` with its result. Listing an unchanged key is harmless; missing a
   * changed key makes the commitment disagree with a full recomputation (a bug the
   * projection's tests catch with `commitStates`).
   */
  touched(state: State, event: RecordedEvent): Iterable<string>;
  /**
   * The public form of the record `key` (plain JSON: objects, arrays, strings, finite
   * numbers, booleans, null), or undefined when there is none (yet, or any more). Must never
   * hold personal data: it is served and hashed in public. Pure and cheap.
   */
  read(state: State, key: string): unknown;
  /** Every key that has a record in `state` (used to check a commitment against a full recomputation). */
  keys(state: State): Iterable<string>;
  /**
   * The keys of records that may change without the event naming them (a counter of overdue
   * complaints moves when the ledger's clock passes a deadline, whatever the event): re-read
   * at every root, and rehashed only when their leaf changed. A record still first appears
   * through `touched`, so that its position never depends on when roots are taken. Keep the
   * list short: it costs one leaf per key per root.
   */
  clockDriven?(state: State): Iterable<string>;
}
