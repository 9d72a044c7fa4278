import { describe, expect, it } from 'vitest';
import { readViewState, searchOf } from './view-state.ts';

describe('the view in the URL', () => {
  it('reads the moment and the language, Chinese by default', () => {
    expect(readViewState('')).toEqual({ asOf: null, lang: 'zh' });
    expect(readViewState('?asOf=2023-06-30&lang=en')).toEqual({ asOf: '2023-06-30', lang: 'en' });
    expect(readViewState('?asOf=1234')).toEqual({ asOf: '1234', lang: 'zh' });
    expect(readViewState('?asOf=2024-01-01T00:00:00Z').asOf).toBe('2024-01-01T00:00:00Z');
  });

  it('ignores a moment the read API would refuse', () => {
    expect(readViewState('?asOf=yesterday').asOf).toBeNull();
    expect(readViewState('?asOf=0123').asOf).toBeNull();
    expect(readViewState('?lang=fr').lang).toBe('zh');
  });

  it('writes a view back as the query string it was read from', () => {
    expect(searchOf({ asOf: null, lang: 'zh' })).toBe('');
    expect(searchOf({ asOf: '2023-06-30', lang: 'en' })).toBe('?asOf=2023-06-30&lang=en');
    const state = { asOf: '2022-03-31', lang: 'zh' as const };
    expect(readViewState(searchOf(state))).toEqual(state);
  });
});
