/**
 * Verify benchmark: the whole-log audit beside the rate of one leaf hash plus one node hash
 * per entry on one core, measured in the same run over the same leaves.
 */
import {
  encodeVerifierKey,
  generateSignerKey,
  leafHash,
  nodeHash,
  parseVerifierKey,
  verifyLedger,
} from '@govledger/core';
import { openSqliteStore } from '@govledger/store-sqlite';
import Database from 'better-sqlite3';
import { type BenchRow, perSecond } from './table.ts';

/** Audits `path` (signing a checkpoint of its head first) and compares with raw hashing. */
export async function benchVerify(path: string): Promise<BenchRow> {
  const raw = new Database(path, { readonly: true });
  const leaves = (raw.prepare('SELECT leaf FROM entries ORDER BY idx').raw().all() as [Buffer][]).map((r) => r[0]);
  raw.close();
  let started = performance.now();
  let previous = Buffer.alloc(32);
  for (const leaf of leaves) previous = nodeHash(previous, leafHash(leaf));
  const rawMs = performance.now() - started;

  const signer = generateSignerKey('bench.example/ledger');
  if (signer._tag === 'Left') throw new Error('key');
  const verifier = parseVerifierKey(encodeVerifierKey(signer.right));
  if (verifier._tag === 'Left') throw new Error('key');
  const store = openSqliteStore(path, { readonly: true });
  started = performance.now();
  const report = await verifyLedger(store, { verifier: verifier.right });
  const oursMs = performance.now() - started;
  await store.close();
  if (!report.ok) throw new Error(`bench ledger failed verification: ${report.problem?.message}`);
  return {
    name: `verify (${report.size.toLocaleString('en-US')} entries)`,
    ours: perSecond(report.size, oursMs),
    limit: `${perSecond(leaves.length, rawMs)} leaf+node hash`,
    ratio: `${(rawMs / oursMs).toFixed(2)}x`,
    goal: '>= 0.80x',
  };
}
