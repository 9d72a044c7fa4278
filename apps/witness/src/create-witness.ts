/**
 * `createWitness`: a C2SP tlog-witness (c2sp.org/tlog-witness) as a Fastify instance with
 * one route, `POST /add-checkpoint`. It cosigns (tlog-cosignature v1, Ed25519) only
 * checkpoints signed by a log it follows and consistent with the latest one it cosigned for
 * that log, which it persists before answering. Requests are handled one at a time, so
 * checking the old size and persisting the new checkpoint are atomic.
 */
import { cosign, decideAddCheckpoint, type SignerKey, type VerifierKey, noteOrigin } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type CosignedHeads, decideAddState } from './add-state.ts';
import type { StateReplay } from './state-replay.ts';
import type { WitnessState } from './witness-state.ts';

/** Options of {@link createWitness}. */
export interface WitnessOptions {
  /** The open state directory (owned by the caller, who closes it). */
  readonly state: WitnessState;
  /** The logs followed: their verifier keys; each key's name is the log's origin. */
  readonly logs: readonly VerifierKey[];
  /** The witness's cosigner key (signature type 0x04). */
  readonly cosigner: SignerKey;
  /** The wall clock for cosignature timestamps (default `() => new Date()`). */
  readonly clock?: () => Date;
  readonly logger?: FastifyServerOptions['logger'];
  /**
   * The logs this witness replays (by origin): for these it also answers `POST /add-state`,
   * cosigning a state note only when its own replay gives the same state root (docs/audit.md).
   */
  readonly replays?: ReadonlyMap<string, StateReplay>;
}

/** The largest request body accepted: a checkpoint, 63 proof lines and many signatures fit well below it. */
export const MAX_REQUEST_BYTES = 64 * 1024;

const TEXT = 'text/plain; charset=utf-8';

/** The witness server; call `listen` (or `inject` in tests). */
export function createWitness(options: WitnessOptions): FastifyInstance {
  const clock = options.clock ?? (() => new Date());
  const logs = new Map<string, VerifierKey[]>();
  for (const key of options.logs) logs.set(key.name, [...(logs.get(key.name) ?? []), key]);
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_REQUEST_BYTES });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  let queue: Promise<unknown> = Promise.resolve();
  const cosigned = new CosignedHeadsOf(options.state);

  app.post('/add-checkpoint', async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const turn = queue.then(async () => {
      const decided = decideAddCheckpoint(body, logs, (origin) => options.state.latest(origin));
      if (isLeft(decided)) {
        const refusal = decided.left;
        const origin = noteOrigin(body.slice(body.indexOf('\n\n') + 2));
        if (refusal.evidence && origin !== undefined) {
          await options.state.keepEvidence(origin, refusal.reason, body, clock());
        }
        if (refusal.latestSize !== undefined) {
          return reply.code(409).type('text/x.tlog.size').send(`${refusal.latestSize}\n`);
        }
        return reply.code(refusal.status).type(TEXT).send(`${refusal.reason}\n`);
      }
      const { checkpoint, body: text, note } = decided.right;
      await options.state.record({ origin: checkpoint.origin, size: checkpoint.size, root: checkpoint.root, note });
      cosigned.add(checkpoint.origin, checkpoint);
      const timestamp = Math.floor(clock().getTime() / 1000);
      return reply
        .code(200)
        .type(TEXT)
        .send(cosign(text, options.cosigner, timestamp));
    });
    queue = turn.catch(() => undefined);
    return turn;
  });

  const replays = options.replays ?? new Map<string, StateReplay>();
  if (replays.size > 0) {
    app.post('/add-state', async (request, reply) => {
      const body = typeof request.body === 'string' ? request.body : '';
      const turn = queue.then(async () => {
        const decided = await decideAddState(body, { logs, replays, cosigned });
        if (isLeft(decided)) {
          const refusal = decided.left;
          if (refusal.evidence) await options.state.keepEvidence(refusal.origin!, refusal.reason, body, clock());
          return reply.code(refusal.status).type(TEXT).send(`${refusal.reason}\n`);
        }
        const timestamp = Math.floor(clock().getTime() / 1000);
        return reply
          .code(200)
          .type(TEXT)
          .send(cosign(decided.right, options.cosigner, timestamp));
      });
      queue = turn.catch(() => undefined);
      return turn;
    });
  }
  return app;
}

/** The heads cosigned for each log: the persisted latest one, and every one cosigned since start. */
class CosignedHeadsOf implements CosignedHeads {
  readonly #state: WitnessState;
  readonly #heads = new Map<string, Map<number, Uint8Array>>();

  constructor(state: WitnessState) {
    this.#state = state;
  }

  add(origin: string, head: { readonly size: number; readonly root: Uint8Array }): void {
    const heads = this.#heads.get(origin) ?? new Map<number, Uint8Array>();
    heads.set(head.size, head.root);
    this.#heads.set(origin, heads);
  }

  rootAt(origin: string, size: number): Uint8Array | undefined {
    const latest = this.#state.latest(origin);
    if (latest?.size === size) return latest.root;
    return this.#heads.get(origin)?.get(size);
  }

  latestSize(origin: string): number | undefined {
    return this.#state.latest(origin)?.size;
  }
}
