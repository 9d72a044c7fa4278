/**
 * The ballot receipt page in a real browser, over the demo ledger served by `govledger serve`:
 * an owner's receipt of their counted ballot reads COUNTED, the receipt of a ballot they later
 * changed reads REPLACED, a receipt while voting runs reads OPEN, and a receipt whose choice
 * was changed after the fact is refused as not recorded as cast, in Chinese and in English.
 * The receipts are made as an owner's client makes them: from the choice and blinding it kept
 * (the demo's blindings are seeded) and the ledger's leaf and inclusion proof.
 */
import type { RecordedEvent } from '@govledger/core';
import { demo, votes } from '@govledger/governance';
import { openSqliteStore } from '@govledger/store-sqlite';
import { isRight } from 'fp-ts/lib/Either.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, recordPage } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

/** The demo's default seed, which `govledger demo` uses when none is given. */
const DEMO_SEED = 1;

type Receipt = votes.BallotReceipt;

/**
 * The receipt of the ballot at `event`, as its owner's client makes it: the client knows the
 * owner, the weight, the choice and the blinding. The test finds them by trying each owner of
 * the vote's public electorate (the demo's blindings are seeded) and each choice.
 */
async function receiptOf(db: string, event: RecordedEvent, stream: readonly RecordedEvent[]): Promise<Receipt> {
  const store = openSqliteStore(db, { readonly: true });
  try {
    const { size } = await store.head();
    const proof = await store.log.inclusionProof(event.index, size);
    let leaf: Uint8Array | undefined;
    for await (const read of store.readLeaves(event.index, event.index + 1)) leaf = read.leaf;
    const data = event.data as votes.BallotCastV3Data;
    const areas = new Map<string, number>();
    for (const e of stream.filter((x) => x.type === 'ElectorateRegistered')) {
      for (const unit of (e.data as { units: { ownerId: string; areaM2Hundredths: number }[] }).units)
        areas.set(unit.ownerId, (areas.get(unit.ownerId) ?? 0) + unit.areaM2Hundredths);
    }
    for (const [ownerId, areaM2Hundredths] of areas) {
      const blinding = demo.demoBlinding(DEMO_SEED, data.voteId, ownerId, data.ballotNumber);
      for (const choice of ['approve', 'reject', 'abstain'] as const) {
        const receipt = votes.makeReceipt(event, { choice, blinding, ownerId, areaM2Hundredths }, proof, leaf);
        if (isRight(receipt)) return receipt.right;
      }
    }
    throw new Error(`no owner and choice opens entry ${event.index}`);
  } finally {
    await store.close();
  }
}

/** A closed vote's owner who changed their ballot: their first and last ballots. */
async function changedBallot(
  db: string,
): Promise<{ first: RecordedEvent; last: RecordedEvent; stream: RecordedEvent[] }> {
  const store = openSqliteStore(db, { readonly: true });
  try {
    const byStream = new Map<string, RecordedEvent[]>();
    for await (const e of store.readAll({ streamPrefix: 'vote-' })) {
      const list = byStream.get(e.streamId) ?? [];
      list.push(e);
      byStream.set(e.streamId, list);
    }
    for (const events of byStream.values()) {
      if (!events.some((e) => e.type === 'VotingClosed')) continue;
      const second = events.find(
        (e) => e.type === 'BallotCast' && (e.data as votes.BallotCastV3Data).ballotNumber === 2,
      );
      if (!second) continue;
      const owner = second.metadata.actor.id;
      const mine = events.filter((e) => e.type === 'BallotCast' && e.metadata.actor.id === owner);
      if (mine.length !== 2) continue;
      return { first: mine[0]!, last: mine[1]!, stream: events };
    }
    throw new Error('the demo has no closed vote with a changed ballot');
  } finally {
    await store.close();
  }
}

describe.skipIf(!HAS_CHROMIUM)('the ballot receipt page (skipped: no /usr/bin/chromium)', { timeout: 240_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let counted: Receipt;
  let replaced: Receipt;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const { first, last, stream } = await changedBallot(server.db);
    [replaced, counted] = await Promise.all([receiptOf(server.db, first, stream), receiptOf(server.db, last, stream)]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function check(receipt: unknown, lang: 'zh' | 'en', prepare?: (page: Page) => Promise<unknown>) {
    const page = await browser.newPage();
    const record = recordPage(page);
    try {
      await prepare?.(page);
      await page.goto(`${server.url}/receipt.html${lang === 'en' ? '?lang=en' : ''}`);
      await page.fill('#receipt-text', JSON.stringify(receipt));
      await page.click('#receipt-check');
      await page.waitForSelector('#receipt-result:not([data-verdict="checking"])[data-verdict]');
      const verdict = await page.getAttribute('#receipt-result', 'data-verdict');
      const text = (await page.textContent('#receipt-result')) ?? '';
      const asked = record.responses.map((r) => r.url);
      return { verdict, text, asked, errors: record.errors };
    } finally {
      await page.close();
    }
  }

  it('says COUNTED for the receipt of an owner’s last ballot, in Chinese and in English', async () => {
    const zh = await check(counted, 'zh');
    expect(zh.verdict).toBe('counted');
    expect(zh.text).toContain('已按所投记入账本');
    expect(zh.text).toContain('已计入');
    const en = await check(counted, 'en');
    expect(en.verdict).toBe('counted');
    expect(en.text).toContain('Recorded as cast');
    expect(en.text).toContain('COUNTED');
    // Public answers only; the receipt's secrets go nowhere.
    for (const url of [...zh.asked, ...en.asked]) {
      expect(url).not.toContain(counted.blinding);
      expect(url).not.toMatch(/\/v1\/(ledger\/entries|streams)/);
    }
    expect(zh.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('says REPLACED for the receipt of a ballot the owner changed later', async () => {
    const zh = await check(replaced, 'zh');
    expect(zh.verdict).toBe('replaced');
    expect(zh.text).toContain('已替换');
    const en = await check(replaced, 'en');
    expect(en.text).toContain('REPLACED');
  });

  it('says OPEN while the read API’s ballot box says voting runs', async () => {
    // The answer the read API gives for a vote whose voting has not closed (its ledger has none
    // open at the end of the demo story): no ballots, not closed.
    const open = (page: Page) =>
      page.route('**/v1/votes/*/ballot-box', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ voteId: counted.voteId, closed: false, closingIndex: null, ballots: [] }),
        }),
      );
    const zh = await check(counted, 'zh', open);
    expect(zh.verdict).toBe('open');
    expect(zh.text).toContain('进行中');
    const en = await check(counted, 'en', open);
    expect(en.text).toContain('OPEN');
  });

  it('refuses a receipt whose choice was changed after the fact as not recorded as cast', async () => {
    const forged = { ...counted, choice: counted.choice === 'approve' ? 'reject' : 'approve' };
    const zh = await check(forged, 'zh');
    expect(zh.verdict).toBe('not-recorded');
    expect(zh.text).toContain('未按所投记录');
    const en = await check(forged, 'en');
    expect(en.verdict).toBe('not-recorded');
    expect(en.text).toContain('NOT RECORDED AS CAST');
  });

  it('refuses a receipt whose leaf was swapped for another ballot’s', async () => {
    const swapped = { ...counted, leaf: replaced.leaf };
    const en = await check(swapped, 'en');
    expect(en.verdict).toBe('not-recorded');
  });

  it('checks a receipt loaded from a file', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/receipt.html`);
      await page.setInputFiles('#receipt-file', {
        name: 'receipt.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(counted)),
      });
      await page.waitForSelector('#receipt-result[data-verdict="counted"]');
    } finally {
      await page.close();
    }
  });
});
