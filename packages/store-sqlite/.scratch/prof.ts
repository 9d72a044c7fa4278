import { prepareAppend, leafHash, MerkleFrontier } from '@govledger/core';
import { syntheticBatch } from '../src/synthetic-events.ts';
const batches = [];
for (let n = 0; n < 100_000; n += 1000) batches.push(syntheticBatch(n, 1000));
for (let r = 0; r < 3; r++) {
let t = performance.now(); let size = 0; const leaves = [];
for (const b of batches) { const p = prepareAppend(b, { size, versionOf: () => 'no-stream', recordedAt: '2024-01-01T00:00:00.000Z', newEventId: () => crypto.randomUUID() }); if (p._tag === 'Right') { size += p.right.length; for (const e of p.right) leaves.push(e.leaf); } }
const prep = performance.now() - t;
t = performance.now(); const f = new MerkleFrontier(); for (const l of leaves) f.appendBlob(leafHash(l));
console.log('prepare', prep.toFixed(0), 'ms', 'hash', (performance.now() - t).toFixed(0), 'ms');
}
