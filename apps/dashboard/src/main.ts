/**
 * The public dashboard: the governance record of the read API as a web page. It reads only
 * the public read API on its own origin, draws every panel as of the moment in the URL
 * (`?asOf=`), speaks Chinese by default (`?lang=en` for English), and checks the log's
 * proofs in the browser.
 */
import './style.css';
import { resizeCharts } from './charts.ts';
import { h, replace } from './dom.ts';
import { setLanguage, t } from './i18n.ts';
import { ensureNames } from './names.ts';
import { clearFailure, failureBanner } from './failure-banner.ts';
import { contextFor, drawPanel, type Panel, panelSection } from './panel.ts';
import { complaintsPanel } from './panels/complaints.ts';
import { fundsPanel } from './panels/funds.ts';
import { jointMeetingsPanel } from './panels/joint-meetings.ts';
import { noticesPanel } from './panels/notices.ts';
import { overviewPanel } from './panels/overview.ts';
import { publicIncomePanel } from './panels/public-income.ts';
import { redBlackPanel } from './panels/red-black.ts';
import { votesPanel } from './panels/votes.ts';
import { pinView } from './signed-view.ts';
import { BrowserVerifier } from './verify/panel.ts';
import { readViewState, searchOf, type ViewState } from './view-state.ts';

const PANELS: readonly Panel[] = [
  overviewPanel,
  redBlackPanel,
  complaintsPanel,
  votesPanel,
  fundsPanel,
  publicIncomePanel,
  jointMeetingsPanel,
  noticesPanel,
];

const verifier = new BrowserVerifier(window.localStorage);
const sections = PANELS.map(panelSection);
const header = h('header', { class: 'page-head' });
const nav = h('nav', { class: 'panels-nav' });
const footer = h('footer', { class: 'page-foot' });
let generation = 0;

/** Goes to the view `state`, recording it in the URL so it can be shared. */
function navigate(state: ViewState): void {
  history.pushState(null, '', searchOf(state) || location.pathname);
  void render();
}

function drawHeader(state: ViewState): void {
  const input = h('input', {
    type: 'date',
    id: 'as-of',
    name: 'asOf',
    value: state.asOf && /^\d{4}-\d{2}-\d{2}$/.test(state.asOf) ? state.asOf : '',
  });
  input.addEventListener('change', () => navigate({ ...state, asOf: input.value || null }));
  const latest = h('button', { type: 'button', id: 'as-of-latest', disabled: state.asOf === null }, t('asOfNow'));
  latest.addEventListener('click', () => navigate({ ...state, asOf: null }));
  const other = state.lang === 'zh' ? 'en' : 'zh';
  const language = h(
    'a',
    {
      href: searchOf({ ...state, lang: other }) || location.pathname,
      id: 'language',
      hreflang: other === 'zh' ? 'zh-CN' : 'en',
    },
    t('switchLanguage'),
  );
  language.addEventListener('click', (event) => {
    event.preventDefault();
    navigate({ ...state, lang: other });
  });
  replace(
    header,
    h('div', { class: 'title-row' }, h('h1', {}, t('title')), language),
    h('p', { class: 'subtitle' }, t('subtitle')),
    h(
      'div',
      { class: 'time-travel' },
      h('label', { for: 'as-of' }, t('asOfLabel')),
      input,
      latest,
      h(
        'span',
        { id: 'as-of-status', 'aria-live': 'polite' },
        state.asOf ? t('asOfShowing', { date: state.asOf }) : t('asOfLatest'),
      ),
      h('small', { id: 'as-of-means', class: 'muted' }, t('asOfDateMeans')),
    ),
  );
  nav.setAttribute('aria-label', t('panelsNav'));
  replace(
    nav,
    PANELS.map((p) => h('a', { href: `#panel-${p.id}` }, t(p.title))),
  );
  replace(footer, t('footer', { api: '/openapi.json' }), ' ', h('a', { href: '/docs' }, '/docs'));
}

/** Draws every panel for the view in the URL; a newer view makes an older drawing stop. */
async function render(): Promise<void> {
  const state = readViewState(location.search);
  const mine = ++generation;
  setLanguage(state.lang);
  document.title = t('title');
  drawHeader(state);
  verifier.relabel();
  clearFailure(banner);
  document.body.dataset.state = 'loading';
  // A past date is drawn at the last signed state on or before it (see signed-view.ts).
  const view = await pinView(state.asOf);
  if (mine !== generation) return;
  const status = document.getElementById('as-of-status')!;
  status.textContent = view.status;
  if (view.size === null) delete status.dataset.size;
  else status.dataset.size = String(view.size);
  const ctx = contextFor(view.asOf, verifier, () => mine === generation);
  // The overview first: it is what a reader sees first, and the server answers it unhurried.
  // Names load beside it; the other panels show names, so they wait for them.
  const names = ensureNames();
  delete document.body.dataset.figures;
  const first = await drawPanel(PANELS[0]!, sections[0]!, ctx);
  void verifier.start();
  await names;
  const rest = await Promise.all(PANELS.slice(1).map((panel, i) => drawPanel(panel, sections[i + 1]!, ctx)));
  if (mine === generation) {
    performance.mark('govledger:drawn:all');
    document.body.dataset.state = 'ready';
    document.body.dataset.asOf = state.asOf ?? '';
  }
  // Every figure checked against the signed state (or marked failed): said once all are done.
  await Promise.all([first, ...rest].map((drawn) => drawn.checked));
  if (mine === generation) {
    performance.mark('govledger:verified:all');
    document.body.dataset.figures = 'checked';
  }
}

const main = h('main', {}, verifier.section, ...sections);
const banner = failureBanner(main);
document.body.replaceChildren(banner, header, nav, main, footer);
window.addEventListener('popstate', () => void render());
let resizing = 0;
window.addEventListener('resize', () => {
  window.clearTimeout(resizing);
  resizing = window.setTimeout(resizeCharts, 150);
});
void render();
