/**
 * Every figure a panel shows is checked before it is shown as verified. A panel claims each
 * figure as it draws it: the element, its name, the public record that commits it
 * (`<model>/<key>`, docs/audit.md) and how the record's field reads. Once drawn, the panel asks
 * the read API for all its records' proofs in one request (`/v1/state/proofs`), opens the state
 * note once (signed by the published key, naming the checkpoint the page verified, at the
 * size the panel's figures were computed at), walks each proof to the state root, and
 * compares each figure with its proven record. Each element ends marked
 * `data-figure-verify="ok"` or `"failed"` (struck through, with the reason in the page's
 * language beside it, and `data-verify="failed"`, which raises the page's failure banner naming the
 * panel and the figure). A figure no record commits is marked `"uncommitted"`: never verified.
 */
import { h } from '../dom.ts';
import { getJson } from '../http.ts';
import { currentLanguage, t } from '../i18n.ts';
import type { Checkpoint, VerifierKey } from './note.ts';
import {
  canonicalJson,
  isEmptyFigure,
  openStateNote,
  provesAbsence,
  provesRecord,
  type RecordProof,
} from './state-record.ts';
import { describeStateReason, type StateReason } from './state-reasons.ts';

/** The body of `GET /v1/state/proofs`. */
export interface StateProofsAnswer {
  readonly asOf: { readonly size: number; readonly root: string };
  readonly state: { readonly root: string; readonly records: number; readonly note: string | null };
  readonly proofs: readonly RecordProof[];
  readonly missing: readonly string[];
  /** Proofs at a later signed size of the missing records that exist by then (their absence at `asOf`). */
  readonly absent?: {
    readonly asOf: { readonly size: number; readonly root: string };
    readonly state: { readonly root: string; readonly records: number; readonly note: string | null };
    readonly proofs: readonly RecordProof[];
  } | null;
}

/** Where the page gets the signed checkpoint a panel's figures must stand at. */
export interface CheckpointSource {
  /** The verified checkpoint of `size` (and the key that signed it), or why there is none. */
  checkpointFor(
    size: number,
    asOf: string | null,
  ): Promise<
    | { readonly ok: true; readonly checkpoint: Checkpoint; readonly key: VerifierKey }
    | { readonly ok: false; readonly reason: StateReason }
  >;
}

interface Claim {
  readonly element: HTMLElement;
  readonly name: string;
  readonly ref: string;
  readonly shown: unknown;
  readonly select: (record: never) => unknown;
}

/** The most records one proofs request asks for (the read API's limit). */
const BATCH = 256;

/** The longest query of records one request carries: the read API refuses URLs over 2048 characters. */
const QUERY_BUDGET = 1900;

/** `refs` as the record queries of as few requests as the URL limit and the batch size allow. */
function batches(refs: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const ref of refs) {
    const param = `record=${encodeURIComponent(ref)}&`;
    if (current.length > 0 && (length + param.length > QUERY_BUDGET || current.length === BATCH)) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(param);
    length += param.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A panel's figures, claimed as drawn and checked together. */
export class PanelFigures {
  #pending: Claim[] = [];
  #verified = 0;
  #failed = 0;

  constructor(private readonly panelTitle: () => string) {}

  /**
   * Claims `element` as the figure `name`, committed by the record `key` of `model`: `shown` is
   * the value the panel drew (as the read API gave it) and `select` reads the same value from
   * the proven record. Returns `element`.
   */
  claim<R>(
    element: HTMLElement,
    name: string,
    model: string,
    key: string,
    shown: unknown,
    select: (record: R) => unknown,
  ): HTMLElement {
    element.dataset.figureVerify = 'pending';
    this.#pending.push({ element, name, ref: `${model}/${key}`, shown, select: select as (record: never) => unknown });
    return element;
  }

  /** A `<span>` holding `text`, claimed as in {@link claim} (for table cells). */
  cell<R>(
    text: string | number,
    name: string,
    model: string,
    key: string,
    shown: unknown,
    select: (record: R) => unknown,
  ): HTMLElement {
    return this.claim(h('span', { class: 'claimed' }, text), name, model, key, shown, select);
  }

  /** Claims the value of a labelled figure (`figure()` of dom.ts: its `<dd>`) as in {@link claim}; returns the figure. */
  figure<R>(
    wrapper: HTMLElement,
    model: string,
    key: string,
    shown: unknown,
    select: (record: R) => unknown,
  ): HTMLElement {
    this.claim(
      wrapper.querySelector<HTMLElement>('dd')!,
      wrapper.querySelector('dt')?.textContent ?? '',
      model,
      key,
      shown,
      select,
    );
    return wrapper;
  }

  /** Marks `element` as a figure no public record commits: shown, never as verified. */
  uncommitted(element: HTMLElement): HTMLElement {
    element.dataset.figureVerify = 'uncommitted';
    element.title = t('figureUncommitted');
    return element;
  }

  /** How many figures verified and failed so far. */
  get counts(): { readonly verified: number; readonly failed: number } {
    return { verified: this.#verified, failed: this.#failed };
  }

  /**
   * Checks every figure claimed since the last call against the signed state at `size` (the
   * ledger size the panel's answers state; `asOf` is the view's, null for the latest).
   */
  async verify(size: number, asOf: string | null, source: CheckpointSource): Promise<void> {
    const claims = this.#pending;
    this.#pending = [];
    if (claims.length === 0) return;
    const head = await source.checkpointFor(size, asOf);
    if (!head.ok) {
      for (const claim of claims) this.#fail(claim, head.reason);
      return;
    }
    const refs = [...new Set(claims.map((c) => c.ref))];
    let answers: StateProofsAnswer[];
    try {
      answers = await Promise.all(
        batches(refs).map((params) =>
          getJson<StateProofsAnswer>(`/v1/state/proofs?${params.join('')}asOf=${size - 1}`),
        ),
      );
    } catch {
      for (const claim of claims) this.#fail(claim, 'unreachable');
      return;
    }
    const proven = new Map<string, unknown>();
    const refused = new Map<string, StateReason>();
    const absent = new Set<string>();
    for (const answer of answers) {
      const note = await openStateNote(answer.state.note, answer.asOf.size, head.checkpoint, head.key);
      for (const proof of Array.isArray(answer.proofs) ? answer.proofs : []) {
        const ref = `${proof.model}/${proof.key}`;
        if (!note.ok) refused.set(ref, note.reason);
        else if (await provesRecord(proof, note.value)) proven.set(ref, proof.record);
        else refused.set(ref, 'proof');
      }
      if (note.ok && answer.absent)
        await this.#checkAbsent(answer.absent, note.value.records, asOf, source, absent, refused);
    }
    for (const claim of claims) {
      if (absent.has(claim.ref) && !proven.has(claim.ref)) {
        if (isEmptyFigure(claim.shown)) this.#pass(claim, size);
        else this.#fail(claim, 'record');
      } else if (proven.has(claim.ref)) {
        const value = readField(claim, proven.get(claim.ref));
        if (value.ok && canonicalJson(value.value) === canonicalJson(claim.shown)) this.#pass(claim, size);
        else this.#fail(claim, 'record');
      } else this.#fail(claim, refused.get(claim.ref) ?? 'missing');
    }
  }

  /**
   * Records missing at the panel's size, proven at a later signed size at leaf indices past
   * the `recordsThen` records of the panel's size: they did not exist yet, so their figures
   * read as empty. Each such ref goes into `absent`; a proof that fails goes into `refused`.
   */
  async #checkAbsent(
    later: NonNullable<StateProofsAnswer['absent']>,
    recordsThen: number,
    asOf: string | null,
    source: CheckpointSource,
    absent: Set<string>,
    refused: Map<string, StateReason>,
  ): Promise<void> {
    const proofs = Array.isArray(later.proofs) ? later.proofs : [];
    if (proofs.length === 0) return;
    // The later size is a past one for the view only when the view is a past one.
    const at = await source.checkpointFor(later.asOf.size, asOf ?? '');
    const note = at.ok ? await openStateNote(later.state.note, later.asOf.size, at.checkpoint, at.key) : at;
    for (const proof of proofs) {
      const ref = `${proof.model}/${proof.key}`;
      if (!note.ok) refused.set(ref, note.reason);
      else if (await provesAbsence(proof, note.value, recordsThen)) absent.add(ref);
      else refused.set(ref, 'proof');
    }
  }

  #pass(claim: Claim, size: number): void {
    this.#verified++;
    claim.element.dataset.figureVerify = 'ok';
    claim.element.title = t('figureVerified', { size });
  }

  #fail(claim: Claim, reason: StateReason): void {
    this.#failed++;
    const text = describeStateReason(reason, currentLanguage());
    const element = claim.element;
    element.dataset.figureVerify = 'failed';
    element.dataset.verifyPanel = this.panelTitle();
    element.dataset.verifyFigure = claim.name;
    element.dataset.verifyReason = text;
    element.title = t('figureFailed', { reason: text });
    // Shown beside the figure by the stylesheet (::after), so the figure's own text stays the figure.
    element.dataset.figureReason = t('figureFailed', { reason: text });
    // Last: the failure banner watches this attribute and reads the ones above.
    element.dataset.verify = 'failed';
  }
}

function readField(claim: Claim, record: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: claim.select(record as never) };
  } catch {
    return { ok: false };
  }
}
