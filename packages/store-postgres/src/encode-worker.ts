/**
 * The store's encoding thread: it validates proposed events and writes their canonical JSON
 * (core's `encodeEvent`), the position-independent and costly part of an append, so the main
 * thread can hash, send and commit one chunk while the next is encoded here. Started by
 * `encode-ahead.ts`; it holds no connection and no state between chunks.
 */
import { parentPort } from 'node:worker_threads';
import { encodeEvent } from '@govledger/core';
import type { EncodedParts, EncodeReply, EncodeRequest } from './encode-worker-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('encode-worker.ts runs only as a worker thread');

port.on('message', (request: EncodeRequest) => {
  const events = JSON.parse(request.events) as unknown[];
  const parts = events.map((event): EncodedParts => {
    const encoded = encodeEvent(event);
    return encoded._tag === 'Left'
      ? { problems: encoded.left }
      : { dataJson: encoded.right.dataJson, metadataJson: encoded.right.metadataJson };
  });
  const reply: EncodeReply = { id: request.id, parts };
  port.postMessage(reply);
});
