/**
 * The ledger entries behind a record (one stream of the public API), each with a button
 * that checks it in the browser. Entries a public reader cannot fetch as raw leaves —
 * secret ballots and events holding sealed personal fields — say so instead.
 */
import { h, table } from './dom.ts';
import { dateTime } from './format.ts';
import { getJson, withQuery } from './http.ts';
import { eventName } from './event-names.ts';
import { failureReason } from './failure-reasons.ts';
import { t } from './i18n.ts';
import { fill, type PanelContext } from './panel.ts';

/** One event as the public stream endpoint serves it. */
interface PublicEvent {
  readonly index: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>> | null;
  readonly withheld: string | null;
}

function holdsErasedField(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsErasedField);
  const record = value as Record<string, unknown>;
  if (record.erased === true && typeof record.subject === 'string') return true;
  return Object.values(record).some(holdsErasedField);
}

/** True when the public may fetch the event's raw leaf (see the reader's leaf route). */
export function leafIsPublic(event: Pick<PublicEvent, 'data' | 'withheld'>): boolean {
  return event.withheld === null && !holdsErasedField(event.data);
}

/** A button that checks entry `event` and shows the outcome beside it. */
export function verifyButton(
  ctx: PanelContext,
  event: Pick<PublicEvent, 'index' | 'streamId' | 'eventId' | 'type'>,
): HTMLElement {
  const result = h('span', { class: 'verify-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'verify-button', 'data-index': event.index }, t('verifyEvent'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = t('verifyEventRunning');
    result.dataset.verify = 'running';
    const outcome = await ctx.verifier.checkEntry(event);
    result.textContent = outcome.ok ? outcome.value : t('verifyEventFailed', { reason: failureReason(outcome.reason) });
    result.dataset.verify = outcome.ok ? 'ok' : 'failed';
    button.disabled = false;
  });
  return h('span', { class: 'verify-cell' }, button, ' ', result);
}

/**
 * The entries of stream `streamId` recorded up to the ledger size `size` (the state shown),
 * optionally only those of `types`, loaded into a box that fills itself.
 */
export function entriesOf(ctx: PanelContext, streamId: string, size: number, types?: readonly string[]): HTMLElement {
  const box = h('div', { class: 'entries', 'data-stream': streamId }, h('p', { class: 'muted' }, t('loading')));
  void (async () => {
    try {
      const page = await getJson<{ events: PublicEvent[] }>(
        withQuery(`/v1/streams/${encodeURIComponent(streamId)}/events`, { limit: 500 }),
      );
      const events = page.events.filter((e) => e.index < size && (!types || types.includes(e.type)));
      fill(
        box,
        table(
          t('entriesTitle'),
          [
            { header: t('entryIndex'), cell: (e: PublicEvent) => e.index, numeric: true },
            { header: t('entryType'), cell: (e) => eventName(e.type) },
            { header: t('entryTime'), cell: (e) => dateTime(e.recordedAt) },
            {
              header: t('entryCheck'),
              cell: (e) => (leafIsPublic(e) ? verifyButton(ctx, e) : h('span', { class: 'muted' }, t('entryWithheld'))),
            },
          ],
          events,
        ),
      );
    } catch (error) {
      fill(
        box,
        h('p', { class: 'error' }, t('loadFailed', { reason: error instanceof Error ? error.message : String(error) })),
      );
    }
  })();
  return box;
}
