/**
 * A panel of the page: a titled section filled from read-API endpoints, naming the ledger
 * size its figures were computed at. Panels redraw whenever the view (date, language) changes.
 */
import { disposeCharts, drawCharts } from './charts.ts';
import { h, replace } from './dom.ts';
import { withQuery } from './http.ts';
import { type Key, t } from './i18n.ts';
import { type CheckpointSource, PanelFigures } from './verify/figures.ts';
import type { EntryVerifier } from './verify/panel.ts';

/** The `asOf` point every state answer starts with. */
export interface LedgerPoint {
  readonly size: number;
  readonly root: string;
}

/** What a panel is given to draw itself. */
export interface PanelContext {
  /** The moment shown, as the read API takes it, or null for the latest state. */
  readonly asOf: string | null;
  /** A state endpoint's path with `asOf` and `params` added. */
  state(path: string, params?: Readonly<Record<string, string | number | boolean | null | undefined>>): string;
  /** Checks ledger entries in the browser. */
  readonly verifier: EntryVerifier;
  /** False once the view changed and this drawing is stale. */
  readonly current: () => boolean;
  /** The signed checkpoints figures are checked against. */
  readonly checkpoints: CheckpointSource;
  /** The figures of the panel being drawn: each is claimed as drawn and checked once drawn. */
  readonly figures: PanelFigures;
}

/** What every panel of one view shares (each panel gets its own `figures`). */
export type SharedContext = Omit<PanelContext, 'figures'>;

/** A panel: its id, title, and how it fills its body, returning the ledger point of its data. */
export interface Panel {
  readonly id: string;
  readonly title: Key;
  render(body: HTMLElement, ctx: PanelContext): Promise<LedgerPoint>;
}

/** Replaces the content of `container`, disposing the charts it held and drawing the new ones. */
export function fill(container: HTMLElement, ...children: Parameters<typeof replace>[1][]): void {
  disposeCharts(container);
  replace(container, ...children);
  void drawCharts(container);
}

/** A panel context for `asOf`. */
export function contextFor(
  asOf: string | null,
  verifier: EntryVerifier & CheckpointSource,
  current: () => boolean,
): SharedContext {
  return {
    asOf,
    state: (path, params = {}) => withQuery(path, { ...params, asOf }),
    verifier,
    current,
    checkpoints: verifier,
  };
}

/** The section element of `panel` (empty until drawn). */
export function panelSection(panel: Panel): HTMLElement {
  return h(
    'section',
    { id: `panel-${panel.id}`, class: 'panel', 'aria-labelledby': `panel-${panel.id}-title` },
    h(
      'header',
      { class: 'panel-head' },
      h('h2', { id: `panel-${panel.id}-title` }, t(panel.title)),
      h('p', { class: 'ledger-size' }),
      h('p', { class: 'figures-status', 'aria-live': 'polite' }),
    ),
    h('div', { class: 'panel-body' }),
  );
}

/** Says in the panel's head how many of its figures verified, at which ledger size. */
function showFigureCounts(status: HTMLElement, figures: PanelFigures, size: number): void {
  const { verified, failed } = figures.counts;
  status.dataset.figuresStatus = failed > 0 ? 'failed' : 'ok';
  status.textContent =
    failed > 0 ? t('figuresFailedCount', { failed, verified, size }) : t('figuresVerifiedCount', { verified, size });
}

/**
 * Checks the figures `panel` claimed against the signed state of the size they were computed
 * at, and says the outcome in its head (see verify/figures.ts).
 */
async function checkFigures(panel: Panel, section: HTMLElement, ctx: PanelContext, size: number): Promise<void> {
  const status = section.querySelector<HTMLElement>('.figures-status')!;
  status.dataset.figuresStatus = 'running';
  status.textContent = t('figuresChecking');
  await ctx.figures.verify(size, ctx.asOf, ctx.checkpoints);
  if (!ctx.current()) return;
  showFigureCounts(status, ctx.figures, size);
  performance.mark(`govledger:verified:${panel.id}`);
}

/**
 * Draws `panel` into its `section`; a failure shows in the panel, never as an exception.
 * Resolves once drawn, with `checked`: the check of the figures drawn, which goes on after.
 */
export async function drawPanel(
  panel: Panel,
  section: HTMLElement,
  shared: SharedContext,
): Promise<{ readonly checked: Promise<void> }> {
  const ctx: PanelContext = { ...shared, figures: new PanelFigures(() => t(panel.title)) };
  const body = section.querySelector<HTMLElement>('.panel-body')!;
  const size = section.querySelector<HTMLElement>('.ledger-size')!;
  const status = section.querySelector<HTMLElement>('.figures-status')!;
  section.querySelector('h2')!.textContent = t(panel.title);
  section.setAttribute('aria-busy', 'true');
  status.textContent = '';
  delete status.dataset.figuresStatus;
  let checked: Promise<void> = Promise.resolve();
  try {
    const staging = h('div', { class: 'panel-body' });
    const point = await panel.render(staging, ctx);
    if (!ctx.current()) return { checked };
    disposeCharts(body);
    body.replaceWith(staging);
    size.textContent = t('computedAt', { size: point.size });
    size.dataset.size = String(point.size);
    size.title = `root ${point.root}`;
    // When this panel's figures reached the screen, for the budget measured in bench/.
    performance.mark(`govledger:drawn:${panel.id}`);
    checked = checkFigures(panel, section, ctx, point.size);
    await drawCharts(staging);
  } catch (error) {
    if (!ctx.current()) return { checked };
    fill(
      body,
      h(
        'p',
        { class: 'error', role: 'alert' },
        t('loadFailed', { reason: error instanceof Error ? error.message : String(error) }),
      ),
    );
  } finally {
    if (ctx.current()) section.removeAttribute('aria-busy');
  }
  return { checked };
}
