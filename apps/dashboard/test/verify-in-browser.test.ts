/**
 * "Verify in your browser", in a real browser over the demo ledger: the page verifies the
 * latest checkpoint's Ed25519 signature and an event's leaf and inclusion proof with
 * WebCrypto; it says failed when one byte of a leaf or a proof is changed in transit, or
 * when the checkpoint is signed by another key; and on a return visit it checks that the
 * record only grew since the checkpoint it remembered.
 */
import { generateSignerKey, signCheckpoint } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, type PageRecord, recordPage, waitUntilDrawn } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

const REMEMBERED = 'govledger.verified-checkpoint';

/** The page's storage, as seen from scripts run in it (this file compiles without DOM types). */
interface PageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Puts `value` in the page's localStorage before its first script runs, on the first load only (runs in the page). */
function seedOnce([key, value]: readonly [string, string]): void {
  const { localStorage, sessionStorage } = globalThis as unknown as {
    localStorage: PageStorage;
    sessionStorage: PageStorage;
  };
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }
}

describe.skipIf(!HAS_CHROMIUM)('verify in the browser (skipped: no /usr/bin/chromium)', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let record: PageRecord;
  let size: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    size = ((await (await fetch(`${server.url}/v1/ledger`)).json()) as { size: number }).size;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await context.close();
  });

  async function open(prepare?: (context: BrowserContext) => Promise<void>): Promise<void> {
    context = await browser.newContext();
    await prepare?.(context);
    page = await context.newPage();
    record = recordPage(page);
    await page.goto(`${server.url}/?lang=en`);
    await waitUntilDrawn(page);
  }

  const checkpointLine = () => page.locator('#verify-checkpoint [data-verify]');
  const growthLine = () => page.locator('#verify-growth [data-verify]');

  /** Clicks "verify" on the red-black list's publication and returns the result shown. */
  async function verifyPublication(): Promise<{ state: string; text: string }> {
    const row = page.locator('#panel-red-black .entries tr', { hasText: 'red-black list published' });
    await row.locator('.verify-button').click();
    const result = row.locator('.verify-result');
    await page.waitForFunction(
      (el) => el !== null && el.getAttribute('data-verify') !== 'running',
      await result.elementHandle(),
    );
    return { state: (await result.getAttribute('data-verify'))!, text: (await result.textContent()) ?? '' };
  }

  it('verifies the checkpoint and a real event against it', async () => {
    await open();
    await expect.poll(() => checkpointLine().getAttribute('data-verify')).toBe('ok');
    expect(await checkpointLine().textContent()).toContain(`Checkpoint verified: ledger size ${size}`);
    expect(await growthLine().textContent()).toContain('First visit');
    expect(await verifyPublication()).toEqual({ state: 'ok', text: `verified against checkpoint of size ${size}` });
    expect(await page.locator('#verify-last').textContent()).toContain('RedBlackListPublished');
    // A fund movement is checked the same way.
    await page.locator('#panel-funds #fund-disbursements .verify-button').first().click();
    await expect
      .poll(() => page.locator('#panel-funds #fund-disbursements .verify-result').first().textContent())
      .toBe(`verified against checkpoint of size ${size}`);
    expect(record.errors).toEqual([]);
  });

  it('says failed when one byte of the leaf is changed in transit', async () => {
    await open(async (ctx) => {
      await ctx.route('**/v1/ledger/leaves/*', async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        // Change one digit of the occurrence time: still JSON, still the same event's names.
        const at = body.indexOf('"occurredAt":"20') + '"occurredAt":"20'.length;
        body[at] = body[at] === 0x32 ? 0x33 : 0x32;
        await route.fulfill({ response, body });
      });
    });
    const result = await verifyPublication();
    expect(result.state).toBe('failed');
    expect(result.text).toBe('failed: the inclusion proof does not lead to the checkpoint root');
  });

  it('says failed when one byte of the inclusion proof is changed in transit', async () => {
    await open(async (ctx) => {
      await ctx.route('**/v1/ledger/proofs/inclusion*', async (route) => {
        const response = await route.fetch();
        const proof = (await response.json()) as { path: string[] };
        const hash = Buffer.from(proof.path[0]!, 'base64');
        hash[7]! ^= 0x01;
        proof.path[0] = hash.toString('base64');
        await route.fulfill({ response, json: proof });
      });
    });
    const result = await verifyPublication();
    expect(result.state).toBe('failed');
    expect(result.text).toBe('failed: the inclusion proof does not lead to the checkpoint root');
  });

  it('says failed when the checkpoint is signed by another key, and then verifies no event', async () => {
    const note = await (await fetch(`${server.url}/v1/ledger/checkpoint`)).text();
    const [origin, sizeLine, root] = note.split('\n') as [string, string, string];
    const impostor = generateSignerKey(origin);
    if (isLeft(impostor)) throw new Error(impostor.left.reason);
    const forged = signCheckpoint(
      { origin, size: Number(sizeLine), root: new Uint8Array(Buffer.from(root, 'base64')) },
      impostor.right,
    );
    await open(async (ctx) => {
      await ctx.route('**/v1/ledger/checkpoint', (route) =>
        route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: forged }),
      );
    });
    await expect.poll(() => checkpointLine().getAttribute('data-verify')).toBe('failed');
    expect(await checkpointLine().textContent()).toMatch(
      /^Checkpoint check failed: the checkpoint is not signed by the published key/,
    );
    const result = await verifyPublication();
    expect(result).toEqual({ state: 'failed', text: 'failed: no verified checkpoint yet' });
  });

  it('on a return visit checks a consistency proof from the remembered checkpoint', async () => {
    const { sizes } = (await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] };
    const earlier = sizes[2]!;
    const note = await (await fetch(`${server.url}/v1/ledger/checkpoint?size=${earlier}`)).text();
    const { verifierKey } = (await (await fetch(`${server.url}/v1/ledger`)).json()) as { verifierKey: string };
    const remembered = { origin: note.split('\n')[0], size: earlier, root: note.split('\n')[2], verifierKey };
    await open(async (ctx) => {
      await ctx.addInitScript(seedOnce, [REMEMBERED, JSON.stringify(remembered)] as const);
    });
    await expect.poll(() => growthLine().getAttribute('data-verify')).toBe('ok');
    expect(await growthLine().textContent()).toBe(
      `Since your last visit the record only grew: size ${earlier} → ${size} (consistency proof verified).`,
    );
    const stored = JSON.parse(
      (await page.evaluate(
        (key) => (globalThis as unknown as { localStorage: PageStorage }).localStorage.getItem(key),
        REMEMBERED,
      ))!,
    ) as {
      size: number;
    };
    expect(stored.size).toBe(size);
    await page.reload();
    await waitUntilDrawn(page);
    await expect
      .poll(() => growthLine().textContent())
      .toBe(`The ledger is unchanged since your last visit (size ${size}).`);
  });

  it('says failed when the record does not extend the remembered checkpoint', async () => {
    const { verifierKey } = (await (await fetch(`${server.url}/v1/ledger`)).json()) as { verifierKey: string };
    const sizes = ((await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] }).sizes;
    const earlier = sizes[1]!;
    const [origin, , root] = (await (await fetch(`${server.url}/v1/ledger/checkpoint?size=${earlier}`)).text()).split(
      '\n',
    );
    const otherRoot = Buffer.from(root!, 'base64');
    otherRoot[0]! ^= 0x80;
    const remembered = { origin, size: earlier, root: otherRoot.toString('base64'), verifierKey };
    await open(async (ctx) => {
      await ctx.addInitScript(seedOnce, [REMEMBERED, JSON.stringify(remembered)] as const);
    });
    await expect.poll(() => growthLine().getAttribute('data-verify')).toBe('failed');
    expect(await growthLine().textContent()).toBe(
      `Consistency check failed: the proof does not lead to the root you held for size ${earlier}`,
    );
  });
});
