/**
 * What a visitor reads, in a real browser at a desktop (1280 px) and a phone (390 px) width, in
 * both languages: names instead of ids, the page's own language throughout (no raw event types,
 * quarters in the bureau's form, full-width colons, no Chinese units on the English page), the
 * newest complaints first, a credit file that does not contradict itself, what a date means —
 * and a failed verification that nobody can miss.
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

describe.skipIf(!HAS_CHROMIUM)('what a visitor reads (skipped: no /usr/bin/chromium)', { timeout: 240_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let companies: Map<string, string>;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const answer = (await (await fetch(`${server.url}/v1/companies`)).json()) as {
      companies: { companyId: string; name: string | null }[];
    };
    companies = new Map(answer.companies.map((c) => [c.companyId, c.name ?? c.companyId]));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(width: number, lang: 'zh' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
    await waitUntilDrawn(page);
    return { context, page };
  }

  for (const { width, lang } of VIEWS) {
    it(`names companies instead of their ids, newest complaints first (${width} px, ${lang})`, async () => {
      const { context, page } = await open(width, lang);
      try {
        const shown = await page
          .locator('#red-list [data-company]')
          .evaluateAll((buttons) => buttons.map((b) => ({ id: b.getAttribute('data-company')!, text: b.textContent })));
        expect(shown.length).toBeGreaterThan(0);
        for (const { id, text } of shown) expect(text).toBe(companies.get(id));
        // Every company in the complaint filter is shown by its registered name.
        const options = await page
          .locator('#complaint-filters select[name="company"] option')
          .evaluateAll((all) => all.map((o) => ({ id: o.getAttribute('value') ?? '', text: o.textContent })));
        const named = options.filter((o) => o.id !== '');
        expect(named.length).toBeGreaterThan(0);
        for (const { id, text } of named) expect(text).toBe(companies.get(id));
        const filed = await page
          .locator('#complaint-list tbody tr td:nth-child(6)')
          .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
        expect([...filed].sort().reverse()).toEqual(filed);
        expect(await page.locator('#as-of-means').textContent()).toBe(
          lang === 'zh'
            ? '日期指该日北京时间 24 时（中国标准时间 UTC+8）时的状态。'
            : 'A date means the state at the end of that day in China Standard Time (UTC+8).',
        );
        // Nothing of the page is wider than the screen: wide tables scroll inside their own box.
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        // No text column is squeezed to one or two characters: each is at least four wide.
        const narrowest = await page.locator('td:not(.num)').evaluateAll((cells) =>
          cells
            .filter((c) => (c.textContent ?? '').trim().length > 2 && c.getBoundingClientRect().width > 0)
            .map(
              (c) =>
                c.getBoundingClientRect().width /
                Number.parseFloat(c.ownerDocument.defaultView!.getComputedStyle(c).fontSize),
            )
            .reduce((least, ems) => Math.min(least, ems), Number.POSITIVE_INFINITY),
        );
        expect(narrowest).toBeGreaterThanOrEqual(4);
      } finally {
        await context.close();
      }
    });

    it(`speaks only its own language (${width} px, ${lang})`, async () => {
      const { context, page } = await open(width, lang);
      try {
        const text = await page.evaluate<string>('document.body.innerText');
        const svgText = await page.locator('svg text').allTextContents();
        const all = `${text}\n${svgText.join('\n')}`;
        expect(all).not.toMatch(/\b\d{4}Q[1-4]\b/);
        expect(await page.locator('#panel-red-black .chart-title').first().textContent()).toBeTruthy();
        if (lang === 'zh') {
          expect(await page.locator('nav').getAttribute('aria-label')).toBe('栏目导航');
          expect(all).toContain('社区+物业+养老');
          expect(all).toMatch(/\d{4}年第[一二三四]季度/);
          expect(all).not.toMatch(/[\u4e00-\u9fff]: /);
          expect(all).not.toMatch(/\b(disbursed|approved|requested)\b/);
          const types = await page.locator('.entries tbody tr td:nth-child(2)').allInnerTexts();
          expect(types.length).toBeGreaterThan(0);
          for (const type of types) expect(type).not.toMatch(/^[A-Z][A-Za-z]+$/);
        } else {
          expect(await page.locator('nav').getAttribute('aria-label')).toBe('Sections');
          // No Chinese unit on an English axis (a project's name, such as 万红花苑, may hold the character).
          expect(svgText.join(' ')).not.toMatch(/\d\s*万/);
          expect(all).toMatch(/\d{4} Q[1-4]/);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('gives a credit file whose eligibility line does not contradict itself', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { context, page } = await open(1280, lang);
      try {
        for (const list of ['#red-list', '#black-list']) {
          await page.locator(`${list} [data-company]`).first().click();
          await page.waitForSelector('#credit-file [data-eligibility="tender"]');
          const tender = (await page.locator('#credit-file [data-eligibility="tender"]').textContent()) ?? '';
          if (lang === 'zh') expect(tender).toMatch(/^(是（\d{4}年第.季度）|否(（暂停至\d{4}年第.季度）)?)$/);
          else expect(tender).toMatch(/^(yes \(in \d{4} Q[1-4]\)|no( \(suspended through \d{4} Q[1-4]\))?)$/);
        }
      } finally {
        await context.close();
      }
    }
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`opens with a banner and marks every panel when the checkpoint fails to verify (${lang})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      try {
        // A checkpoint whose signature line is not a signature: what a tampering server would send.
        await page.route('**/v1/ledger/checkpoint', (route) =>
          route.fulfill({ status: 200, contentType: 'text/plain', body: 'x\n1\nAAAA\n\n— broken\n' }),
        );
        await page.goto(`${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
        await page.waitForSelector('#verify-failed-banner:not([hidden])');
        const banner = (await page.locator('#verify-failed-banner').textContent()) ?? '';
        if (lang === 'zh') {
          expect(banner).toMatch(/^核验失败：下列数据未能得到验证/);
          expect(banner).not.toMatch(/\bthe\b/);
        } else expect(banner).toMatch(/^Verification failed: the figures below could not be verified/);
        expect(await page.evaluate('document.body.dataset.verification')).toBe('failed');
        expect(await page.locator('.panel-head[data-unverified]').count()).toBeGreaterThan(5);
      } finally {
        await context.close();
      }
    });
  }
});
