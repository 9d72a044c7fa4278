import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ProposedEvent, RecordedEvent } from './envelope.ts';
import { isExactProposedEvent, isExactRecordedEvent } from './envelope-fast-check.ts';
import { isRealIsoTime } from './envelope-fields.ts';
import { undeclaredKeys } from './exact-codec.ts';

/** What the codec wrapped by `exact` makes of `value` without any fast check: the value itself, or null when refused. */
function slowDecode(exact: typeof ProposedEvent | typeof RecordedEvent, value: unknown): unknown {
  const inner = exact.type as t.Mixed;
  const decoded = inner.decode(value);
  return isRight(decoded) && undeclaredKeys(inner, value).length === 0 ? decoded.right : null;
}

const proposed = () => ({
  streamId: 'complaint-1',
  type: 'ComplaintFiled',
  schemaVersion: 1,
  data: { complaintId: 'c-1', items: [{ note: '电梯故障' }, 3, null], nested: { ok: true } },
  metadata: {
    actor: { id: 'resident-7', role: 'resident' },
    occurredAt: '2024-03-01T08:00:00.000Z',
    correlationId: 'corr-1',
  },
});

const recorded = () => ({
  index: 4,
  streamVersion: 0,
  eventId: '0190a000-0000-7000-8000-000000000001',
  ...proposed(),
  metadata: { ...proposed().metadata, recordedAt: '2024-03-01T08:00:01.000Z' },
});

/** Values a field may be set to: valid ones, near misses and plainly wrong ones. */
/** Values a field may be set to (made afresh each time): valid ones, near misses and plainly wrong ones. */
const fieldValue = fc.oneof(
  fc
    .constantFrom<() => unknown>(
      () => undefined,
      () => null,
      () => true,
      () => 0,
      () => 1,
      () => -1,
      () => 1.5,
      () => 65536,
      () => Number.NaN,
      () => '',
      () => ' ',
      () => 'a/b',
      () => 'a..b',
      () => '__proto__',
      () => 'x'.repeat(513),
      () => '2024-02-30T00:00:00Z',
      () => '2024-02-29T23:59:59.123456789Z',
      () => '2023-02-29T00:00:00Z',
      () => '2024-03-01T08:00:00',
      () => '9999-01-01T00:00:00Z',
      () => [],
      () => ({}),
      () => ({ id: 'a', role: 'r' }),
      () => ({ id: 'a', role: 'r', extra: 1 }),
      () => ({ id: 'a' }),
      () => JSON.parse('{"__proto__": 1}'),
      () => ({ deep: [JSON.parse('{"__proto__": {}}')] }),
      () => Object.create(null),
      () => new Date(0),
    )
    .map((make) => make()),
  fc.string(),
  fc.integer(),
);

const paths = [
  ['streamId'],
  ['type'],
  ['schemaVersion'],
  ['data'],
  ['data', 'nested'],
  ['data', 'items'],
  ['metadata'],
  ['metadata', 'actor'],
  ['metadata', 'actor', 'id'],
  ['metadata', 'actor', 'role'],
  ['metadata', 'actor', 'extra'],
  ['metadata', 'occurredAt'],
  ['metadata', 'recordedAt'],
  ['metadata', 'correlationId'],
  ['metadata', 'causationId'],
  ['metadata', 'backfilled'],
  ['metadata', 'unknown'],
  ['index'],
  ['streamVersion'],
  ['eventId'],
  ['extra'],
];

/** A mutation: set (or delete, with `remove`) the value at a path. */
const mutation = fc.record({ path: fc.constantFrom(...paths), value: fieldValue, remove: fc.boolean() });

function mutate(
  base: Record<string, unknown>,
  changes: readonly { path: string[]; value: unknown; remove: boolean }[],
) {
  for (const { path, value, remove } of changes) {
    let at: Record<string, unknown> = base;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      if (typeof next !== 'object' || next === null) return base;
      at = next as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    if (remove) delete at[last];
    else at[last] = value;
  }
  return base;
}

describe('the envelope fast check', () => {
  it('accepts well-formed proposed and recorded events, so they skip the generic decoder', () => {
    expect(isExactProposedEvent(proposed())).toBe(true);
    expect(isExactRecordedEvent(recorded())).toBe(true);
    expect(isExactProposedEvent({ ...proposed(), metadata: { ...proposed().metadata, backfilled: true } })).toBe(true);
  });

  it('accepts only proposed events the ProposedEvent codec decodes to themselves', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const value = mutate(proposed(), changes);
        if (!isExactProposedEvent(value)) return;
        expect(slowDecode(ProposedEvent, value)).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts only recorded events the RecordedEvent codec decodes to themselves', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const value = mutate(recorded(), changes);
        if (!isExactRecordedEvent(value)) return;
        expect(slowDecode(RecordedEvent, value)).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('declines an event with an undeclared key, leaving the codec to name it', () => {
    const value = { ...proposed(), metadata: { ...proposed().metadata, phone: '13800000000' } };
    expect(isExactProposedEvent(value)).toBe(false);
    expect(isRight(ProposedEvent.decode(value))).toBe(false);
  });
});

describe('isRealIsoTime', () => {
  // The former definition: the pattern, then the calendar through Date.
  const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
  function reference(s: string): boolean {
    const m = pattern.exec(s);
    if (!m) return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (year < 1900 || year > 2999) return false;
    if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
    return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  it('agrees with the pattern-and-calendar definition on time-like strings', () => {
    const digit = fc.constantFrom(...'0123456789');
    const field = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const timeLike = fc
      .tuple(
        fc.oneof(field(4), fc.constantFrom('2024', '2000', '1900', '2100', '1899', '3000')),
        fc.oneof(field(2), fc.constantFrom('02', '12', '13')),
        field(2),
        fc.oneof(field(2), fc.constantFrom('23', '24')),
        field(2),
        field(2),
        fc.oneof(
          fc.constant(''),
          field(1).map((d) => `.${d}`),
          field(9).map((d) => `.${d}`),
          fc.constantFrom('.', '.1234567890'),
        ),
        fc.constantFrom('Z', 'z', '', 'Z '),
        fc.constantFrom('-', '/'),
        fc.constantFrom('T', ' '),
      )
      .map(([y, mo, d, h, mi, s, f, z, dash, t]) => `${y}${dash}${mo}-${d}${t}${h}:${mi}:${s}${f}${z}`);
    fc.assert(
      fc.property(fc.oneof(timeLike, fc.string()), (s) => {
        expect(isRealIsoTime(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ['2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2000-02-29T12:00:00.5Z', '1900-02-29T00:00:00Z'])
      expect(isRealIsoTime(s)).toBe(reference(s));
  });
});
