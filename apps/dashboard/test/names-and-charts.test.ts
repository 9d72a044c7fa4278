/**
 * Names and chart geometry, in a real browser over the demo ledger, at a desktop (1280 px) and
 * a phone (390 px) width, in both languages:
 * - the complaints panel and its filters name communities by the registry's names, and the
 *   red-black chart's bars carry project names, never ids;
 * - the votes chart's threshold labels ("> 1/2", "≥ 2/3") overlap no bar, no bar's percentage,
 *   no axis label and each other;
 * - every slice of the overview pie keeps its label inside the chart, clear of the legend and
 *   of the other labels, and with no community covered no pie of equal empty slices is drawn;
 * - the red-black chart's threshold labels ("红榜 90", "黑榜 60") are whole inside the chart;
 * - no two texts of the complaints chart overlap (its legend once covered the right axis's name).
 * Geometry is read from the SVG the chart renderer draws (each text's box on the page).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, waitUntilDrawn } from './support/browser.ts';
import { type DemoServer, startDemoServer } from './support/demo-server.ts';

const VIEWS = [
  { width: 1280, lang: 'zh' },
  { width: 390, lang: 'zh' },
  { width: 1280, lang: 'en' },
  { width: 390, lang: 'en' },
] as const;

interface Box {
  readonly text: string;
  /** The SVG transform of the text: the lines of one label share it. */
  readonly group: string;
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.right - 0.5 && b.x < a.right - 0.5 && a.y < b.bottom - 0.5 && b.y < a.bottom - 0.5;
}

/** The boxes of the texts (or the bars, by fill colour) of the chart SVG under `selector`. */
async function boxesIn(page: Page, selector: string, what: 'text' | 'bars'): Promise<Box[]> {
  const boxes = await page.locator(`${selector} .chart svg ${what === 'text' ? 'text' : 'path'}`).evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return {
        text: n.textContent ?? '',
        fill: n.getAttribute('fill') ?? '',
        group: n.getAttribute('transform') ?? '',
        x: r.x,
        y: r.y,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );
  return what === 'text' ? boxes : boxes.filter((b) => BAR_FILLS.includes(b.fill));
}

/** The fills of the votes chart's bars: met (green) and not met (red). */
const BAR_FILLS = ['#2e8b57', '#c0392b'];

async function svgBox(page: Page, selector: string): Promise<Box> {
  const [box] = await page.locator(`${selector} .chart svg`).evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { text: '', group: '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );
  return box!;
}

describe.skipIf(!HAS_CHROMIUM)('names and charts (skipped: no /usr/bin/chromium)', { timeout: 300_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let registry: Map<string, string>;
  let modeValues: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const answer = (await (await fetch(`${server.url}/v1/registry`)).json()) as {
      entries: { id: string; name: string }[];
    };
    registry = new Map(answer.entries.map((e) => [e.id, e.name]));
    const coverage = (await (await fetch(`${server.url}/v1/coverage`)).json()) as {
      byMode: { covered: number }[];
    };
    modeValues = coverage.byMode.filter((m) => m.covered > 0).map((m) => String(m.covered));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(width: number, lang: 'zh' | 'en'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
    await waitUntilDrawn(page);
    await page.locator('#panel-overview .chart svg').waitFor();
    await page.locator('#panel-votes .chart svg').waitFor();
    await page.locator('#panel-red-black .chart svg').waitFor();
    return page;
  }

  it('draws no pie of equal empty slices when no community is covered yet, and says so', async () => {
    // An early ledger size, before any coverage was recorded (the page shows it unverified).
    let index = 0;
    for (const candidate of [2, 5, 10, 20]) {
      const early = (await (await fetch(`${server.url}/v1/coverage?asOf=${candidate}`)).json()) as {
        byMode: { covered: number }[];
      };
      if (early.byMode.length > 0 && early.byMode.every((m) => m.covered === 0)) index = candidate;
    }
    expect(index, 'an early size with every mode at 0').toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${server.url}/?asOf=${index}`);
      await waitUntilDrawn(page, String(index));
      await page.locator('#no-coverage').waitFor();
      expect(await page.locator('#panel-overview .chart svg').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  for (const { width, lang } of VIEWS) {
    it(`names communities in the complaints panel and its filters, and projects on the score bars (${width} px, ${lang})`, async () => {
      const page = await open(width, lang);
      try {
        const options = await page
          .locator('#complaint-filters select[name="community"] option')
          .evaluateAll((all) => all.map((o) => ({ id: o.getAttribute('value') ?? '', text: o.textContent ?? '' })));
        const named = options.filter((o) => o.id !== '');
        expect(named.length).toBeGreaterThan(5);
        for (const { id, text } of named) expect(text, id).toBe(registry.get(id));
        const names = new Set(registry.values());
        const cells = await page
          .locator('#complaint-list tbody tr td:nth-child(2)')
          .evaluateAll((all) => all.map((c) => c.textContent ?? ''));
        expect(cells.length).toBeGreaterThan(0);
        for (const cell of cells) expect(names.has(cell), cell).toBe(true);
        const bars = (await boxesIn(page, '#panel-red-black', 'text')).map((b) => b.text);
        const projects = bars.filter((text) => names.has(text));
        expect(projects.length).toBeGreaterThan(3);
        for (const text of bars) expect(registry.has(text), `${text} is an id`).toBe(false);
      } finally {
        await page.close();
      }
    });

    it(`keeps the votes chart's threshold labels clear of the bars, their percentages and each other (${width} px, ${lang})`, async () => {
      const page = await open(width, lang);
      try {
        const texts = await boxesIn(page, '#panel-votes', 'text');
        const thresholds = texts.filter((b) => /^[>≥]\s?\d\/\d$/.test(b.text.trim()));
        const percentages = texts.filter((b) => /^\d+\.\d%$/.test(b.text.trim()));
        const axis = texts.filter((b) => /^\d+%$/.test(b.text.trim()));
        const bars = await boxesIn(page, '#panel-votes', 'bars');
        expect(thresholds.length).toBeGreaterThan(0);
        expect(percentages.length).toBeGreaterThan(0);
        expect(bars.length).toBeGreaterThan(0);
        for (const label of thresholds) {
          for (const other of [...bars, ...percentages, ...axis])
            expect(overlaps(label, other), `${label.text} overlaps ${other.text || 'a bar'}`).toBe(false);
          for (const other of thresholds)
            if (other !== label) expect(overlaps(label, other), `${label.text} overlaps ${other.text}`).toBe(false);
        }
      } finally {
        await page.close();
      }
    });

    it(`keeps every pie label inside the chart, clear of the legend and of each other (${width} px, ${lang})`, async () => {
      const page = await open(width, lang);
      try {
        const chart = await svgBox(page, '#panel-overview');
        const texts = await boxesIn(page, '#panel-overview', 'text');
        // The legend is the bottom row of the chart; everything above it is a slice's label.
        const legendTop = Math.max(...texts.map((b) => b.y)) - 2;
        const legend = texts.filter((b) => b.y >= legendTop);
        const labels = texts.filter((b) => b.y < legendTop);
        // Every slice's value is shown: no label vanished.
        for (const value of modeValues)
          expect(
            labels.map((b) => b.text.trim()),
            value,
          ).toContain(value);
        for (const label of labels) {
          expect(label.x, `${label.text} runs off the left`).toBeGreaterThanOrEqual(Math.max(chart.x, 0) - 0.5);
          expect(label.right, `${label.text} runs off the right`).toBeLessThanOrEqual(
            Math.min(chart.right, width) + 0.5,
          );
          for (const item of legend) expect(overlaps(label, item), `${label.text} overlaps the legend`).toBe(false);
        }
        // Lines of one label stack; labels of different slices never overlap.
        for (const a of labels)
          for (const b of labels)
            if (a.group !== b.group) expect(overlaps(a, b), `${a.text} overlaps ${b.text}`).toBe(false);
      } finally {
        await page.close();
      }
    });

    it(`keeps the red-black chart's threshold labels whole inside the chart (${width} px, ${lang})`, async () => {
      const page = await open(width, lang);
      try {
        const chart = await svgBox(page, '#panel-red-black');
        const texts = await boxesIn(page, '#panel-red-black', 'text');
        const thresholds = texts.filter((b) => /^(红榜|黑榜|Red list|Black list) \d+$/.test(b.text.trim()));
        expect(thresholds.map((b) => b.text.replace(/\d+$/, '').trim()).sort()).toEqual(
          lang === 'zh' ? ['红榜', '黑榜'].sort() : ['Black list', 'Red list'],
        );
        for (const label of thresholds) {
          expect(label.x, `${label.text} is cut on the left`).toBeGreaterThanOrEqual(chart.x - 0.5);
          expect(label.right, `${label.text} is cut on the right`).toBeLessThanOrEqual(chart.right + 0.5);
          expect(label.y, `${label.text} is cut at the top`).toBeGreaterThanOrEqual(chart.y - 0.5);
          expect(label.bottom, `${label.text} is cut at the bottom`).toBeLessThanOrEqual(chart.bottom + 0.5);
        }
      } finally {
        await page.close();
      }
    });

    it(`keeps every text of the complaints chart clear of the others, the legend of the axis names (${width} px, ${lang})`, async () => {
      const page = await open(width, lang);
      try {
        await page.locator('#panel-complaints .chart svg').first().waitFor();
        const texts = (await boxesIn(page, '#panel-complaints', 'text')).filter((b) => b.text.trim() !== '');
        expect(texts.length).toBeGreaterThan(5);
        for (const a of texts)
          for (const b of texts)
            if (a !== b && a.group !== b.group) expect(overlaps(a, b), `${a.text} overlaps ${b.text}`).toBe(false);
      } finally {
        await page.close();
      }
    });
  }
});
