import {
  encodeVerifierKey,
  generateSignerKey,
  type SignerKey,
  signCheckpoint,
  verifierKeyOf,
  verifyLedger,
} from '@govledger/core';
import { must, sampleEvent } from '@govledger/core/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from './open-store.ts';
import type { PostgresStore } from './postgres-store.ts';
import { checkLedger } from './test-fixtures/ledger-check.ts';
import { startTestServer, type TestServer, whyNoServer } from './test-server/index.ts';

const noServer = whyNoServer();
const ORIGIN = 'zjg.example/replicated';

async function appendAndSign(store: PostgresStore, signer: SignerKey, from: number, batches: number): Promise<void> {
  for (let i = from; i < from + batches; i++) {
    const result = await store.appendBatch([
      { streamId: `r-${i % 3}`, expectedVersion: 'any', events: [sampleEvent(`r-${i % 3}`, { i })] },
      { streamId: 'x', expectedVersion: 'any', events: [sampleEvent('x', { i })] },
    ]);
    expect(result._tag).toBe('Right');
  }
  const head = await store.log.treeHead();
  await store.log.saveCheckpoint({ size: head.size, note: signCheckpoint({ origin: ORIGIN, ...head }, signer) });
}

/**
 * Calls `read` until `done(value)` or about 20 seconds have passed; returns the last value. A
 * call may fail meanwhile (a query in flight when its server died fails, and is not retried:
 * an append might have committed); the next ones run on a new connection.
 */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T | undefined> {
  let value: T | undefined;
  for (let tries = 0; tries < 200; tries++) {
    value = await read().catch(() => value);
    if (value !== undefined && done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return value;
}

describe.skipIf(noServer !== null)(
  `a primary with a synchronous standby (streaming replication)${noServer ? ` (skipped: ${noServer})` : ''}`,
  () => {
    let primary: TestServer;
    let standby: TestServer;
    const signer = must(generateSignerKey(ORIGIN));

    beforeAll(async () => {
      primary = await startTestServer({ synchronousStandbyNames: '*' });
      standby = await startTestServer({ standbyOf: primary });
    }, 180_000);
    afterAll(() => {
      standby?.destroy();
      primary?.destroy();
    });

    it('a reader on the standby catches up; after the primary dies and the standby is promoted, the same URL reconnects with every acknowledged event and checkpoint, and appends and signing go on', async () => {
      const both = `postgres://postgres@127.0.0.1:${primary.port},127.0.0.1:${standby.port}/postgres?target_session_attrs=read-write&ledger=replicated`;
      const writer = await openPostgresStore(both, { create: true });
      await appendAndSign(writer, signer, 0, 20);
      const reader = await openPostgresStore(standby.url('replicated'), { readonly: true });
      try {
        // The reader serves from the standby, read-only, and catches up with the primary.
        expect(
          await eventually(
            () => reader.head(),
            (h) => h.size === 40,
          ),
        ).toMatchObject({ size: 40 });
        await expect(reader.append('x', [sampleEvent('x')])).rejects.toThrow(/readonly/);
        await appendAndSign(writer, signer, 20, 5);
        expect(
          (
            await eventually(
              () => reader.head(),
              (h) => h.size === 50,
            )
          )?.size,
        ).toBe(50);
        expect((await reader.log.checkpoint())?.size).toBe(50);
        const admin = postgres(`postgres://postgres@127.0.0.1:${primary.port}/postgres`, { max: 1 });
        const replicas = await admin<{ sync_state: string }[]>`SELECT sync_state FROM pg_stat_replication`;
        await admin.end();
        expect(replicas.map((r) => r.sync_state)).toEqual(['sync']);
        const acknowledged = (await writer.head()).size;
        const rootBefore = Buffer.from((await writer.log.treeHead()).root).toString('base64');

        primary.stop('immediate');
        standby.promote();

        // The same store (the same URL) reconnects to the promoted standby.
        const head = await eventually(
          () => writer.head(),
          (h) => h.size === acknowledged,
        );
        expect(head?.size).toBe(acknowledged);
        expect(Buffer.from((await writer.log.treeHead()).root).toString('base64')).toBe(rootBefore);
        expect((await writer.log.checkpoints()).map((c) => c.size)).toEqual([40, 50]);
        await appendAndSign(writer, signer, 25, 5);
        expect((await writer.head()).size).toBe(60);

        const check = await checkLedger(writer);
        expect(check).toMatchObject({ dense: true, firstMismatch: undefined, rootMatches: true, streamsDense: true });
        const report = await verifyLedger(writer, { verifier: verifierKeyOf(signer) });
        expect(report, JSON.stringify(report.problem)).toMatchObject({ ok: true, size: 60, checkpointsChecked: 3 });
        expect(encodeVerifierKey(signer)).toContain(ORIGIN);
      } finally {
        await reader.close();
        await writer.close();
      }
    }, 180_000);
  },
);
