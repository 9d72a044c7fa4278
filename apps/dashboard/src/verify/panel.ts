/**
 * The "verify in your browser" section: on load it verifies the latest checkpoint's
 * signature and, against the checkpoint remembered from the last visit, that the record
 * only grew; then any entry a reader clicks is checked against that verified checkpoint.
 * Results are plain sentences, marked (`data-verify`) as ok or failed.
 */
import { h, replace } from '../dom.ts';
import { t } from '../i18n.ts';
import {
  checkEvent,
  checkGrowth,
  checkLatestCheckpoint,
  type ExpectedEvent,
  rememberable,
  type VerifiedHead,
} from './checks.ts';
import type { CheckpointSource } from './figures.ts';
import { recallCheckpoint, rememberCheckpoint } from './memory.ts';
import { type Checkpoint, openCheckpoint } from './note.ts';
import { failed, type Outcome } from './outcome.ts';
import { getJson, getText } from '../http.ts';

/** Checks entries in the browser against the verified checkpoint. */
export interface EntryVerifier {
  /** Verifies one entry; the outcome's text is what the reader sees. */
  checkEntry(expected: ExpectedEvent): Promise<Outcome<string>>;
}

function line(state: 'ok' | 'failed' | 'running', text: string): HTMLElement {
  return h('p', { 'data-verify': state, class: `verify-${state}` }, text);
}

/** The verify section and its verifier. */
export class BrowserVerifier implements EntryVerifier, CheckpointSource {
  readonly section: HTMLElement;
  private readonly status: HTMLElement;
  private readonly growth: HTMLElement;
  private readonly last: HTMLElement;
  private head: Promise<Outcome<VerifiedHead>> | null = null;
  private readonly past = new Map<number, Promise<Checkpoint | null>>();

  constructor(private readonly storage: Storage) {
    this.status = h('div', { id: 'verify-checkpoint', 'aria-live': 'polite' });
    this.growth = h('div', { id: 'verify-growth', 'aria-live': 'polite' });
    this.last = h('div', { id: 'verify-last', 'aria-live': 'polite' });
    this.section = h(
      'section',
      { id: 'panel-verify', class: 'panel verify', 'aria-labelledby': 'panel-verify-title' },
      h('h2', { id: 'panel-verify-title' }),
      h('p', { class: 'intro' }),
      this.status,
      this.growth,
      this.last,
    );
  }

  /** Writes the section's fixed words in the current language. */
  relabel(): void {
    this.section.querySelector('h2')!.textContent = t('verifyTitle');
    this.section.querySelector('.intro')!.textContent = t('verifyIntro');
  }

  /** Verifies the latest checkpoint and the growth since the last visit (once per page load). */
  start(): Promise<Outcome<VerifiedHead>> {
    if (this.head) return this.head;
    replace(this.status, line('running', t('verifyChecking')));
    this.head = this.run();
    return this.head;
  }

  private async run(): Promise<Outcome<VerifiedHead>> {
    const head = await checkLatestCheckpoint();
    if (!head.ok) {
      replace(this.status, line('failed', t('verifyCheckpointFailed', { reason: head.reason })));
      return head;
    }
    const { checkpoint, key } = head.value;
    replace(
      this.status,
      line('ok', t('verifyCheckpointOk', { size: checkpoint.size, key: `${key.name}+${key.keyIdHex}` })),
    );
    const growth = await checkGrowth(recallCheckpoint(this.storage), head.value);
    if (!growth.ok) {
      replace(this.growth, line('failed', t('verifyGrowthFailed', { reason: growth.reason })));
      return head;
    }
    rememberCheckpoint(this.storage, rememberable(head.value));
    const g = growth.value;
    replace(
      this.growth,
      line(
        'ok',
        g.kind === 'first-visit'
          ? t('verifyFirstVisit')
          : g.kind === 'unchanged'
            ? t('verifyUnchanged', { size: checkpoint.size })
            : t('verifyGrew', { from: g.from, to: g.to }),
      ),
    );
    return head;
  }

  async checkEntry(expected: ExpectedEvent): Promise<Outcome<string>> {
    const head = await this.start();
    const outcome: Outcome<string> = !head.ok
      ? failed(t('verifyNoCheckpoint'))
      : await checkEvent(expected, head.value.checkpoint).then((r) =>
          r.ok ? { ok: true as const, value: t('verifyEventOk', { size: r.value.size }) } : r,
        );
    const result = outcome.ok ? outcome.value : t('verifyEventFailed', { reason: outcome.reason });
    replace(
      this.last,
      line(outcome.ok ? 'ok' : 'failed', t('verifyLastEvent', { index: expected.index, type: expected.type, result })),
    );
    return outcome;
  }

  /**
   * The checkpoint figures computed at ledger `size` must stand at: the verified latest one
   * when `size` is its size; for a past view (`asOf` set) the stored checkpoint of that size,
   * opened with the verified key. Figures of the latest view at any other size fail: an older
   * checkpoint served beside newer figures (or the reverse) proves nothing about them.
   */
  async checkpointFor(size: number, asOf: string | null): ReturnType<CheckpointSource['checkpointFor']> {
    const head = await this.start();
    if (!head.ok) return { ok: false, reason: 'noCheckpoint' };
    const { checkpoint, key } = head.value;
    if (size === checkpoint.size) return { ok: true, checkpoint, key };
    if (asOf === null || size > checkpoint.size) return { ok: false, reason: 'otherSize' };
    let past = this.past.get(size);
    if (!past) {
      // Only a size a checkpoint was stored at is asked for (the list first: no 404 to log).
      past = getJson<{ sizes: number[] }>('/v1/ledger/checkpoints')
        .then(({ sizes }) => (sizes.includes(size) ? getText(`/v1/ledger/checkpoint?size=${size}`) : null))
        .then((note) => (note === null ? failed('no checkpoint of that size') : openCheckpoint(note, key)))
        .then((opened) =>
          opened.ok && opened.value.size === size && opened.value.origin === checkpoint.origin ? opened.value : null,
        )
        .catch(() => null);
      this.past.set(size, past);
    }
    const opened = await past;
    return opened ? { ok: true, checkpoint: opened, key } : { ok: false, reason: 'noCheckpoint' };
  }
}
