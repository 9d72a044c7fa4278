/**
 * Changes as the read API serves them: event references and item changes of a diff or a
 * stream's history. Values inside a change are projection or aggregate state, so their
 * schema is open; what may be shown is decided before (public view of changes, erased or
 * opened events).
 */
import { count, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** Any JSON value (a field's value before or after). */
const anyValue: Schema = { description: 'any JSON value' };

/** Schema of an event reference. */
export const eventRefSchema: Schema = obj({
  index: count('0-based ledger index'),
  streamId: str(),
  type: str(),
  occurredAt: time(),
  recordedAt: time(),
  actor: obj({ id: nullable(str('null when withheld (secret ballots, for the public)')), role: str() }),
});

/** Schema of one item change. */
export const itemChangeSchema: Schema = obj({
  item: str('RFC 6901 pointer of the item in the state'),
  kind: oneOf(['added', 'removed', 'changed']),
  before: anyValue,
  after: anyValue,
  fields: list(
    obj({
      path: str('RFC 6901 pointer below the item'),
      kind: oneOf(['added', 'removed', 'changed']),
      before: anyValue,
      after: anyValue,
    }),
  ),
  fieldsOmitted: count('field changes left out beyond the limit'),
  causes: list(eventRefSchema, 'the events that wrote the item, oldest first (at most the cause limit)'),
  causeCount: count('how many events wrote the item'),
});
