import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeVerifierKey, generateSignerKey, type SignerKey, signCheckpoint } from '@govledger/core';
import { createReader } from '@govledger/reader';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Test support of the reader: the governance scenario ledger (test code only).
import { buildGovernanceLedger, type GovernanceLedger } from '../../../reader/src/test-support/governance-ledger.ts';
import { allProjections } from '../projections.ts';
import { govledger, scratchDir } from '../test-support/run-cli.ts';

const ORIGIN = 'ledger.example/zjg';
const TOKEN = 'audit-read-auditor-token-0123456789';
let scratch: ReturnType<typeof scratchDir>;
let signer: SignerKey;
let ledger: GovernanceLedger;
let honestUrl: string;
let lyingUrl: string;
const apps: ReturnType<typeof createReader>[] = [];

async function serve(lie: boolean): Promise<string> {
  const app = createReader({
    store: ledger.store,
    projections: allProjections,
    auditorToken: TOKEN,
    rateLimit: false,
    docs: false,
    verifierKey: encodeVerifierKey(signer),
  });
  if (lie) {
    // An operator showing the public a better fund than the log holds.
    app.addHook('onSend', async (request, _reply, payload) => {
      if (!request.url.startsWith('/v1/funds') || !(Buffer.isBuffer(payload) || typeof payload === 'string')) {
        return payload;
      }
      return String(payload).replace(/"balanceFen":(\d+)/, (_m, n) => `"balanceFen":${Number(n) + 100_000}`);
    });
  }
  apps.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

beforeAll(async () => {
  scratch = scratchDir('audit-read-');
  writeFileSync(join(scratch.dir, 'token'), TOKEN);
  const key = generateSignerKey(ORIGIN);
  if (isLeft(key)) throw new Error('key');
  signer = key.right;
  ledger = await buildGovernanceLedger();
  const head = await ledger.store.log.treeHead();
  await ledger.store.log.saveCheckpoint({
    size: head.size,
    note: signCheckpoint({ origin: ORIGIN, size: head.size, root: head.root }, signer),
  });
  honestUrl = await serve(false);
  lyingUrl = await serve(true);
});

afterAll(async () => {
  for (const app of apps) await app.close();
  scratch.remove();
});

const audit = (url: string) =>
  govledger(['audit-read', url, '--key', encodeVerifierKey(signer), '--token-file', 'token'], { cwd: scratch.dir });

describe('govledger audit-read', () => {
  it('re-derives a dashboard answer from the signed log and gets the same figures', async () => {
    const result = await audit(`${honestUrl}/v1/funds`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/computed from: ledger size \d+, root /);
    expect(result.stdout).toMatch(/replayed \d+ entries: the same figures/);
  });

  it('re-derives a past answer (asOf) checked against a later checkpoint', async () => {
    const result = await audit(`${honestUrl}/v1/funds?asOf=5`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/computed from: ledger size 6, .*\n.*root at 6 recomputed from its leaves/);
  });

  it('names the figure an operator altered', async () => {
    const result = await audit(`${lyingUrl}/v1/funds`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /DIFFERENT figures after replaying \d+ entries:\n {2}funds\.0\.balanceFen: served \d+, replayed \d+/,
    );
  });
});

describe('attested reads', () => {
  it('say which ledger size and root each state answer was computed from, and link its checkpoint', async () => {
    const response = await fetch(`${honestUrl}/v1/funds`);
    const head = await ledger.store.log.treeHead();
    const root = Buffer.from(head.root).toString('base64');
    expect(response.headers.get('x-ledger-size')).toBe(String(head.size));
    expect(response.headers.get('x-ledger-root')).toBe(root);
    expect(response.headers.get('link')).toBe(`</v1/ledger/checkpoint?size=${head.size}>; rel="checkpoint"`);
    const body = (await response.json()) as { asOf: unknown };
    expect(body.asOf).toEqual({ size: head.size, root, checkpoint: `/v1/ledger/checkpoint?size=${head.size}` });
    const again = await fetch(`${honestUrl}/v1/funds`, {
      headers: { 'if-none-match': String(response.headers.get('etag')) },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-ledger-size')).toBe(String(head.size));
    expect((await fetch(`${honestUrl}/v1/ledger/checkpoint?size=${head.size}`)).status).toBe(200);
  });
});
