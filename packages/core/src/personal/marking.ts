/**
 * Marking personal data in a codec: `personal(t.string, 'complainantId')` says "this field is
 * personal data of the subject whose id is in the sibling field `complainantId`". Nothing else
 * in a domain codec changes. The personal-data layer finds marked fields by walking codecs,
 * encrypts them on append under the subject's key, and decrypts them on read where the key
 * still exists.
 */
import * as t from 'io-ts';

/** What a reader sees in a personal field whose subject's key was destroyed (erased). */
export interface ErasedPersonalData {
  readonly erased: true;
  readonly subject: string;
}

/** Codec of the erased marker. */
export const ErasedPersonalData: t.Type<ErasedPersonalData> = t.type(
  { erased: t.literal(true), subject: t.string },
  'ErasedPersonalData',
) as unknown as t.Type<ErasedPersonalData>;

/** True when a personal field reads as erased. */
export function isErased(value: unknown): value is ErasedPersonalData {
  return typeof value === 'object' && value !== null && (value as { erased?: unknown }).erased === true;
}

/**
 * A codec marked as personal data. Decodes the plaintext value or, once its subject was
 * erased, the {@link ErasedPersonalData} marker. A value that is neither is reported with the
 * inner codec's errors at the field's own path (e.g. `complainantName: expected string`).
 */
export class PersonalType<C extends t.Mixed> extends t.Type<
  t.TypeOf<C> | ErasedPersonalData,
  t.OutputOf<C> | ErasedPersonalData,
  unknown
> {
  readonly _tag = 'PersonalType' as const;
  constructor(
    readonly inner: C,
    /** The sibling field holding the data subject's id. */
    readonly subjectField: string,
  ) {
    const union = t.union([inner, ErasedPersonalData]);
    super(
      `Personal<${inner.name}, subject=${subjectField}>`,
      union.is,
      (u, c) => {
        const plain = inner.validate(u, c);
        return plain._tag === 'Left' && ErasedPersonalData.is(u) ? t.success(u) : plain;
      },
      union.encode,
    );
  }
}

/**
 * Marks `codec` as personal data of the subject named by the sibling field `subjectField`.
 *
 * @example
 * const ComplaintFiled = t.type({
 *   complainantId: t.string,
 *   complainantName: personal(t.string, 'complainantId'),
 * });
 *
 * @experimental
 */
export function personal<C extends t.Mixed>(codec: C, subjectField: string): PersonalType<C> {
  return new PersonalType(codec, subjectField);
}

/** True when `codec` is a personal-data marking. */
export function isPersonalType(codec: t.Mixed): codec is PersonalType<t.Mixed> {
  return (codec as { _tag?: string })._tag === 'PersonalType';
}
