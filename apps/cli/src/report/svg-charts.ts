/**
 * Charts as inline SVG strings: a report opens and prints with no network and no script.
 * Every text is escaped; sizes are in CSS pixels and scale with the page.
 */
import { escapeHtml } from './html.ts';

/** One bar: its label and value. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const PALETTE = ['#b71c1c', '#c62828', '#d84315', '#ef6c00', '#f9a825', '#558b2f', '#00838f', '#1565c0', '#4527a0'];

/** A horizontal bar chart, largest first as given; values written at the bar ends. */
export function horizontalBars(bars: readonly Bar[], options: { title: string; width?: number }): string {
  const width = options.width ?? 640;
  const row = 20;
  const labelWidth = 190;
  const chartWidth = width - labelWidth - 60;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * row + 10;
  const rows = bars.map((bar, i) => {
    const y = i * row + 5;
    const w = Math.max(1, Math.round((bar.value / max) * chartWidth));
    return [
      `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end" font-size="12">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 6}" fill="${PALETTE[i % PALETTE.length]}"/>`,
      `<text x="${labelWidth + w + 4}" y="${y + 14}" font-size="11">${bar.value.toLocaleString('en-US')}</text>`,
    ].join('');
  });
  return svg(width, height, options.title, rows.join(''));
}

/** A column chart over an ordered axis (months, checkpoint sizes), labels under the columns. */
export function columns(bars: readonly Bar[], options: { title: string; width?: number; height?: number }): string {
  const width = options.width ?? 640;
  const height = options.height ?? 200;
  const bottom = 36;
  const top = 16;
  const left = 50;
  const plotHeight = height - bottom - top;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - left - 10) / Math.max(1, bars.length);
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="#555"/>`,
    `<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10">${max.toLocaleString('en-US')}</text>`,
    `<text x="${left - 4}" y="${top + plotHeight}" text-anchor="end" font-size="10">0</text>`,
  ];
  bars.forEach((bar, i) => {
    const h = Math.round((bar.value / max) * plotHeight);
    const x = left + i * slot + slot * 0.15;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${top + plotHeight - h}" width="${(slot * 0.7).toFixed(1)}" height="${h}" fill="#b71c1c"/>`,
    );
    if (i % labelEvery === 0) {
      parts.push(
        `<text x="${(x + slot * 0.35).toFixed(1)}" y="${top + plotHeight + 14}" text-anchor="middle" font-size="10">${escapeHtml(bar.label)}</text>`,
      );
    }
  });
  return svg(width, height, options.title, parts.join(''));
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeHtml(title)}</title>${body}</svg>`;
}
