/**
 * A reader over the scenario ledger for route tests: a fixed clock, an auditor token, the
 * key store, and a signed checkpoint at the ledger's size. Test code only.
 */
import {
  encodeVerifierKey,
  generateSignerKey,
  type MemoryStore,
  type SignerKey,
  signCheckpoint,
} from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createReader } from '../create-reader.ts';
import type { ReaderOptions } from '../reader-options.ts';
import { buildGovernanceLedger, type GovernanceLedger } from './governance-ledger.ts';

/** "Now" for every test reader: after the scenario, before vote v-2 closes. */
export const TEST_NOW = '2024-06-25T00:00:00.000Z';

/** The auditor token of test readers. */
export const AUDITOR_TOKEN = 'test-auditor-token-0123456789abcdef';

/** The origin test checkpoints are signed for. */
export const TEST_ORIGIN = 'ledger.example.gov.cn/zjg-test';

/** A reader, the ledger under it and the checkpoint signer. */
export interface TestReader {
  readonly app: FastifyInstance;
  readonly ledger: GovernanceLedger;
  readonly signer: SignerKey;
  readonly verifierKey: string;
}

/** Signs and stores a checkpoint of `store` at its current size. */
export async function storeCheckpoint(store: MemoryStore, signer: SignerKey): Promise<number> {
  const head = await store.log.treeHead();
  await store.log.saveCheckpoint({
    size: head.size,
    note: signCheckpoint({ origin: TEST_ORIGIN, size: head.size, root: head.root }, signer),
  });
  return head.size;
}

/** Builds the scenario ledger (or uses `ledger`), signs a checkpoint and creates a reader over it. */
export async function testReader(options: Partial<ReaderOptions> = {}, ledger?: GovernanceLedger): Promise<TestReader> {
  const built = ledger ?? (await buildGovernanceLedger());
  const signer = generateSignerKey(TEST_ORIGIN);
  if (isLeft(signer)) throw new Error(signer.left.reason);
  await storeCheckpoint(built.store, signer.right);
  const verifierKey = encodeVerifierKey(signer.right);
  const app = createReader({
    store: built.store,
    keyStore: built.keys,
    auditorToken: AUDITOR_TOKEN,
    verifierKey,
    rateLimit: false,
    // Route tests replay many past points; the budget of fresh as-of work has its own tests.
    asOfBudget: { burst: 1_000_000, perSecond: 1_000_000 },
    clock: () => new Date(TEST_NOW),
    ...options,
  });
  return { app, ledger: built, signer: signer.right, verifierKey };
}

/** GET `url` through `inject`, optionally as the auditor. */
export function get(
  app: FastifyInstance,
  url: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers });
}

/** The auditor's Authorization header. */
export const asAuditor: Record<string, string> = { authorization: `Bearer ${AUDITOR_TOKEN}` };
