/**
 * A failed verification cannot be missed: as soon as any check in the page ends failed (an
 * element marked `data-verify="failed"`, the marker every check's result carries), a banner
 * opens the page saying the figures below are not verified, with the reason in the page's
 * language, and every panel is marked as unverified (body `data-verification="failed"`; the
 * stylesheet outlines and dims each panel). A figure that failed its check against the signed
 * state (verify/figures.ts) is named in the banner with its panel and reason.
 */
import { h } from './dom.ts';
import { failureReason } from './failure-reasons.ts';
import { t } from './i18n.ts';

/** The reason in a failed line ("检查点核验失败：the …" → "the …"), or the whole text. */
function reasonIn(text: string): string {
  const at = Math.max(text.lastIndexOf('：'), text.lastIndexOf(': '));
  return at < 0 ? text : text.slice(at + (text[at] === '：' ? 1 : 2)).trim();
}

/** Shows the banner and marks the panels for the first failed check in `root`, if any. */
export function showFailure(root: HTMLElement, banner: HTMLElement): boolean {
  const failed = root.querySelector<HTMLElement>('[data-verify="failed"]');
  if (!failed) return false;
  document.body.dataset.verification = 'failed';
  banner.hidden = false;
  const figure = failed.dataset.verifyFigure;
  // A figure names its panel, itself and why (already in the page's language); a check names its reason.
  const reason =
    figure === undefined
      ? failureReason(reasonIn(failed.textContent ?? ''))
      : t('figureFailedBanner', {
          panel: failed.dataset.verifyPanel ?? '',
          figure,
          reason: failed.dataset.verifyReason ?? '',
        });
  banner.replaceChildren(h('strong', {}, t('verifyFailedBanner')), ' ', h('span', { class: 'reason' }, reason));
  for (const head of root.querySelectorAll<HTMLElement>('.panel-head'))
    head.dataset.unverified = t('figuresUnverified');
  return true;
}

/** Clears the marks (a new view of the page starts unjudged). */
export function clearFailure(banner: HTMLElement): void {
  delete document.body.dataset.verification;
  banner.hidden = true;
  banner.replaceChildren();
}

/** The banner element, watching `root` for failed checks from now on. */
export function failureBanner(root: HTMLElement): HTMLElement {
  const banner = h('div', { class: 'verify-failed-banner', id: 'verify-failed-banner', role: 'alert', hidden: true });
  const observer = new MutationObserver(() => {
    if (document.body.dataset.verification !== 'failed') showFailure(root, banner);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-verify'] });
  return banner;
}
