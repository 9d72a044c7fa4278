import { left } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { leafHash } from '../merkle/hash.ts';
import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from './keys.ts';
import { must } from '../testing/must.ts';

const root = leafHash(Buffer.from('x'));
const rootB64 = root.toString('base64');
const signer = must(generateSignerKey('ledger.example/zjg'));

describe('checkpoint body', () => {
  it('is origin, size and base64 root, each on its own line', () => {
    expect(formatCheckpoint({ origin: 'ledger.example/zjg', size: 42, root })).toBe(
      `ledger.example/zjg\n42\n${rootB64}\n`,
    );
  });

  it('round-trips through the strict parser, extensions included', () => {
    const checkpoint = { origin: 'o', size: 0, root, extensions: ['ext one'] };
    const parsed = must(parseCheckpoint(formatCheckpoint(checkpoint)));
    expect(parsed.origin).toBe('o');
    expect(parsed.size).toBe(0);
    expect(Buffer.from(parsed.root).equals(root)).toBe(true);
    expect(parsed.extensions).toEqual(['ext one']);
    expect(must(parseCheckpoint(`o\n9007199254740991\n${rootB64}\n`)).size).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['a missing final newline', `o\n1\n${rootB64}`, 'the body must end with a newline'],
    ['two lines', 'o\n1\n', 'expected at least 3 lines (origin, size, root), got 2'],
    ['an empty origin', `\n1\n${rootB64}\n`, 'line 1 (origin) is empty'],
    ['a leading zero', `o\n01\n${rootB64}\n`, 'line 2 (size) must be a decimal number without leading zeros, got "01"'],
    [
      'a negative size',
      `o\n-1\n${rootB64}\n`,
      'line 2 (size) must be a decimal number without leading zeros, got "-1"',
    ],
    ['a size past 2^53', `o\n9007199254740993\n${rootB64}\n`, 'line 2 (size) 9007199254740993 is too large'],
    ['a short root', `o\n1\nAAAA\n`, 'line 3 (root) is not a base64 SHA-256 hash'],
    ['an empty extension line', `o\n1\n${rootB64}\n\n`, 'line 4 (extension) is empty'],
    ['a tab', `o\t\n1\n${rootB64}\n`, 'line 1 contains control character U+0009'],
  ])('rejects a body with %s, naming the line', (_what, body, reason) => {
    expect(parseCheckpoint(body)).toEqual(left({ _tag: 'CheckpointMalformed', reason }));
  });

  it.each([
    ['an empty origin', { origin: '', size: 1, root }, /origin/],
    ['a two-line origin', { origin: 'a\nb', size: 1, root }, /origin/],
    ['a fractional size', { origin: 'o', size: 1.5, root }, /size/],
    ['a short root', { origin: 'o', size: 1, root: root.subarray(1) }, /root must be 32 bytes, got 31/],
  ])('refuses to format a checkpoint with %s', (_what, checkpoint, message) => {
    expect(() => formatCheckpoint(checkpoint)).toThrow(message);
  });
});

describe('signed checkpoint', () => {
  it('opens with the log key and gives back the tree head', () => {
    const note = signCheckpoint({ origin: 'ledger.example/zjg', size: 7, root }, signer);
    expect(note.startsWith(`ledger.example/zjg\n7\n${rootB64}\n\n— ledger.example/zjg `)).toBe(true);
    const opened = must(openCheckpoint(note, [verifierKeyOf(signer)]));
    expect(opened.checkpoint.size).toBe(7);
    expect(opened.signatures.map((s) => s.keyId)).toEqual([signer.keyId]);
  });

  it('fails to open when the size was changed after signing', () => {
    const note = signCheckpoint({ origin: 'ledger.example/zjg', size: 7, root }, signer).replace('\n7\n', '\n8\n');
    expect(openCheckpoint(note, [verifierKeyOf(signer)])).toEqual(
      left({ _tag: 'SignatureInvalid', name: 'ledger.example/zjg', keyId: signer.keyId }),
    );
  });

  it('fails to open with another key', () => {
    const other = must(generateSignerKey('ledger.example/zjg'));
    const note = signCheckpoint({ origin: 'ledger.example/zjg', size: 7, root }, signer);
    expect(openCheckpoint(note, [verifierKeyOf(other)])).toMatchObject(left({ _tag: 'UnknownSigner' }));
  });
});
