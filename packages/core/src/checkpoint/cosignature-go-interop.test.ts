/**
 * Interop of witnessed checkpoints with independent code (see
 * packages/core/test-interop/cosignature/main.go): Go's sumdb/note opens a note carrying
 * cosignature lines with the log key alone, and Go's crypto/ed25519 verifies every
 * tlog-cosignature v1 line we write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leafHash } from '../merkle/hash.ts';
import { formatCheckpoint, signCheckpoint } from './checkpoint.ts';
import { addSignatureLines, COSIGNATURE_V1_TYPE, cosign } from './cosignature.ts';
import { encodeVerifierKey, generateSignerKey, verifierKeyOf } from './keys.ts';
import { must } from '../testing/must.ts';

const GOPATH = process.env.GOVLEDGER_GOPATH ?? '/usr/share/gocode';
const PROGRAM = fileURLToPath(new URL('../../test-interop/cosignature/main.go', import.meta.url));
const goAvailable =
  spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0 &&
  existsSync(join(GOPATH, 'src/golang.org/x/mod/sumdb/note/note.go'));
const SKIP_REASON = 'needs `go` and golang.org/x/mod in GOPATH (Debian: golang-go golang-golang-x-mod-dev)';

interface GoOutcome {
  readonly open: string;
  readonly text: string;
  readonly cosigned: number[];
  readonly cosignature: string;
}

describe(`witnessed checkpoints with Go (${goAvailable ? 'go found' : `skipped: ${SKIP_REASON}`})`, () => {
  it.skipIf(!goAvailable)(
    'has sumdb/note open our log signature and ignore cosignatures, and ed25519 verify each cosignature',
    () => {
      const log = must(generateSignerKey('ledger.example/zjg'));
      const witness = must(generateSignerKey('witness.example/committee', COSIGNATURE_V1_TYPE));
      const checkpoint = { origin: 'ledger.example/zjg', size: 12, root: leafHash(Buffer.from('x')) };
      const body = formatCheckpoint(checkpoint);
      const note = signCheckpoint(checkpoint, log);
      const line = cosign(body, witness, 1_732_600_000);
      const witnessed = addSignatureLines(note, [line]);
      const forged = addSignatureLines(note, [cosign(formatCheckpoint({ ...checkpoint, size: 13 }), witness, 7)]);
      const run = spawnSync('go', ['run', PROGRAM], {
        input: JSON.stringify({
          logKey: encodeVerifierKey(verifierKeyOf(log)),
          witnessKey: encodeVerifierKey(verifierKeyOf(witness)),
          notes: [witnessed, forged, note],
        }),
        encoding: 'utf8',
        env: { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: join(tmpdir(), 'govledger-go-cache') },
      });
      if (run.status !== 0) throw new Error(`go run failed (${run.status}): ${run.stderr}`);
      const [good, bad, plain] = JSON.parse(run.stdout) as GoOutcome[];
      expect(good).toEqual({ open: 'ok', text: body, cosigned: [1_732_600_000], cosignature: 'ok' });
      expect(bad).toMatchObject({ open: 'ok', cosignature: 'invalid', cosigned: [] });
      expect(plain).toMatchObject({ open: 'ok', cosignature: 'none' });
    },
    300_000,
  );
});
