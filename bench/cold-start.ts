/**
 * Cold start of the read API on a large ledger that has projection snapshots: the time from
 * opening the file to the first answered dashboard request. Run it on a ledger made by
 * `govledger demo --scale 10` and replayed once (`govledger replay` leaves snapshots):
 *   tsx bench/cold-start.ts data/demo10.db
 */
import { ledgerStatistics } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { createReader } from '@govledger/reader';
import { openSqliteStore } from '@govledger/store-sqlite';

const path = process.argv[2];
if (!path) throw new Error('usage: tsx bench/cold-start.ts LEDGER.db');
const started = performance.now();
const store = openSqliteStore(path, { readonly: true });
const app = createReader({ store, projections: [ledgerStatistics, ...governanceProjections], rateLimit: false });
const response = await app.inject({ url: '/v1/coverage' });
const firstMs = performance.now() - started;
const size = (await store.head()).size;
console.log(
  `cold start to first answer on ${size.toLocaleString('en-US')} entries: ${firstMs.toFixed(0)} ms (status ${response.statusCode}; goal <= 2,000 ms)`,
);
await app.close();
await store.close();
