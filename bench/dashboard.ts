/**
 * The public dashboard's budget, measured with the real browser (Debian's Chromium through
 * playwright-core) on the demo ledger served by `govledger serve` from localhost:
 * - all JavaScript the page loads, compressed: at most 300 kB, measured twice — the build's
 *   files gzipped, and what Chromium with a fresh profile received on the wire (brotli or gzip
 *   as the server chose, from the twins the build made);
 * - first render with data (navigation start to the overview's figures on screen, as the
 *   page marks it; cold browser cache, warm server): at most 1 s. Beside it, in the same
 *   run, the floor: the same browser loading a bare asset and fetching the same endpoints;
 * - per-figure verification (every panel checks each figure against the signed state, with one
 *   proofs request per URL-sized batch): first render with it and, in the same run, with the
 *   proofs requests refused (the page then draws as it would without checking); what the
 *   overview's proofs add after its figures are on screen (goal: at most 100 ms at the
 *   median); and when every figure of every panel is checked.
 * The machine's load average is printed with the figures: on a shared machine it dominates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HAS_CHROMIUM, launchBrowser, waitUntilDrawn } from '../apps/dashboard/test/support/browser.ts';
import { DIST_DIR, ensureDashboardBuilt } from '../apps/dashboard/test/support/build-dashboard.ts';
import { startDemoServer } from '../apps/dashboard/test/support/demo-server.ts';
import type { BenchRow } from './table.ts';

const JS_BUDGET_BYTES = 300 * 1024;
const FIRST_RENDER_BUDGET_MS = 1000;
const RUNS = Number(process.env.GOVLEDGER_BENCH_DASHBOARD_RUNS ?? 7);
const PROOFS_BUDGET_MS = 100;
/** Requests a minute one client may make by default (`govledger serve --rate-limit`). */
const DEFAULT_RATE_LIMIT = 600;

/** The page's marks `names`, from navigation start, in ms. */
function marksOf(page: Awaited<ReturnType<Browser['newPage']>>, names: readonly string[]): Promise<number[]> {
  return page.evaluate(
    `${JSON.stringify(names)}.map((name) => performance.getEntriesByName(name)[0].startTime)`,
  ) as Promise<number[]>;
}

/** The endpoints the overview draws from, fetched by the floor measurement. */
const FIRST_ENDPOINTS = ['/v1/coverage', '/v1/pilots', '/v1/party-building'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The JavaScript of the dashboard page in the current build: the scripts index.html names and
 * every chunk they import, transitively (not the receipt page's own bundle, nor the previous
 * build's assets the build keeps beside the new ones), gzipped.
 */
function javascriptGzipBytes(): number {
  const assets = join(DIST_DIR, 'assets');
  const chunk = /[\w.-]+\.js(?=["'])/g;
  const seen = new Set<string>();
  const queue = [...readFileSync(join(DIST_DIR, 'index.html'), 'utf8').matchAll(/\/assets\/([\w.-]+\.js)/g)].map(
    (m) => m[1]!,
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(assets, file))) continue;
    seen.add(file);
    queue.push(
      ...(readFileSync(join(assets, file), 'utf8').match(chunk) ?? []).map((name) => name.replace(/^.*\//, '')),
    );
  }
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
}

/** The browser the benchmark drives (Chromium through playwright-core). */
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * The JavaScript a visitor with a fresh profile downloads, as Chromium received it: the encoded
 * body sizes of every script response (after the server's brotli or gzip), which encodings
 * the server chose, and how many requests the visit made until every figure was checked (each
 * counts against the read API's per-client rate limit, `serve --rate-limit`, 600 a minute).
 */
async function javascriptOnTheWire(
  browser: Browser,
  url: string,
): Promise<{ bytes: number; encodings: string[]; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  const encodings = new Set<string>();
  let requests = 0;
  page.on('request', () => {
    requests++;
  });
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    sizes.push(
      request.sizes().then(async (size) => {
        const response = await request.response();
        const encoding = response ? await response.headerValue('content-encoding') : null;
        if (encoding) encodings.add(encoding);
        return size.responseBodySize;
      }),
    );
  });
  await page.goto(`${url}/`);
  await waitUntilDrawn(page);
  await page.waitForSelector('body[data-figures="checked"]', { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
  await context.close();
  return { bytes, encodings: [...encodings], requests };
}

/** Runs the dashboard benchmark rows. */
export async function benchDashboard(): Promise<BenchRow[]> {
  await ensureDashboardBuilt();
  const jsBytes = javascriptGzipBytes();
  const rows: BenchRow[] = [
    {
      name: 'dashboard JavaScript, gzipped',
      ours: `${(jsBytes / 1024).toFixed(1)} kB`,
      limit: `${JS_BUDGET_BYTES / 1024} kB budget`,
      ratio: (jsBytes / JS_BUDGET_BYTES).toFixed(2),
      goal: '<= 300 kB',
    },
  ];
  if (!HAS_CHROMIUM) {
    rows.push({
      name: 'dashboard first render',
      ours: 'skipped',
      limit: 'no /usr/bin/chromium',
      ratio: '-',
      goal: '<= 1 s',
    });
    return rows;
  }
  const server = await startDemoServer();
  const browser = await launchBrowser();
  try {
    // Warm the server once (its projections catch up on the first request), as a reader's visit finds it.
    const warm = await browser.newPage();
    await warm.goto(`${server.url}/`);
    await waitUntilDrawn(warm);
    // … and its record proofs catch up on the first proofs request.
    await warm.waitForSelector('body[data-figures="checked"]', { timeout: 120_000 });
    await warm.close();
    const wire = await javascriptOnTheWire(browser, server.url);
    rows.push({
      name: `dashboard JavaScript on the wire, fresh profile (${wire.encodings.join(', ') || 'no encoding'})`,
      ours: `${(wire.bytes / 1024).toFixed(1)} kB`,
      limit: `${JS_BUDGET_BYTES / 1024} kB budget`,
      ratio: (wire.bytes / JS_BUDGET_BYTES).toFixed(2),
      goal: '<= 300 kB',
    });
    rows.push({
      name: 'requests of one visit until every figure is checked, fresh profile',
      ours: `${wire.requests}`,
      limit: `${DEFAULT_RATE_LIMIT} a minute per client (serve's default rate limit)`,
      ratio: (wire.requests / DEFAULT_RATE_LIMIT).toFixed(2),
      goal: '<= 0.5 (two visits a minute from one address)',
    });
    const firstRender: number[] = [];
    const allPanels: number[] = [];
    const proofsAdd: number[] = [];
    const allVerified: number[] = [];
    const unverifiedFirst: number[] = [];
    const unverifiedAll: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await waitUntilDrawn(page);
      await page.waitForSelector('body[data-figures="checked"]', { timeout: 120_000 });
      // The page marks when each panel's figures reached the screen and were checked, from navigation start.
      const [overview, all, overviewChecked, allChecked] = await marksOf(page, [
        'govledger:drawn:overview',
        'govledger:drawn:all',
        'govledger:verified:overview',
        'govledger:verified:all',
      ]);
      firstRender.push(overview!);
      allPanels.push(all!);
      proofsAdd.push(overviewChecked! - overview!);
      allVerified.push(allChecked!);
      await context.close();

      // The same page with its proofs requests refused: drawing as without per-figure checks.
      const refusing = await browser.newContext();
      await refusing.route('**/v1/state/proofs?*', (route) => route.abort());
      const unchecked = await refusing.newPage();
      await unchecked.goto(`${server.url}/`);
      await waitUntilDrawn(unchecked);
      const [plainOverview, plainAll] = await marksOf(unchecked, ['govledger:drawn:overview', 'govledger:drawn:all']);
      unverifiedFirst.push(plainOverview!);
      unverifiedAll.push(plainAll!);
      await refusing.close();

      const bare = await browser.newContext();
      const probe = await bare.newPage();
      // The floor: from navigation start, a bare asset of the same server, then the overview's endpoints fetched.
      await probe.goto(`${server.url}/assets/${readdirSync(join(DIST_DIR, 'assets')).find((f) => f.endsWith('.svg'))}`);
      floor.push(
        await probe.evaluate(async (paths) => {
          await Promise.all(paths.map(async (path) => (await fetch(path)).text()));
          return performance.now();
        }, FIRST_ENDPOINTS),
      );
      await bare.close();
    }
    const ms = median(firstRender);
    rows.push(
      {
        name: `dashboard first render with data (median of ${RUNS}, load ${loadavg()[0]!.toFixed(1)})`,
        ours: `${ms.toFixed(0)} ms`,
        limit: `${median(floor).toFixed(0)} ms fetch floor`,
        ratio: (ms / FIRST_RENDER_BUDGET_MS).toFixed(2),
        goal: '<= 1,000 ms',
      },
      {
        name: 'dashboard first render, proofs refused (no per-figure checks)',
        ours: `${median(unverifiedFirst).toFixed(0)} ms`,
        limit: `${median(floor).toFixed(0)} ms fetch floor`,
        ratio: (median(unverifiedFirst) / FIRST_RENDER_BUDGET_MS).toFixed(2),
        goal: '<= 1,000 ms',
      },
      {
        name: "overview figures' proofs checked, after they are on screen",
        ours: `${median(proofsAdd).toFixed(0)} ms`,
        limit: `${PROOFS_BUDGET_MS} ms budget`,
        ratio: (median(proofsAdd) / PROOFS_BUDGET_MS).toFixed(2),
        goal: '<= 100 ms',
      },
      {
        name: 'dashboard, every panel drawn',
        ours: `${median(allPanels).toFixed(0)} ms`,
        limit: `${median(unverifiedAll).toFixed(0)} ms with proofs refused`,
        ratio: (median(allPanels) / median(unverifiedAll)).toFixed(2),
        goal: '(informational)',
      },
      {
        name: 'dashboard, every figure of every panel checked',
        ours: `${median(allVerified).toFixed(0)} ms`,
        limit: `${median(floor).toFixed(0)} ms fetch floor`,
        ratio: '-',
        goal: '(informational)',
      },
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
