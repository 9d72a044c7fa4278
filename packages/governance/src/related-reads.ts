/**
 * The streams a command's rule reads besides its own, in the one order every runner of a
 * command reads them: first the streams its spec's `related` names (from the command's data
 * and the acting stream's state), then the streams its `relatedThrough` names from the states
 * just read (the vote that elected a consulted committee). The walk is a generator so that the
 * executor (reading a store, asynchronously) and the test ledger (reading memory,
 * synchronously) take exactly the same steps.
 */
import type { AnyCommandSpec, RelatedStream } from './command.ts';

/**
 * Yields each related stream to read and takes its folded state back; returns the states by
 * key. Each stream is named once it can be: a stream of `relatedThrough` sees every state of
 * `related`.
 */
export function* relatedReads(
  spec: AnyCommandSpec,
  data: unknown,
  recordedAt: string,
  state: unknown,
): Generator<RelatedStream, Record<string, unknown>, unknown> {
  const related: Record<string, unknown> = {};
  for (const stream of spec.related?.(data, recordedAt, state) ?? []) related[stream.key] = yield stream;
  for (const stream of spec.relatedThrough?.(data, related) ?? []) related[stream.key] = yield stream;
  return related;
}

/** Walks {@link relatedReads} with an asynchronous `read` (the executor's, over a store). */
export async function readRelatedStates(
  spec: AnyCommandSpec,
  data: unknown,
  recordedAt: string,
  state: unknown,
  read: (stream: RelatedStream) => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const walk = relatedReads(spec, data, recordedAt, state);
  let step = walk.next();
  while (!step.done) step = walk.next(await read(step.value));
  return step.value;
}

/** Walks {@link relatedReads} with a synchronous `read` (a test ledger's, over memory). */
export function readRelatedStatesNow(
  spec: AnyCommandSpec,
  data: unknown,
  recordedAt: string,
  state: unknown,
  read: (stream: RelatedStream) => unknown,
): Record<string, unknown> {
  const walk = relatedReads(spec, data, recordedAt, state);
  let step = walk.next();
  while (!step.done) step = walk.next(read(step.value));
  return step.value;
}
