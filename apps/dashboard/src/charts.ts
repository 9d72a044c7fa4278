/**
 * Charts with ECharts, SVG renderer, importing only the chart types and components drawn
 * here (bar, line, pie; grid, tooltip, legend, mark lines, aria) so the bundle stays small.
 * Tooltips render as rich text inside the SVG: no HTML strings, nothing the page's
 * Content-Security-Policy would refuse. Every chart sits above a table of its exact figures.
 */
import {
  BarChart,
  type BarSeriesOption,
  LineChart,
  type LineSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom.ts';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

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
  return box;
}

/** Draws every chart box under `root` not drawn yet (ECharts measures its box, so after it is attached). */
export function drawCharts(root: Element): void {
  for (const box of root.querySelectorAll<HTMLElement>('.chart')) {
    const option = pending.get(box);
    if (!option || !box.isConnected) continue;
    pending.delete(box);
    const instance = init(box, null, { renderer: 'svg' });
    instance.setOption({
      aria: { enabled: true, label: { description: box.getAttribute('aria-label') ?? '' } },
      animation: false,
      textStyle: { fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif' },
      ...option,
      tooltip: option.tooltip ?? { trigger: 'axis', renderMode: 'richText' },
    });
    live.add(instance);
  }
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
