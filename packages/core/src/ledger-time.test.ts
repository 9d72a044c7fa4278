import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkOccurredAt, DEFAULT_MAX_BACKDATE_MS, nextRecordingTime } from './ledger-time.ts';

const recordedAt = '2024-03-10T08:00:00.000Z';
const earlierBy = (ms: number) => new Date(Date.parse(recordedAt) - ms).toISOString();

describe('checkOccurredAt: the submitter’s time against the ledger’s', () => {
  it('accepts an act dated at its recording or up to the 72 h skew before it', () => {
    expect(isRight(checkOccurredAt(recordedAt, recordedAt, false))).toBe(true);
    expect(isRight(checkOccurredAt(earlierBy(DEFAULT_MAX_BACKDATE_MS), recordedAt, false))).toBe(true);
  });

  it('refuses an act dated after its recording, back-filled or not (OccurredAfterRecording)', () => {
    const future = '2024-03-10T08:00:00.001Z';
    for (const backfilled of [false, true]) {
      const result = checkOccurredAt(future, recordedAt, backfilled);
      expect(isLeft(result) && result.left._tag).toBe('OccurredAfterRecording');
    }
  });

  it('refuses an act dated further back than the skew unless it is marked back-filled (OccurredBeforeSkew)', () => {
    const old = earlierBy(DEFAULT_MAX_BACKDATE_MS + 1);
    const refused = checkOccurredAt(old, recordedAt, false);
    expect(isLeft(refused) && refused.left).toMatchObject({
      _tag: 'OccurredBeforeSkew',
      maxBackdateMs: DEFAULT_MAX_BACKDATE_MS,
    });
    expect(isRight(checkOccurredAt(old, recordedAt, true))).toBe(true);
  });

  it('takes the skew from the policy a city configures', () => {
    const twoHours = { maxBackdateMs: 2 * 3_600_000 };
    expect(isLeft(checkOccurredAt(earlierBy(3 * 3_600_000), recordedAt, false, twoHours))).toBe(true);
    expect(isRight(checkOccurredAt(earlierBy(3_600_000), recordedAt, false, twoHours))).toBe(true);
  });
});

describe('nextRecordingTime', () => {
  it('reads the clock, but never goes back before the last recorded time', () => {
    expect(nextRecordingTime(() => new Date(recordedAt), null)).toBe(recordedAt);
    expect(nextRecordingTime(() => new Date(earlierBy(1000)), recordedAt)).toBe(recordedAt);
  });
});
