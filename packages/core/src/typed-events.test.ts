import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from './envelope.ts';
import { defineEvent, isEventOf } from './event-catalogue.ts';

const Opened = defineEvent('Opened', t.type({ id: t.string }));
const OpenedV2 = defineEvent('Opened', t.type({ id: t.string, by: t.string }), 2);
const Closed = defineEvent('Closed', t.type({ id: t.string, reason: t.string }));
const isAccountEvent = isEventOf([Opened, Closed]);

function recorded(type: string, data: Record<string, unknown>, schemaVersion = 1): RecordedEvent {
  return {
    index: 0,
    streamId: 'account-1',
    streamVersion: 0,
    eventId: 'event-1',
    type,
    schemaVersion,
    data,
    metadata: {
      actor: { id: 'clerk', role: 'system' },
      occurredAt: '2024-01-01T00:00:00Z',
      recordedAt: '2024-01-01T00:00:00Z',
    },
  };
}

/** The fold a projection writes: past the guard, `switch (type)` types `data` with no cast. */
function reasons(events: readonly RecordedEvent[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    if (!isAccountEvent(event)) continue;
    switch (event.type) {
      case Closed.type:
        out.push(event.data.reason);
        break;
      case Opened.type:
        out.push(`opened ${event.data.id}`);
        break;
    }
  }
  return out;
}

describe('isEventOf', () => {
  it('admits the events of its definitions and passes every other event over', () => {
    const events = [
      recorded('Opened', { id: 'a' }),
      recorded('Deposited', { id: 'a', reason: 'not an account event' }),
      recorded('Closed', { id: 'a', reason: 'moved away' }),
    ];
    expect(reasons(events)).toEqual(['opened a', 'moved away']);
  });

  it('tells schema versions apart: a version it was not given is not its event', () => {
    const isV2 = isEventOf([OpenedV2]);
    expect(isV2(recorded('Opened', { id: 'a', by: 'b' }, 2))).toBe(true);
    expect(isV2(recorded('Opened', { id: 'a' }, 1))).toBe(false);
    expect(isAccountEvent(recorded('Opened', { id: 'a', by: 'b' }, 2))).toBe(false);
  });
});
