import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCheckpoint } from '../checkpoint/checkpoint.ts';
import { generateSignerKey, verifierKeyOf } from '../checkpoint/keys.ts';
import { leafHash } from '../merkle/hash.ts';
import { must } from '../testing/must.ts';
import { formatStateNote, openStateNote, parseStateNote, signStateNote } from './state-note.ts';

const head = {
  origin: 'ledger.example/zjg',
  size: 42,
  logRoot: leafHash(Buffer.from('log')),
  records: 7,
  stateRoot: leafHash(Buffer.from('state')),
};

describe('state notes', () => {
  it('writes five lines naming the log head and the state root', () => {
    const lines = formatStateNote(head).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('ledger.example/zjg/state/v1');
    expect(lines[1]).toBe('42');
    expect(lines[3]).toBe('7');
    expect(lines[5]).toBe('');
  });

  it('opens a signed note with the log key and gives back the head', () => {
    const signer = must(generateSignerKey('ledger.example/zjg'));
    const opened = must(openStateNote(signStateNote(head, signer), [verifierKeyOf(signer)]));
    expect(opened.head).toEqual({
      ...head,
      logRoot: Buffer.from(head.logRoot),
      stateRoot: Buffer.from(head.stateRoot),
    });
    expect(opened.signatures).toHaveLength(1);
  });

  it('refuses a note whose state root was changed after signing', () => {
    const signer = must(generateSignerKey('ledger.example/zjg'));
    const note = signStateNote(head, signer);
    const other = formatStateNote({ ...head, stateRoot: leafHash(Buffer.from('other')) });
    const forged = note.replace(formatStateNote(head), other);
    const opened = openStateNote(forged, [verifierKeyOf(signer)]);
    expect(isLeft(opened) && opened.left._tag).toBe('SignatureInvalid');
  });

  it('names the line of a malformed body', () => {
    const body = formatStateNote(head).replace('\n7\n', '\n07\n');
    const parsed = parseStateNote(body);
    expect(isLeft(parsed) && parsed.left.reason).toBe('state note: line 4 (records) is not a decimal count');
    const checkpointBody = 'ledger.example/zjg\n42\n' + formatStateNote(head).split('\n')[2] + '\n';
    expect(isLeft(parseStateNote(checkpointBody))).toBe(true);
  });

  it('read as a checkpoint by mistake, names another log at the same size and root', () => {
    const asCheckpoint = must(parseCheckpoint(formatStateNote(head)));
    expect(asCheckpoint.origin).toBe('ledger.example/zjg/state/v1');
    expect(asCheckpoint.size).toBe(head.size);
    expect(Buffer.from(asCheckpoint.root)).toEqual(Buffer.from(head.logRoot));
  });
});
