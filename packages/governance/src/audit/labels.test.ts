import { describe, expect, it } from 'vitest';
import { governanceCatalogue } from '../catalogue.ts';
import { EVENT_LABELS, labelOf, PROJECTION_LABELS } from './labels.ts';

describe('the names people read for acts and projections', () => {
  const types = [...new Set(governanceCatalogue.definitions().map((d) => d.type))];

  it('name every event type of the catalogue in Chinese and in English, and nothing else', () => {
    expect(types.length).toBeGreaterThan(60);
    for (const type of types) {
      const label = EVENT_LABELS[type];
      expect(label, type).toBeDefined();
      expect(label!.zh, type).toMatch(/\p{Script=Han}/u);
      expect(label!.en, type).toMatch(/^[a-z][a-z '-]*$/);
    }
    expect(Object.keys(EVENT_LABELS).sort()).toEqual([...types].sort());
  });

  it('give each act its own Chinese name, so a list of entries never shows two acts alike', () => {
    const names = Object.values(EVENT_LABELS).map((l) => l.zh);
    expect(new Set(names).size).toBe(names.length);
  });

  it('fall back to the identifier for an unknown key', () => {
    expect(labelOf(EVENT_LABELS, 'SomethingNew', 'zh')).toBe('SomethingNew');
    expect(labelOf(PROJECTION_LABELS, 'complaintBoard', 'en')).toBe('complaints');
  });
});
