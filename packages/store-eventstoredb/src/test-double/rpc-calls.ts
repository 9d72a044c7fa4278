/**
 * TEST DOUBLE — how often each RPC was called, so tests can prove which path the client took
 * (the unary `Append` or the `BatchAppend` stream) instead of assuming it.
 */

/** Calls served by the test double since it started (mutable counters). */
export interface RpcCalls {
  /** Unary `Streams.Append` calls (one per write on that path). */
  append: number;
  /** `Streams.BatchAppend` streams opened (the client keeps one open and reuses it). */
  batchAppend: number;
  /** Writes received over `BatchAppend` (one per correlation id, answered once). */
  batchAppendWrites: number;
  /** `Streams.Read` calls (reads and subscriptions). */
  read: number;
  /** `ServerFeatures.GetSupportedMethods` calls. */
  getSupportedMethods: number;
}

/** Zeroed counters. */
export function newRpcCalls(): RpcCalls {
  return { append: 0, batchAppend: 0, batchAppendWrites: 0, read: 0, getSupportedMethods: 0 };
}
