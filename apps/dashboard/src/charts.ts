/**
 * Charts with ECharts, SVG renderer (set up in echarts-setup.ts with only the charts drawn
 * here), loaded after the page's figures and tables so they never wait for it.
 * Tooltips render as rich text inside the SVG: no HTML strings, nothing the page's
 * Content-Security-Policy would refuse. Every chart sits above a table of its exact figures.
 */
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';
import { h } from './dom.ts';

/** ECharts (its own chunk), fetched once the first panel with a chart is on screen. */
let engine: Promise<typeof import('./echarts-setup.ts')> | null = null;

/** The options of the charts this page draws. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

const live = new Set<ECharts>();
const pending = new WeakMap<HTMLElement, ChartOption>();

/** Colours: red for the red list and approval, slate for the rest, black for the black list. */
export const COLOURS = {
  red: '#c0392b',
  black: '#222222',
  blue: '#2c6fbb',
  green: '#2e8b57',
  amber: '#d4880f',
  grey: '#8a8f98',
} as const;

/**
 * A chart box labelled `label` (for screen readers; the table below holds the figures) that
 * {@link drawCharts} draws with `option` once the box is in the document.
 */
export function chart(label: string, option: ChartOption, size: 'small' | 'medium' | 'tall' = 'medium'): HTMLElement {
  const box = h('div', { class: `chart chart-${size}`, role: 'img', 'aria-label': label });
  pending.set(box, option);
  // The title is shown above the chart as well as read out: a chart without one is a puzzle.
  return h('figure', { class: 'chart-figure' }, h('figcaption', { class: 'chart-title' }, label), box);
}

/**
 * Draws every chart box under `root` not drawn yet, once ECharts has loaded (it measures its
 * box, so only boxes in the document are drawn). Resolves when they are drawn.
 */
export async function drawCharts(root: Element): Promise<void> {
  const boxes = [...root.querySelectorAll<HTMLElement>('.chart')].filter((box) => pending.has(box));
  if (boxes.length === 0) return;
  engine ??= import('./echarts-setup.ts');
  const { init } = await engine;
  for (const box of boxes) {
    const option = pending.get(box);
    if (!option || !box.isConnected) continue;
    pending.delete(box);
    const instance = init(box, null, { renderer: 'svg' });
    const fitted = withPieLabelsInside(option, box.clientWidth);
    instance.setOption({
      aria: { enabled: true, label: { description: box.getAttribute('aria-label') ?? '' } },
      animation: false,
      textStyle: { fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif' },
      ...fitted,
      tooltip: fitted.tooltip ?? { trigger: 'axis', renderMode: 'richText' },
    });
    live.add(instance);
  }
}

/** The widest a pie label may be: a fifth of its box (a phone's box leaves about 70 px a side). */
const PIE_LABEL_SHARE = 0.21;

/**
 * `option` with every pie's labels kept inside a box `width` px wide: labels sit at the box's
 * edges (joined to their slices by lines) and break into lines no wider than a fifth of the
 * box, so on a phone no label runs off the box and vanishes, and none reaches the legend below.
 */
export function withPieLabelsInside(option: ChartOption, width: number): ChartOption {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  if (!series.some((s) => s.type === 'pie') || width <= 0) return option;
  const labelWidth = Math.floor(width * PIE_LABEL_SHARE);
  return {
    ...option,
    series: series.map((s) =>
      s.type !== 'pie'
        ? s
        : {
            ...s,
            label: {
              ...s.label,
              alignTo: 'edge',
              edgeDistance: 4,
              overflow: 'break',
              width: labelWidth,
            },
            labelLine: { length: 8, length2: 0, ...s.labelLine },
          },
    ),
  };
}

/** Disposes every chart inside `root` (before its panel redraws). */
export function disposeCharts(root: Element): void {
  for (const instance of live) {
    if (root.contains(instance.getDom())) {
      instance.dispose();
      live.delete(instance);
    }
  }
}

/** Resizes every live chart to its box (after the window changes width). */
export function resizeCharts(): void {
  for (const instance of live) instance.resize();
}
