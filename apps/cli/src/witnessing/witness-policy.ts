/**
 * The operator's witness policy, a JSON file beside the database (`<db name>.witnesses.json`,
 * or `$GOVLEDGER_WITNESSES`): which witnesses to ask, how many cosignatures a checkpoint
 * needs, and what to do when fewer answer:
 *
 * ```json
 * { "witnesses": [{ "url": "https://witness.committee.example", "key": "<name>+<id>+<base64>" }],
 *   "quorum": 1, "whenShort": "fail-closed", "timeoutMs": 5000 }
 * ```
 *
 * - `fail-closed`: a checkpoint short of its quorum is not published (the write itself is
 *   kept; the command fails and the next write or `govledger checkpoint` tries again);
 * - `publish-and-retry`: it is published with the cosignatures it got, and the missing ones
 *   are asked for again on the next write or `govledger checkpoint`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { COSIGNATURE_V1_TYPE, parseVerifierKey, type VerifierKey } from '@govledger/core';
import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { CliError, environmentError } from '../cli-error.ts';

/** What to do when fewer than `quorum` witnesses cosign. */
export type WhenShort = 'fail-closed' | 'publish-and-retry';

/** One witness the operator asks. */
export interface WitnessEndpoint {
  /** The submission prefix: `<url>/add-checkpoint` is posted to. */
  readonly url: string;
  readonly key: VerifierKey;
}

/** The policy, checked. */
export interface WitnessPolicy {
  readonly witnesses: readonly WitnessEndpoint[];
  readonly quorum: number;
  readonly whenShort: WhenShort;
  readonly timeoutMs: number;
}

const PolicyFile = t.intersection([
  t.type({
    witnesses: t.array(t.type({ url: t.string, key: t.string })),
    quorum: t.number,
    whenShort: t.union([t.literal('fail-closed'), t.literal('publish-and-retry')]),
  }),
  t.partial({ timeoutMs: t.number }),
]);

/** Reads and checks the policy at `path`; null when there is no file (no witnesses). */
export function loadWitnessPolicy(path: string): WitnessPolicy | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw environmentError(`witness policy ${path} is not JSON: ${(error as Error).message}`);
  }
  const decoded = PolicyFile.decode(json);
  if (isLeft(decoded)) throw new CliError(`witness policy ${path}: ${PathReporter.report(decoded).join('; ')}`);
  const file = decoded.right;
  const witnesses = file.witnesses.map((w, i) => {
    const key = parseVerifierKey(w.key, COSIGNATURE_V1_TYPE);
    if (isLeft(key)) throw new CliError(`witness policy ${path}: witnesses.${i}.key: ${key.left.reason}`);
    if (!/^https?:\/\//.test(w.url)) throw new CliError(`witness policy ${path}: witnesses.${i}.url must be http(s)`);
    return { url: w.url.replace(/\/+$/, ''), key: key.right };
  });
  const names = new Set(witnesses.map((w) => w.key.name));
  if (names.size !== witnesses.length) throw new CliError(`witness policy ${path}: two witnesses share a name`);
  if (!Number.isInteger(file.quorum) || file.quorum < 1 || file.quorum > witnesses.length) {
    throw new CliError(`witness policy ${path}: quorum must be from 1 to ${witnesses.length}, got ${file.quorum}`);
  }
  const timeoutMs = file.timeoutMs ?? 5000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new CliError(`witness policy ${path}: timeoutMs must be a positive integer`);
  }
  return { witnesses, quorum: file.quorum, whenShort: file.whenShort, timeoutMs };
}
