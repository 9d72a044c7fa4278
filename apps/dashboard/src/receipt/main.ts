/**
 * The ballot receipt page (`/receipt.html`, `?lang=en` for English): an owner pastes or loads
 * the receipt their client gave them and the page checks it in the browser from public
 * answers only (see check-receipt.ts). Nothing of the receipt is sent anywhere: the page asks
 * the read API only for the checkpoint, the inclusion proofs of the entries it names and the
 * vote's public ballot box.
 */
import '../style.css';
import { h, replace } from '../dom.ts';
import { setLanguage, t } from '../i18n.ts';
import { readViewState, searchOf } from '../view-state.ts';
import { checkReceipt, type ReceiptVerdict } from './check-receipt.ts';

const state = readViewState(location.search);
setLanguage(state.lang);
document.title = t('receiptTitle');

const text = h('textarea', { id: 'receipt-text', name: 'receipt', rows: 10, spellcheck: false });
const file = h('input', { type: 'file', id: 'receipt-file', accept: 'application/json,.json' });
const check = h('button', { type: 'button', id: 'receipt-check' }, t('receiptCheck'));
const result = h('section', { id: 'receipt-result', 'aria-live': 'polite' });

function verdictLines(verdict: ReceiptVerdict): string[] {
  switch (verdict.kind) {
    case 'recorded':
      return [t('receiptRecorded', { index: verdict.index, size: verdict.size }), t(`receipt.${verdict.status}`)];
    case 'not-recorded':
      return [t('receiptNotRecorded', { reason: t(`receipt.why.${verdict.reason}`), detail: verdict.detail })];
    case 'unchecked':
      return [t('receiptUnchecked', { detail: verdict.detail })];
  }
}

async function run(): Promise<void> {
  check.disabled = true;
  result.dataset.verdict = 'checking';
  replace(result, h('p', {}, t('receiptChecking')));
  const verdict = await checkReceipt(text.value);
  result.dataset.verdict = verdict.kind === 'recorded' ? verdict.status : verdict.kind;
  replace(
    result,
    verdictLines(verdict).map((line) => h('p', {}, line)),
  );
  check.disabled = false;
}

check.addEventListener('click', () => void run());
file.addEventListener('change', () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  void chosen.text().then((loaded) => {
    text.value = loaded;
    void run();
  });
});

const other = state.lang === 'zh' ? 'en' : 'zh';
document.body.replaceChildren(
  h(
    'header',
    { class: 'page-head' },
    h(
      'div',
      { class: 'title-row' },
      h('h1', {}, t('receiptTitle')),
      h('a', { href: `/receipt.html${searchOf({ asOf: null, lang: other })}`, id: 'language' }, t('switchLanguage')),
    ),
    h('p', { class: 'subtitle' }, t('receiptIntro')),
    h('p', { class: 'muted' }, t('receiptPrivate')),
  ),
  h(
    'main',
    {},
    h(
      'section',
      { class: 'panel', id: 'receipt-form' },
      h('label', { for: 'receipt-text' }, t('receiptPaste')),
      text,
      h('label', { for: 'receipt-file' }, t('receiptLoad')),
      file,
      h('div', {}, check),
    ),
    result,
  ),
  h(
    'footer',
    { class: 'page-foot' },
    h('a', { href: `/${searchOf({ asOf: null, lang: state.lang })}` }, t('receiptBack')),
  ),
);
document.body.dataset.state = 'ready';
