import { isLeft, left } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { describeCheckpointError } from './errors.ts';
import { generateSignerKey, parseSignerKey, parseVerifierKey, type SignerKey, verifierKeyOf } from './keys.ts';
import { openNote, signNote } from './note.ts';
import { must } from '../testing/must.ts';

/** The published vectors of Go's x/mod/sumdb/note tests. */
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER = must(parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz'));
const PETER_SIG =
  '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH = must(parseVerifierKey('EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop'));
const ENOCH_SIG =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const fresh = (name: string): SignerKey => must(generateSignerKey(name));

describe('signNote', () => {
  it("produces byte for byte the note Go's note.Sign produces for the published key", () => {
    expect(signNote(TEXT, PETER)).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('adds one line per signer, in order', () => {
    const a = fresh('a.example');
    const b = fresh('b.example');
    const note = signNote('body\n', [a, b]);
    const lines = note.split('\n');
    expect(lines[2]?.startsWith('— a.example ')).toBe(true);
    expect(lines[3]?.startsWith('— b.example ')).toBe(true);
  });

  it.each([
    ['without a final newline', 'abc', /must end with a newline/],
    ['with a control character', 'a\tb\n', /line 1 contains control character U\+0009/],
  ])('refuses a body %s', (_what, body, message) => {
    expect(() => signNote(body, PETER)).toThrow(message);
  });
});

describe('openNote', () => {
  it('opens the published note signed by two keys, verifying the trusted one', () => {
    const opened = must(openNote(TEXT + '\n' + PETER_SIG + ENOCH_SIG, [verifierKeyOf(PETER)]));
    expect(opened.body).toBe(TEXT);
    expect(opened.signatures).toEqual([{ name: 'PeterNeumann', keyId: 0xc74f20a3, base64: PETER_SIG.slice(15, -1) }]);
    expect(opened.unverified.map((s) => [s.name, s.keyId])).toEqual([['EnochRoot', 0xaf0cfe78]]);
  });

  it('verifies several trusted signatures and opens from bytes too', () => {
    const opened = must(openNote(Buffer.from(TEXT + '\n' + PETER_SIG + ENOCH_SIG), [verifierKeyOf(PETER), ENOCH]));
    expect(opened.signatures.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(opened.unverified).toEqual([]);
  });

  it('round-trips a note signed with a generated key', () => {
    const signer = fresh('ledger.example/zjg');
    const opened = must(openNote(signNote('a\n\nb\n', signer), [verifierKeyOf(signer)]));
    expect(opened.body).toBe('a\n\nb\n');
  });

  it('rejects a modified body as a bad signature by the trusted key', () => {
    const note = signNote(TEXT, PETER).replace('problem,', 'problem!');
    expect(openNote(note, [verifierKeyOf(PETER)])).toEqual(
      left({ _tag: 'SignatureInvalid', name: 'PeterNeumann', keyId: 0xc74f20a3 }),
    );
  });

  it('rejects the whole note when any trusted signature fails, even if another verifies', () => {
    const forged = ENOCH_SIG.replace('c+QQ=', 'c+QA=');
    expect(openNote(TEXT + '\n' + PETER_SIG + forged, [verifierKeyOf(PETER), ENOCH])).toMatchObject(
      left({ _tag: 'SignatureInvalid', name: 'EnochRoot' }),
    );
  });

  it('reports an unknown signer when no signature is by a trusted key', () => {
    const stranger = fresh('stranger.example');
    const result = openNote(signNote(TEXT, stranger), [verifierKeyOf(PETER)]);
    expect(result).toEqual(
      left({ _tag: 'UnknownSigner', signers: [{ name: 'stranger.example', keyId: stranger.keyId }] }),
    );
    if (isLeft(result))
      expect(describeCheckpointError(result.left)).toMatch(/signed by stranger\.example \(key [0-9a-f]{8}\)/);
  });

  it('ignores a signature by a different key with the same name (wrong key)', () => {
    const impostor = fresh('PeterNeumann');
    expect(openNote(signNote(TEXT, impostor), [verifierKeyOf(PETER)])).toMatchObject(left({ _tag: 'UnknownSigner' }));
  });

  it('counts a repeated signature by one key once', () => {
    const opened = must(openNote(TEXT + '\n' + PETER_SIG + PETER_SIG, [verifierKeyOf(PETER)]));
    expect(opened.signatures).toHaveLength(1);
  });

  it.each([
    ['no blank line', TEXT + PETER_SIG, 'no blank line separates the text from the signatures'],
    ['no signatures', TEXT + '\n', 'no signature lines after the blank line'],
    ['no final newline', TEXT + '\n' + PETER_SIG.slice(0, -1), 'the last signature line does not end with a newline'],
    [
      'a hyphen for the em dash',
      TEXT + '\n' + PETER_SIG.replace('—', '-'),
      'signature line 4 does not start with "— "',
    ],
    [
      'a name with a plus',
      TEXT + '\n' + PETER_SIG.replace('PeterNeumann', 'Peter+Neumann'),
      'signature line 4 has an invalid key name "Peter+Neumann"',
    ],
    ['no signature after the name', TEXT + '\n— PeterNeumann\n', 'signature line 4 has no valid base64 signature'],
    [
      'a too short signature',
      TEXT + '\n— PeterNeumann AAAAAA==\n',
      'signature line 4 signature is shorter than a key id and one byte',
    ],
    ['a carriage return', TEXT.replace('\n', '\r\n') + '\n' + PETER_SIG, 'line 1 contains control character U+000D'],
  ])('says what is malformed in a note with %s', (_what, note, reason) => {
    expect(openNote(note, [verifierKeyOf(PETER)])).toEqual(left({ _tag: 'NoteMalformed', reason }));
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from(`${TEXT}\n${PETER_SIG}`)]);
    expect(openNote(bytes, [verifierKeyOf(PETER)])).toEqual(
      left({ _tag: 'NoteMalformed', reason: 'note is not valid UTF-8' }),
    );
  });

  it('refuses more than 100 signature lines', () => {
    const note = signNote(TEXT, PETER) + PETER_SIG.repeat(100);
    expect(openNote(note, [verifierKeyOf(PETER)])).toEqual(
      left({ _tag: 'NoteMalformed', reason: 'more than 100 signature lines' }),
    );
  });
});
