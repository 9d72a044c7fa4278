/**
 * TEST DOUBLE — `ServerFeatures.GetSupportedMethods`, which the client asks once per
 * connection to decide how to call the server (e.g. whether to append through `BatchAppend`).
 * Like EventStoreDB it lists the methods it serves with service and method names in lower
 * case (`event_store.client.streams.streams` / `batchappend`) and stream reads with the
 * `position` and `events` features. It lists only what the double serves. A double started
 * with `batchAppend: false` has no ServerFeatures service at all, as servers before 21.10.
 */
import type * as grpc from '@grpc/grpc-js';
import { serverFeaturesPb } from './generated.ts';
import type { RpcCalls } from './rpc-calls.ts';

/** What the double reports as its server version (it is no EventStoreDB release). */
export const TEST_DOUBLE_VERSION = '0.0.0-test-double';

/** The handlers to register with `server.addService(ServerFeaturesService, …)`. */
export function serverFeaturesHandlers(calls: RpcCalls): grpc.UntypedServiceImplementation {
  const method = (name: string, features: readonly string[] = []) =>
    new serverFeaturesPb.SupportedMethod()
      .setServiceName('event_store.client.streams.streams')
      .setMethodName(name)
      .setFeaturesList([...features]);
  return {
    getSupportedMethods: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => {
      calls.getSupportedMethods++;
      const methods = [method('read', ['position', 'events']), method('append'), method('batchappend')];
      callback(
        null,
        new serverFeaturesPb.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(TEST_DOUBLE_VERSION),
      );
    },
  };
}
