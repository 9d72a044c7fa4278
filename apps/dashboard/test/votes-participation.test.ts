/**
 * Who took part in a vote, in a real browser over the demo ledger at a desktop (1280 px) and a
 * phone (390 px) width, in both languages: an open vote of pseudonymous ballots says its
 * participating area is not public until voting closes (never 0), a closed vote shows the area
 * its closing count published, and both lines check against the vote's committed record.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, waitUntilDrawn } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

const VIEWS = [
  { width: 1280, lang: 'zh' },
  { width: 390, lang: 'zh' },
  { width: 1280, lang: 'en' },
  { width: 390, lang: 'en' },
] as const;

/** A date at which the demo's signed state has votes open with pseudonymous ballots cast (mid 2022). */
const DURING_VOTING = '2022-07-15';

const SEALED = { zh: '专有部分面积截至表决结束前不公开', en: 'area not public until voting closes' } as const;

interface Participation {
  areaM2Hundredths: number | null;
  owners: number;
  areaWithheld: string | null;
}

describe.skipIf(!HAS_CHROMIUM)('who took part in a vote (skipped: no /usr/bin/chromium)', { timeout: 240_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  /** The ledger index the page draws DURING_VOTING at (its last signed state). */
  let pinnedIndex: number;
  let openVote: { voteId: string; participating: Participation };

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const { signed } = await api<{ signed: { asOf: { size: number } } }>(`/v1/state/signed?asOf=${DURING_VOTING}`);
    pinnedIndex = signed.asOf.size - 1;
    const { votes } = await api<{ votes: { voteId: string }[] }>(`/v1/votes?status=open&asOf=${pinnedIndex}`);
    const details = await Promise.all(
      votes.map((v) =>
        api<{ vote: { voteId: string; participating: Participation } }>(`/v1/votes/${v.voteId}?asOf=${pinnedIndex}`),
      ),
    );
    openVote = details.map((d) => d.vote).find((v) => v.participating.owners > 0)!;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(width: number, lang: 'zh' | 'en', asOf = ''): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const query = new URLSearchParams({ ...(asOf ? { asOf } : {}), ...(lang === 'en' ? { lang } : {}) }).toString();
    await page.goto(`${server.url}/${query ? `?${query}` : ''}`);
    await waitUntilDrawn(page, asOf);
    return { context, page };
  }

  /** Chooses `voteId` in the votes panel; resolves with its participation line once checked. */
  async function participationOf(page: Page, voteId: string): Promise<{ text: string; verify: string | null }> {
    await page.locator(`#votes-list [data-vote="${voteId}"]`).click();
    const line = page.locator(`#vote-participation[data-vote-id="${voteId}"]:not([data-figure-verify="pending"])`);
    await line.waitFor();
    return { text: (await line.textContent()) ?? '', verify: await line.getAttribute('data-figure-verify') };
  }

  it('finds an open vote with pseudonymous ballots at the date, whose area the API withholds', () => {
    expect(openVote).toBeDefined();
    expect(openVote.participating).toMatchObject({ areaM2Hundredths: null, areaWithheld: 'sealed-until-closing' });
  });

  for (const { width, lang } of VIEWS) {
    it(`says an open vote's participating area is not public until voting closes (${width} px, ${lang})`, async () => {
      const { context, page } = await open(width, lang, DURING_VOTING);
      try {
        const { text, verify } = await participationOf(page, openVote.voteId);
        expect(text).toContain(SEALED[lang]);
        expect(text).toContain(String(openVote.participating.owners));
        expect(text).not.toMatch(/\b0(\.00)? m²/);
        expect(verify).toBe('ok');
        // The line wraps within the screen: nothing of the page is wider than it.
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    });

    it(`shows the area a closed vote's count published (${width} px, ${lang})`, async () => {
      const { context, page } = await open(width, lang);
      try {
        const { vote } = await api<{ vote: { participating: Participation } }>(`/v1/votes/${openVote.voteId}`);
        expect(vote.participating.areaWithheld).toBeNull();
        const { text, verify } = await participationOf(page, openVote.voteId);
        const metres = (vote.participating.areaM2Hundredths! / 100).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        });
        expect(text).toContain(`${metres} m²`);
        expect(text).not.toContain(SEALED[lang]);
        expect(verify).toBe('ok');
      } finally {
        await context.close();
      }
    });
  }
});
