import type { ItemChange, ProjectionChanges } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import type { VoteResultsState } from '../votes/project.ts';
import { publicChanges } from './public-changes.ts';

const ballot = {
  index: 9,
  streamId: 'vote-v-1',
  type: 'BallotCast',
  occurredAt: '2024-01-01T00:00:00Z',
  recordedAt: '2024-01-01T00:00:00Z',
  actor: { id: 'person-7', role: 'owner' },
};

function change(fields: ItemChange['fields']): ItemChange {
  return {
    item: '/votes/v-1',
    kind: 'changed',
    before: null,
    after: null,
    fields,
    fieldsOmitted: 0,
    causes: [ballot],
    causeCount: 1,
  };
}

const tallyFields: ItemChange['fields'] = [
  { path: '/tally/approve/owners', kind: 'changed', before: 0, after: 1 },
  { path: '/participating/owners', kind: 'changed', before: 0, after: 1 },
];

const changes = (fields: ItemChange['fields']): ProjectionChanges => ({
  name: 'voteResults',
  version: 1,
  added: 0,
  removed: 0,
  changed: 1,
  items: [change(fields)],
});

const statesWith = (status: string) =>
  ({ votes: { 'v-1': { status } }, order: ['v-1'] }) as unknown as VoteResultsState;

describe('publicChanges', () => {
  it('withholds choice totals of a vote still open, and the owner behind a ballot', () => {
    const shown = publicChanges(changes(tallyFields), statesWith('open'));
    expect(shown.items[0]!.fields.map((f) => f.path)).toEqual(['/participating/owners']);
    expect(shown.items[0]!.causes[0]!.actor).toEqual({ id: null, role: 'owner' });
  });

  it('withholds them when the vote was open at the start of the diff, even if closed at its end', () => {
    const fields = [...tallyFields, { path: '/status', kind: 'changed' as const, before: 'open', after: 'closed' }];
    const shown = publicChanges(changes(fields), statesWith('closed'));
    expect(shown.items[0]!.fields.map((f) => f.path)).toEqual(['/participating/owners', '/status']);
  });

  it('shows the totals of a vote closed at both ends', () => {
    const shown = publicChanges(changes(tallyFields), statesWith('certified'));
    expect(shown.items[0]!.fields).toHaveLength(2);
  });
});
