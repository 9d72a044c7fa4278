/**
 * Interop with Go's golang.org/x/mod/sumdb/{note,tlog}: our signed checkpoints, signer key
 * file and RFC 6962 roots and proofs must be read by an independent implementation exactly as
 * DESIGN.md promises auditors. Drives packages/core/test-interop/verify.go.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConsistencyProof, InclusionProof } from '../merkle/proof-types.ts';
import { blobLog } from '../merkle/testkit.ts';
import { consistencyProof, inclusionProof, rootAt } from '../merkle/tree-reader.ts';
import { formatCheckpoint, signCheckpoint } from './checkpoint.ts';
import { encodeSignerKey, encodeVerifierKey, generateSignerKey, verifierKeyOf } from './keys.ts';
import { signNote } from './note.ts';
import { must } from '../testing/must.ts';

const GOPATH = process.env.GOVLEDGER_GOPATH ?? '/usr/share/gocode';
const PROGRAM = fileURLToPath(new URL('../../test-interop/verify.go', import.meta.url));
const GO_ENV = {
  ...process.env,
  GO111MODULE: 'off',
  GOPATH,
  GOFLAGS: '',
  GOCACHE: join(tmpdir(), 'govledger-go-cache'),
};

const goAvailable =
  spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0 &&
  existsSync(join(GOPATH, 'src/golang.org/x/mod/sumdb/note/note.go'));
const SKIP_REASON = 'needs `go` and golang.org/x/mod in GOPATH (Debian: golang-go golang-golang-x-mod-dev)';
/** The first test compiles the Go program (and, with a cold cache, x/mod and crypto). */
const GO_TIMEOUT_MS = 300_000;

/** Flips one bit of a base64 hash. */
function flip(hash: string): string {
  const bytes = Buffer.from(hash, 'base64');
  bytes[7] = (bytes[7] as number) ^ 0x20;
  return bytes.toString('base64');
}

const ORIGIN = 'ledger.example/zjg';
const SIZE = 40;
const log = blobLog(Array.from({ length: SIZE }, (_, i) => Buffer.from(`{"i":${i},"pad":"${'x'.repeat(i * 7)}"}`)));
const signer = must(generateSignerKey(ORIGIN));
const stranger = must(generateSignerKey(ORIGIN));

const inclusions: InclusionProof[] = [];
const consistencies: ConsistencyProof[] = [];
for (let size = 1; size <= SIZE; size += 1) {
  for (let m = 0; m < size; m += 1) inclusions.push(inclusionProof(log.read, m, size));
  for (let m = 1; m <= size; m += 1) consistencies.push(consistencyProof(log.read, m, size));
}
const badInclusions = inclusions
  .filter((p) => p.path.length > 0)
  .map((p) => ({ ...p, path: [...p.path.slice(0, -1), flip(p.path.at(-1) as string)] }));
const badConsistencies = consistencies
  .filter((p) => p.path.length > 0)
  .map((p) => ({ ...p, path: [flip(p.path[0] as string), ...p.path.slice(1)] }));

const head = { origin: ORIGIN, size: SIZE, root: rootAt(log.read, SIZE) };
const goodNote = signCheckpoint(head, signer);
const notes = {
  good: goodNote,
  cosigned: signCheckpoint(head, [stranger, signer]),
  tampered: goodNote.replace(`\n${SIZE}\n`, `\n${SIZE + 1}\n`),
  strangers: signCheckpoint(head, stranger),
};

interface GoReport {
  readonly notes: {
    readonly error?: string;
    readonly origin?: string;
    readonly size?: number;
    readonly root?: string;
  }[];
  readonly signed: string;
  readonly roots: string[];
  readonly inclusion: string[];
  readonly consistency: string[];
}

let report: GoReport | undefined;
/** Runs the Go verifier once for all tests of this file. */
function goReport(): GoReport {
  if (report !== undefined) return report;
  const request = {
    verifierKey: encodeVerifierKey(verifierKeyOf(signer)),
    signerKey: encodeSignerKey(signer),
    notes: Object.values(notes),
    signText: formatCheckpoint(head),
    leaves: log.leaves.map((l) => l.toString('base64')),
    rootSizes: Array.from({ length: SIZE }, (_, i) => i + 1),
    inclusion: [...inclusions, ...badInclusions],
    consistency: [...consistencies, ...badConsistencies],
  };
  const run = spawnSync('go', ['run', PROGRAM], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    env: GO_ENV,
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`go run failed (${run.status}): ${run.stderr}`);
  report = JSON.parse(run.stdout) as GoReport;
  return report;
}

describe(`Go x/mod/sumdb interop (${goAvailable ? 'go found' : `skipped: ${SKIP_REASON}`})`, () => {
  it.skipIf(!goAvailable)(
    'has note.Open accept our signed checkpoint and read its tree head',
    () => {
      const [good, cosigned] = goReport().notes;
      const expected = { origin: ORIGIN, size: SIZE, root: head.root.toString('base64') };
      expect(good).toEqual(expected);
      expect(cosigned).toEqual(expected);
    },
    GO_TIMEOUT_MS,
  );

  it.skipIf(!goAvailable)(
    'has note.Open reject a tampered checkpoint and one signed by another key',
    () => {
      const [, , tampered, strangers] = goReport().notes;
      expect(tampered?.error).toMatch(/invalid signature/);
      expect(strangers?.error).toMatch(/no verifiable signatures/);
    },
    GO_TIMEOUT_MS,
  );

  it.skipIf(!goAvailable)(
    'has note.NewSigner read our signer key file and sign exactly as we do',
    () => {
      expect(goReport().signed).toBe(signNote(formatCheckpoint(head), signer));
    },
    GO_TIMEOUT_MS,
  );

  it.skipIf(!goAvailable)(
    'has tlog compute the same root for every size',
    () => {
      const ours = Array.from({ length: SIZE }, (_, i) => rootAt(log.read, i + 1).toString('base64'));
      expect(goReport().roots).toEqual(ours);
    },
    GO_TIMEOUT_MS,
  );

  it.skipIf(!goAvailable)(
    'has tlog.CheckRecord accept every inclusion proof and reject tampered ones',
    () => {
      const outcomes = goReport().inclusion;
      expect(outcomes.slice(0, inclusions.length).every((o) => o === 'ok')).toBe(true);
      expect(outcomes.slice(inclusions.length).every((o) => o !== 'ok')).toBe(true);
      expect(outcomes).toHaveLength(inclusions.length + badInclusions.length);
    },
    GO_TIMEOUT_MS,
  );

  it.skipIf(!goAvailable)(
    'has tlog.CheckTree accept every consistency proof and reject tampered ones',
    () => {
      const outcomes = goReport().consistency;
      expect(outcomes.slice(0, consistencies.length).every((o) => o === 'ok')).toBe(true);
      expect(outcomes.slice(consistencies.length).every((o) => o !== 'ok')).toBe(true);
      expect(outcomes).toHaveLength(consistencies.length + badConsistencies.length);
    },
    GO_TIMEOUT_MS,
  );
});
