/**
 * The dashboard in a real browser over the demo ledger served by `govledger serve`: every
 * panel shows the demo history's figures, the date control redraws every panel with what
 * the API returns as of that date, no personal data appears in the page or in anything it
 * fetched, and no panel logs a console error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, type PageRecord, recordPage, waitUntilDrawn } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';
import { personalValuesOf } from './support/personal-values.ts';

const PANELS = ['overview', 'red-black', 'complaints', 'votes', 'funds', 'public-income', 'joint-meetings', 'notices'];

describe.skipIf(!HAS_CHROMIUM)(
  'the dashboard in Chromium (skipped: no /usr/bin/chromium)',
  { timeout: 180_000 },
  () => {
    let server: DemoServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let record: PageRecord;

    const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`).textContent();
    /** The point the page draws a date at: the last signed state on or before it (the date itself when none). */
    const pinned = async (date: string): Promise<string> => {
      const answer = await api<{ signed: { asOf: { size: number } } | null }>(`/v1/state/signed?asOf=${date}`);
      return answer.signed ? String(answer.signed.asOf.size - 1) : date;
    };
    const sizes = () =>
      page.locator('.panel .ledger-size').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-size')));

    beforeAll(async () => {
      [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    afterEach(async () => {
      await context.close();
      expect(record.errors, 'console errors, page errors or CSP violations').toEqual([]);
    });

    async function open(path: string): Promise<void> {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      record = recordPage(page);
      await page.goto(`${server.url}${path}`);
    }

    it('shows the demo history in every panel, each naming the ledger size it was computed at', async () => {
      await open('/');
      await waitUntilDrawn(page);
      const { size } = await api<{ size: number }>('/v1/ledger');
      expect(await sizes()).toEqual(PANELS.map(() => String(size)));
      expect(await figure('managementAreas')).toBe('104');
      expect(await figure('oldCommunities')).toBe('363');
      expect(await figure('coverageRate')).toBe('100%');
      expect(await figure('pilotProjects')).toBe('40');
      expect(await figure('provincialSites')).toBe('3');
      expect(await figure('suzhouSites')).toBe('8');
      expect(await figure('partyCompanies')).toBe('16');
      expect(await figure('partyMembers')).toBe('304');
      const stats = await api<{ total: { filed: number; open: number; overdue: number } }>('/v1/complaint-statistics');
      expect(await figure('complaintsFiled')).toBe(stats.total.filed.toLocaleString('zh-CN'));
      expect(await figure('complaintsOverdue')).toBe(String(stats.total.overdue));
      // Charts are drawn as SVG, each above the table of its figures.
      for (const panel of [
        'overview',
        'red-black',
        'complaints',
        'votes',
        'funds',
        'public-income',
        'joint-meetings',
      ]) {
        expect(await page.locator(`#panel-${panel} .chart svg`).count(), panel).toBeGreaterThan(0);
        expect(await page.locator(`#panel-${panel} table`).count(), panel).toBeGreaterThan(0);
      }
      const lists = await api<{ lists: { quarter: string; redCount: number; blackCount: number }[] }>(
        '/v1/red-black-lists',
      );
      const latest = lists.lists.at(-1)!;
      expect(await page.locator('#red-list tbody tr').count()).toBe(latest.redCount);
      expect(await page.locator('#black-list tbody tr').count()).toBe(latest.blackCount);
      const votes = await api<{ votes: unknown[] }>('/v1/votes');
      expect(await page.locator('#votes-list tbody tr').count()).toBe(votes.votes.length);
      expect(await page.locator('#vote-checks tbody tr').count()).toBe(4);
      expect(await page.locator('#fund-disbursements tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('#complaint-list tbody tr').count()).toBe(20);
    });

    it('opens a company credit file from the red-black list, and pages and filters complaints', async () => {
      await open('/?lang=en');
      await waitUntilDrawn(page);
      await page.locator('#black-list [data-company]').first().click();
      await page.waitForSelector('#credit-file h3');
      expect(await page.locator('#credit-file h3').textContent()).toMatch(/^Credit file of /);
      expect(await page.locator('#credit-file [data-eligibility="tender"]').textContent()).toMatch(
        /^(yes \(in \d{4} Q[1-4]\)|no( \(suspended through \d{4} Q[1-4]\))?)$/,
      );
      const firstPage = await page.locator('#complaint-list tbody tr td:first-child').allInnerTexts();
      await page.locator('[data-action="next-page"]').click();
      await expect
        .poll(
          async () =>
            (await page.locator('#complaint-list tbody tr td:first-child').first().textContent()) !== firstPage[0],
        )
        .toBe(true);
      const secondPage = await page.locator('#complaint-list tbody tr td:first-child').allInnerTexts();
      expect(secondPage).toHaveLength(20);
      expect(secondPage.some((id) => firstPage.includes(id))).toBe(false);
      const overdue = await api<{ total: number }>('/v1/complaints?overdue=true&limit=1');
      await page.locator('#complaint-filters input[name="overdue"]').check();
      await page.locator('#complaint-filters button[type="submit"]').click();
      await page.waitForSelector(`#complaint-results [data-total="${overdue.total}"]`);
    });

    it('redraws every panel at the last signed state on or before the date chosen, mirrored in the URL, with what the API returns there', async () => {
      await open('/');
      await waitUntilDrawn(page);
      await page.locator('#as-of').fill('2023-06-30');
      await page.locator('#as-of').dispatchEvent('change');
      await waitUntilDrawn(page, '2023-06-30');
      expect(new URL(page.url()).searchParams.get('asOf')).toBe('2023-06-30');
      const at = await pinned('2023-06-30');
      const coverage = await api<{ asOf: { size: number }; managementAreas: number; covered: number }>(
        `/v1/coverage?asOf=${at}`,
      );
      expect(await sizes()).toEqual(PANELS.map(() => String(coverage.asOf.size)));
      expect(await figure('managementAreas')).toBe(String(coverage.managementAreas));
      const party = await api<{ partyMembersCovered: number }>(`/v1/party-building?asOf=${at}`);
      expect(await figure('partyMembers')).toBe(String(party.partyMembersCovered));
      const stats = await api<{ total: { filed: number } }>(`/v1/complaint-statistics?asOf=${at}`);
      expect(await figure('complaintsFiled')).toBe(stats.total.filed.toLocaleString('zh-CN'));
      const lists = await api<{ lists: { quarter: string }[] }>(`/v1/red-black-lists?asOf=${at}`);
      expect(await page.locator('#quarter-select').inputValue()).toBe(lists.lists.at(-1)!.quarter);
      const votes = await api<{ votes: unknown[] }>(`/v1/votes?asOf=${at}`);
      expect(await page.locator('#votes-list tbody tr').count()).toBe(votes.votes.length);

      // A shared URL opens the same view; the latest button goes back.
      await page.goto(`${server.url}/?asOf=2022-03-31`);
      await waitUntilDrawn(page, '2022-03-31');
      const early = await api<{ asOf: { size: number }; managementAreas: number }>(
        `/v1/coverage?asOf=${await pinned('2022-03-31')}`,
      );
      expect(await sizes()).toEqual(PANELS.map(() => String(early.asOf.size)));
      expect(await figure('managementAreas')).toBe(String(early.managementAreas));
      await page.locator('#as-of-latest').click();
      await waitUntilDrawn(page);
      expect(await figure('managementAreas')).toBe('104');
    });

    it('shows and fetches no name, phone number or ID number, in either language', async () => {
      const personal = await personalValuesOf(server.db);
      expect(personal.size).toBeGreaterThan(100);
      const texts: string[] = [];
      const rendered: string[] = [];
      const responses: PageRecord['responses'] = [];
      for (const lang of ['', '?lang=en']) {
        await open(`/${lang}`);
        await waitUntilDrawn(page);
        await page.locator('#black-list [data-company]').first().click();
        await page.waitForSelector('#credit-file h3');
        await page.locator('[data-action="next-page"]').click();
        await page.locator('#votes-list [data-vote]').first().click();
        await page.locator('#panel-joint-meetings details > summary').first().click();
        await page.locator('#meetings-list [data-meeting]').first().click();
        await page.waitForSelector('#meeting-resolutions');
        await page.locator('#panel-verify [data-verify="ok"]').first().waitFor();
        await page.waitForLoadState('networkidle');
        // Rendered text (cells apart) for the patterns; all text, hidden parts included, for the values.
        rendered.push(await page.evaluate<string>('document.body.innerText'));
        texts.push((await page.locator('body').textContent()) ?? '');
        responses.push(...record.responses);
        if (lang === '') {
          expect(record.errors).toEqual([]);
          await context.close();
        }
      }
      expect(responses.length).toBeGreaterThan(20);
      for (const value of personal) {
        for (const text of texts) expect(text.includes(value), `page text shows ${value}`).toBe(false);
        for (const response of responses)
          expect(response.body.includes(value), `${response.url} carries ${value}`).toBe(false);
      }
      for (const text of rendered) {
        expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
        expect(text).not.toMatch(/(?<!\d)\d{17}[\dX](?!\d)/);
      }
    });
  },
);
