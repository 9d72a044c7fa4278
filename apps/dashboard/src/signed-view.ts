/**
 * A past view stands at the last signed state on or before its date. State notes are signed
 * at write sizes only, so the ledger size a date falls on almost never has one, and figures
 * computed there could never be proven. The page asks the read API for the newest size at or
 * before the date with a signed checkpoint and state note (`/v1/state/signed`), and draws
 * every panel at that size, saying which size and time it shows and why. When nothing was
 * signed before the date, the page draws the date itself and its figures fail as unproven:
 * what nobody signed is never shown as verified.
 */
import { dateTime } from './format.ts';
import { getJson } from './http.ts';
import { t } from './i18n.ts';

/** The body of `GET /v1/state/signed`. */
interface SignedState {
  readonly asked: number;
  readonly signed: {
    readonly asOf: { readonly size: number; readonly root: string };
    readonly recordedAt: string;
  } | null;
}

/** Where a view's panels stand and what the page says about it. */
export interface PinnedView {
  /** The `asOf` every state answer is asked at (an entry index when pinned), or null for the latest. */
  readonly asOf: string | null;
  /** The ledger size the view was pinned to, or null when not pinned. */
  readonly size: number | null;
  /** What the page says the view shows. */
  readonly status: string;
}

/** The point the view of `asOf` (as in the URL) is drawn at. */
export async function pinView(asOf: string | null): Promise<PinnedView> {
  if (asOf === null) return { asOf: null, size: null, status: t('asOfLatest') };
  let signed: SignedState['signed'] = null;
  try {
    ({ signed } = await getJson<SignedState>(`/v1/state/signed?asOf=${encodeURIComponent(asOf)}`));
  } catch {
    // The API could not say: drawn as below, unproven.
  }
  // Nothing signed before the date: the date as asked, whose figures then fail their checks
  // rather than pass unproven.
  if (signed === null) return { asOf, size: null, status: t('asOfUnsigned', { date: asOf }) };
  return {
    asOf: String(signed.asOf.size - 1),
    size: signed.asOf.size,
    status: t('asOfPinned', { date: asOf, size: signed.asOf.size, time: dateTime(signed.recordedAt) }),
  };
}
