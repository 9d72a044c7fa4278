/**
 * Every figure proven before it shows as verified, in a real browser over the demo ledger:
 * the honest page shows every claimed figure of every panel verified against the signed state;
 * a proxy that alters one figure of one panel's answer makes exactly that figure of that panel
 * show as not verified (struck through, the reason in Chinese) and the banner name the panel
 * and the figure; an older checkpoint served beside the newer figures fails them all.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeStateReason } from '../src/verify/state-reasons.ts';
import { HAS_CHROMIUM, launchBrowser } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

const PANELS = ['overview', 'red-black', 'complaints', 'votes', 'funds', 'public-income', 'joint-meetings', 'notices'];

// biome-ignore lint/suspicious/noExplicitAny: a test proxy edits answers of every shape
type Json = any;

/** A panel, the answer a proxy alters for it, and the name of the figure that must then fail. */
interface Tampering {
  readonly panel: string;
  readonly title: string;
  readonly path: string;
  readonly query?: string;
  readonly figure: string;
  edit(answer: Json): void;
}

const TAMPERINGS: readonly Tampering[] = [
  {
    panel: 'overview',
    title: '总览',
    path: '/v1/coverage',
    figure: '物业管理区域',
    edit: (a) => {
      a.managementAreas += 1;
    },
  },
  {
    panel: 'red-black',
    title: '物业服务质量红黑榜',
    path: '/v1/red-black-lists/',
    figure: '红榜 · ',
    edit: (a) => {
      a.list.red[0].score -= 1;
    },
  },
  {
    panel: 'complaints',
    title: '投诉报修',
    path: '/v1/complaint-statistics',
    figure: '受理',
    edit: (a) => {
      a.total.filed += 1;
    },
  },
  {
    panel: 'complaints',
    title: '投诉报修',
    path: '/v1/complaint-statistics',
    figure: '按类别 · ',
    edit: (a) => {
      a.byCategory[0].overdue += 1;
    },
  },
  {
    panel: 'complaints',
    title: '投诉报修',
    path: '/v1/complaint-statistics',
    figure: '平均满意度',
    edit: (a) => {
      a.total.averageSatisfaction = Math.round((a.total.averageSatisfaction + 0.01) * 100) / 100;
    },
  },
  {
    panel: 'votes',
    title: '业主大会表决',
    path: '/v1/votes',
    figure: ' · 通过',
    edit: (a) => {
      a.votes[0].passed = !a.votes[0].passed;
    },
  },
  {
    panel: 'funds',
    title: '住宅专项维修资金',
    path: '/v1/funds',
    figure: ' · 余额',
    edit: (a) => {
      a.funds[0].balanceFen += 1;
    },
  },
  {
    panel: 'public-income',
    title: '公共收益',
    path: '/v1/public-income',
    figure: ' · 收入合计',
    edit: (a) => {
      a.communities[0].totalIncomeFen += 1;
    },
  },
  {
    panel: 'joint-meetings',
    title: '四方联席会议',
    path: '/v1/joint-meetings',
    figure: '未完成决议',
    edit: (a) => {
      a.openResolutions += 1;
    },
  },
  {
    panel: 'notices',
    title: '公示公告',
    path: '/v1/notices',
    query: 'all=true',
    figure: '',
    edit: (a) => {
      const latest = [...a.notices].sort((x: Json, y: Json) => y.disclosureFrom.localeCompare(x.disclosureFrom))[0];
      latest.title = `${latest.title}!`;
    },
  },
];

describe.skipIf(!HAS_CHROMIUM)(
  'figures proven in the browser (skipped: no /usr/bin/chromium)',
  { timeout: 240_000 },
  () => {
    let server: DemoServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    }, 480_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    afterEach(async () => {
      await context.close();
    });

    async function open(prepare?: (context: BrowserContext) => Promise<unknown>): Promise<void> {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await prepare?.(context);
      page = await context.newPage();
      errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/`);
      await page.waitForSelector('body[data-figures="checked"]', { timeout: 180_000 });
    }

    /** Per panel: how many claimed figures verified and failed, and the failed ones' names and reasons. */
    function marks(): Promise<Record<string, { ok: number; failed: { figure: string; reason: string }[] }>> {
      return page.evaluate((panels) => {
        const out: Record<string, { ok: number; failed: { figure: string; reason: string }[] }> = {};
        for (const id of panels) {
          const section = (
            globalThis as unknown as { document: { getElementById(id: string): Json } }
          ).document.getElementById(`panel-${id}`);
          out[id] = {
            ok: section.querySelectorAll('[data-figure-verify="ok"]').length,
            failed: [...section.querySelectorAll('[data-figure-verify="failed"]')].map((e: Json) => ({
              figure: e.dataset.verifyFigure,
              reason: e.dataset.verifyReason,
            })),
          };
        }
        return out;
      }, PANELS);
    }

    it('shows every claimed figure of every panel verified on the honest page, with no banner', async () => {
      await open();
      const seen = await marks();
      for (const id of PANELS) {
        expect(seen[id]!.failed, id).toEqual([]);
        expect(seen[id]!.ok, id).toBeGreaterThan(0);
      }
      expect(await page.locator('#verify-failed-banner').isHidden()).toBe(true);
      expect(await page.locator('[data-figure-verify="pending"]').count()).toBe(0);
      const size = await page.locator('#panel-overview .ledger-size').getAttribute('data-size');
      expect(await page.locator('#panel-overview .figures-status').textContent()).toContain(`账本规模 ${size}`);
      expect(errors).toEqual([]);
    });

    for (const tampering of TAMPERINGS) {
      it(`marks the one altered figure (${tampering.figure || 'the latest notice'}) of the ${tampering.panel} panel not verified and names it in the banner`, async () => {
        await open((ctx) =>
          ctx.route(
            (url) =>
              (url.pathname === tampering.path ||
                (tampering.path.endsWith('/') && url.pathname.startsWith(tampering.path))) &&
              (tampering.query === undefined || url.search.includes(tampering.query)),
            async (route: Route) => {
              const response = await route.fetch();
              const answer = (await response.json()) as Json;
              tampering.edit(answer);
              await route.fulfill({ response, json: answer });
            },
          ),
        );
        const seen = await marks();
        const failed = seen[tampering.panel]!.failed;
        expect(failed).toHaveLength(1);
        expect(failed[0]!.figure).toContain(tampering.figure);
        expect(failed[0]!.reason).toBe(describeStateReason('record', 'zh'));
        for (const id of PANELS.filter((p) => p !== tampering.panel)) expect(seen[id]!.failed, id).toEqual([]);
        const struck = page.locator(`#panel-${tampering.panel} [data-figure-verify="failed"]`);
        expect(await struck.evaluate((e) => (globalThis as Json).getComputedStyle(e).textDecorationLine)).toBe(
          'line-through',
        );
        expect(await struck.getAttribute('data-figure-reason')).toBe(`未核验：${describeStateReason('record', 'zh')}`);
        await page.waitForSelector('#verify-failed-banner:not([hidden])');
        expect(await page.locator('#verify-failed-banner').textContent()).toContain(
          `“${tampering.title}”栏目的“${failed[0]!.figure}”未通过核验：${describeStateReason('record', 'zh')}`,
        );
      });
    }

    it('shows a past date at the last signed state on or before it, saying which, with every figure verified', async () => {
      const { sizes } = (await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] };
      // A date between two signed states, so the page has to step back to the earlier one.
      const probe = async (date: string) =>
        (await (await fetch(`${server.url}/v1/state/signed?asOf=${date}`)).json()) as {
          asked: number;
          signed: { asOf: { size: number }; recordedAt: string } | null;
        };
      // The demo signs at the end of each quarter: a mid-quarter date falls between two signatures
      // (a late one, when every record the overview claims already exists).
      let date = '';
      let signed: Awaited<ReturnType<typeof probe>> | undefined;
      for (const candidate of ['2024-08-15', '2024-11-15', '2024-05-15']) {
        signed = await probe(candidate);
        if (signed.signed !== null && signed.signed.asOf.size < signed.asked) {
          date = candidate;
          break;
        }
      }
      expect(date, 'a date between two signed states').not.toBe('');
      if (!signed?.signed) throw new Error('unreachable: checked above');
      expect(sizes).toContain(signed.signed.asOf.size);
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/?asOf=${date}`);
      await page.waitForSelector('body[data-figures="checked"]', { timeout: 180_000 });
      const seen = await marks();
      for (const id of PANELS) {
        expect(seen[id]!.failed, id).toEqual([]);
        expect(seen[id]!.ok, id).toBeGreaterThan(0);
        expect(await page.locator(`#panel-${id} .ledger-size`).getAttribute('data-size'), id).toBe(
          String(signed.signed.asOf.size),
        );
      }
      const status = page.locator('#as-of-status');
      expect(await status.getAttribute('data-size')).toBe(String(signed.signed.asOf.size));
      expect(await status.textContent()).toContain(
        `${date} 当日或之前最后一次签名的状态：账本规模 ${signed.signed.asOf.size}`,
      );
      expect(await page.locator('#verify-failed-banner').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    });

    it('verifies the empty figures of records that did not exist yet at the first signed state', async () => {
      const { sizes } = (await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] };
      const first = sizes.find((s) => s > 1)!;
      // No management area and no committee yet at the first signed state: their totals are no records.
      const asked = (await (
        await fetch(`${server.url}/v1/state/proofs?record=coverage/totals&record=committees/totals&asOf=${first - 1}`)
      ).json()) as { missing: string[]; absent: { proofs: unknown[] } | null };
      expect(asked.missing).toEqual(['coverage/totals', 'committees/totals']);
      expect(asked.absent?.proofs).toHaveLength(2);
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/?asOf=${first - 1}`);
      await page.waitForSelector('body[data-figures="checked"]', { timeout: 180_000 });
      const seen = await marks();
      for (const id of PANELS) expect(seen[id]!.failed, id).toEqual([]);
      expect(seen.overview!.ok).toBeGreaterThan(0);
      expect(await page.locator('#verify-failed-banner').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    });

    it('never shows as verified the figures of a date before anything was signed', async () => {
      const { sizes } = (await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] };
      // The state just before the first signed one: no signed state on or before it.
      const index = sizes.find((s) => s > 1)! - 2;
      const signed = (await (await fetch(`${server.url}/v1/state/signed?asOf=${index}`)).json()) as {
        signed: unknown;
      };
      expect(signed.signed).toBeNull();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/?asOf=${index}`);
      await page.waitForSelector('body[data-figures="checked"]', { timeout: 180_000 });
      const seen = await marks();
      for (const id of PANELS) expect(seen[id]!.ok, id).toBe(0);
      expect(await page.locator('#as-of-status').textContent()).toBe(
        `${index} 当日或之前没有签名的状态：以下数字无法核验`,
      );
      await page.waitForSelector('#verify-failed-banner:not([hidden])');
      expect(errors).toEqual([]);
    });

    it('fails every figure when an older checkpoint is served beside the newer figures', async () => {
      const { sizes } = (await (await fetch(`${server.url}/v1/ledger/checkpoints`)).json()) as { sizes: number[] };
      const older = await (await fetch(`${server.url}/v1/ledger/checkpoint?size=${sizes[sizes.length - 2]}`)).text();
      await open((ctx) =>
        ctx.route(
          (url) => url.pathname === '/v1/ledger/checkpoint' && url.search === '',
          (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: older }),
        ),
      );
      const seen = await marks();
      for (const id of PANELS) {
        expect(seen[id]!.ok, id).toBe(0);
        expect(seen[id]!.failed.length, id).toBeGreaterThan(0);
        expect(new Set(seen[id]!.failed.map((f) => f.reason)), id).toEqual(
          new Set([describeStateReason('otherSize', 'zh')]),
        );
      }
      await page.waitForSelector('#verify-failed-banner:not([hidden])');
    });
  },
);
