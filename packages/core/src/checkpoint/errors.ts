/**
 * Every expected failure of keys, signed notes and checkpoints, as tagged values, with the
 * one message each prints (for the CLI's and reader's error mapping).
 */

/** A signer or verifier key string that cannot be used; `reason` says which part is wrong. */
export interface KeyMalformed {
  readonly _tag: 'KeyMalformed';
  readonly reason: string;
}

/** A signed note that breaks the C2SP signed-note format; `reason` says where. */
export interface NoteMalformed {
  readonly _tag: 'NoteMalformed';
  readonly reason: string;
}

/** A signature line by a trusted key (same name and key id) whose signature does not verify. */
export interface SignatureInvalid {
  readonly _tag: 'SignatureInvalid';
  readonly name: string;
  readonly keyId: number;
}

/** No signature of the note is by a trusted key; `signers` lists who did sign (maybe nobody). */
export interface UnknownSigner {
  readonly _tag: 'UnknownSigner';
  readonly signers: readonly { readonly name: string; readonly keyId: number }[];
}

/** A note body that is not a C2SP tlog-checkpoint; `reason` names the line and rule. */
export interface CheckpointMalformed {
  readonly _tag: 'CheckpointMalformed';
  readonly reason: string;
}

/** Why a signed note could not be opened. */
export type NoteError = NoteMalformed | SignatureInvalid | UnknownSigner;

/** Why a signed checkpoint could not be opened. */
export type CheckpointError = NoteError | CheckpointMalformed;

/** A key id as the key strings print it: 8 lowercase hex digits. */
export function formatKeyId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/**
 * The message for one error, naming what is wrong.
 *
 * @example describeCheckpointError({ _tag: 'SignatureInvalid', name: 'log.example', keyId: 1 })
 * // 'signature by log.example (key 00000001) does not verify'
 */
export function describeCheckpointError(error: KeyMalformed | CheckpointError): string {
  switch (error._tag) {
    case 'KeyMalformed':
      return `malformed key: ${error.reason}`;
    case 'NoteMalformed':
      return `malformed signed note: ${error.reason}`;
    case 'SignatureInvalid':
      return `signature by ${error.name} (key ${formatKeyId(error.keyId)}) does not verify`;
    case 'UnknownSigner':
      return error.signers.length === 0
        ? 'the note has no signature by a trusted key'
        : `the note has no signature by a trusted key; signed by ${error.signers
            .map((s) => `${s.name} (key ${formatKeyId(s.keyId)})`)
            .join(', ')}`;
    case 'CheckpointMalformed':
      return `malformed checkpoint: ${error.reason}`;
  }
}
