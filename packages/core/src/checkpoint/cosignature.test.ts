import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leafHash } from '../merkle/hash.ts';
import { formatCheckpoint, openCheckpoint, signCheckpoint } from './checkpoint.ts';
import {
  addSignatureLines,
  COSIGNATURE_V1_TYPE,
  cosign,
  cosignatureMessage,
  extendsNote,
  verifyCosignatures,
} from './cosignature.ts';
import {
  encodeSignerKey,
  encodeVerifierKey,
  generateSignerKey,
  parseSignerKey,
  parseVerifierKey,
  verifierKeyOf,
} from './keys.ts';
import { must } from '../testing/must.ts';

const log = must(generateSignerKey('ledger.example/zjg'));
const witness = must(generateSignerKey('witness.example/committee', COSIGNATURE_V1_TYPE));
const other = must(generateSignerKey('witness.example/court', COSIGNATURE_V1_TYPE));
const checkpoint = { origin: 'ledger.example/zjg', size: 9, root: leafHash(Buffer.from('r')) };
const body = formatCheckpoint(checkpoint);
const note = signCheckpoint(checkpoint, log);

describe('cosigner keys', () => {
  it('use key type 0x04 in their key id and key strings', () => {
    const vkey = encodeVerifierKey(verifierKeyOf(witness));
    const raw = Buffer.from(vkey.split('+')[2] as string, 'base64');
    expect(raw[0]).toBe(0x04);
    const id = createHash('sha256')
      .update('witness.example/committee\n')
      .update(Buffer.from([0x04]))
      .update(witness.publicKey)
      .digest()
      .readUInt32BE(0);
    expect(witness.keyId).toBe(id);
    expect(must(parseVerifierKey(vkey, COSIGNATURE_V1_TYPE)).keyId).toBe(id);
    expect(must(parseSignerKey(encodeSignerKey(witness), COSIGNATURE_V1_TYPE)).keyId).toBe(id);
  });

  it('are refused where a log key is expected, and the other way round', () => {
    expect(parseVerifierKey(encodeVerifierKey(witness))).toMatchObject({ left: { _tag: 'KeyMalformed' } });
    expect(parseVerifierKey(encodeVerifierKey(log), COSIGNATURE_V1_TYPE)).toMatchObject({
      left: { reason: 'key is not of type 0x04 (an Ed25519 cosigner key)' },
    });
    expect(() => signCheckpoint(checkpoint, witness)).toThrow(/cosigner key/);
  });
});

describe('cosign', () => {
  it('signs "cosignature/v1", the time line and the whole note text', () => {
    expect(cosignatureMessage(body, 1679315147).toString()).toBe(`cosignature/v1\ntime 1679315147\n${body}`);
    const line = cosign(body, witness, 1_700_000_000);
    const bytes = Buffer.from(line.slice('— witness.example/committee '.length, -1), 'base64');
    expect(bytes).toHaveLength(4 + 8 + 64);
    expect(bytes.readUInt32BE(0)).toBe(witness.keyId);
    expect(bytes.readBigUInt64BE(4)).toBe(1_700_000_000n);
  });

  it('gives a note the log key still opens and the witness key verifies', () => {
    const cosigned = addSignatureLines(note, [cosign(body, witness, 1_700_000_000)]);
    expect(must(openCheckpoint(cosigned, [verifierKeyOf(log)])).checkpoint.size).toBe(9);
    const found = must(verifyCosignatures(cosigned, [verifierKeyOf(witness), verifierKeyOf(other)]));
    expect(found.map((c) => [c.name, c.timestamp])).toEqual([['witness.example/committee', 1_700_000_000]]);
  });

  it('rejects a cosignature over another time or another checkpoint, naming the witness', () => {
    const line = cosign(body, witness, 1_700_000_000);
    const bytes = Buffer.from(line.slice('— witness.example/committee '.length, -1), 'base64');
    bytes.writeBigUInt64BE(1_700_000_001n, 4);
    const retimed = `— witness.example/committee ${bytes.toString('base64')}\n`;
    expect(verifyCosignatures(note + retimed, [verifierKeyOf(witness)])).toMatchObject({
      left: { _tag: 'CosignatureInvalid', name: 'witness.example/committee', reason: 'does not verify' },
    });
    const otherBody = formatCheckpoint({ ...checkpoint, size: 10 });
    const moved = signCheckpoint({ ...checkpoint, size: 10 }, log) + cosign(body, witness, 5);
    expect(verifyCosignatures(moved, [verifierKeyOf(witness)])).toMatchObject({ left: { reason: 'does not verify' } });
    expect(
      verifyCosignatures(signCheckpoint({ ...checkpoint, size: 10 }, log) + cosign(otherBody, witness, 5), [
        verifierKeyOf(witness),
      ]),
    ).toMatchObject({ _tag: 'Right' });
  });

  it('ignores cosignatures by witnesses the caller does not trust', () => {
    const cosigned = addSignatureLines(note, [cosign(body, other, 1)]);
    expect(must(verifyCosignatures(cosigned, [verifierKeyOf(witness)]))).toEqual([]);
  });
});

describe('stored notes gain cosignatures only', () => {
  it('accepts appended signature lines and nothing else', () => {
    const line = cosign(body, witness, 1);
    expect(extendsNote(note, note)).toBe(true);
    expect(extendsNote(note, addSignatureLines(note, [line]))).toBe(true);
    expect(addSignatureLines(addSignatureLines(note, [line]), [line])).toBe(addSignatureLines(note, [line]));
    expect(extendsNote(note, `${note}extra text\n`)).toBe(false);
    expect(extendsNote(note, note.replace('\n9\n', '\n8\n'))).toBe(false);
    expect(extendsNote(addSignatureLines(note, [line]), note)).toBe(false);
  });
});
