/**
 * Reading an evidence file (`govledger-evidence/v1`) someone hands an auditor: its shape is
 * checked before {@link checkEvidence} weighs it, so a damaged or foreign file is named as
 * such instead of failing somewhere inside the check.
 */
import type { Either } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { decodeJsonText } from '../decode-error.ts';
import { EVIDENCE_FORMAT, type Evidence } from './evidence.ts';

const ObservationCodec = t.type({ at: t.string, url: t.string, checkpoint: t.string }, 'Observation');

const EvidenceCodec = t.type(
  {
    format: t.literal(EVIDENCE_FORMAT),
    kind: t.union([t.literal('split-view'), t.literal('rollback')]),
    origin: t.string,
    logKey: t.string,
    observed: t.tuple([ObservationCodec, ObservationCodec]),
    consistencyProof: t.union([
      t.null,
      t.type({ from: t.number, to: t.number, path: t.array(t.string), fromRoot: t.string, toRoot: t.string }),
    ]),
    explanation: t.string,
  },
  'Evidence',
);

/** Parses the text of an evidence file; the reason names the first field at fault. */
export function parseEvidence(text: string): Either<string, Evidence> {
  return decodeJsonText(EvidenceCodec, text);
}
