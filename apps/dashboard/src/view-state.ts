/**
 * What the page shows, mirrored in its URL so a view can be shared: `?asOf=` (a date, an
 * ISO time or a ledger index, exactly as the read API takes it) and `?lang=en`.
 */
import type { Language } from './i18n.ts';

/** The view a URL names. */
export interface ViewState {
  /** The moment every panel shows, or null for the latest state. */
  readonly asOf: string | null;
  readonly lang: Language;
}

/** The read API's `asOf` forms: a 0-based index, a date, or an ISO-8601 UTC time. */
const AS_OF = /^(0|[1-9][0-9]{0,14}|[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.]+Z)?)$/;

/** The view named by a query string (an unusable `asOf` is ignored). */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return { asOf: asOf && AS_OF.test(asOf) ? asOf : null, lang: params.get('lang') === 'en' ? 'en' : 'zh' };
}

/** The query string naming `state` (empty for the default view). */
export function searchOf(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.lang === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `?${text}` : '';
}
