import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { makePolicy } from './policy-overrides.ts';

const Window = t.type({ minDays: t.number, maxDays: t.number });
const DEFAULT_WINDOW = { minDays: 1, maxDays: 60 };
const ordered = (w: { minDays: number; maxDays: number }) =>
  w.minDays > w.maxDays ? `minDays ${w.minDays} is above maxDays ${w.maxDays}` : null;

describe('a policy built from defaults and overrides', () => {
  it('keeps the defaults a city does not override', () => {
    expect(makePolicy('window', Window, DEFAULT_WINDOW, { maxDays: 30 }, ordered)).toEqual({ minDays: 1, maxDays: 30 });
  });

  it('refuses a policy its codec refuses, naming the policy and showing it whole', () => {
    expect(() => makePolicy('window', Window, DEFAULT_WINDOW, { maxDays: 'soon' as unknown as number })).toThrow(
      'invalid window: {"minDays":1,"maxDays":"soon"}',
    );
  });

  it('refuses a policy that breaks a rule, with the first broken rule as the reason', () => {
    const never = () => 'the second rule';
    expect(() => makePolicy('window', Window, DEFAULT_WINDOW, { minDays: 90 }, ordered, never)).toThrow(
      'invalid window: minDays 90 is above maxDays 60',
    );
    expect(() => makePolicy('window', Window, DEFAULT_WINDOW, {}, ordered, never)).toThrow(
      'invalid window: the second rule',
    );
  });
});
