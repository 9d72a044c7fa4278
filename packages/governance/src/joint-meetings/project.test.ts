import { EventCatalogue } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/index.ts';
import { CompleteResolution, ConveneJointMeeting, RecordResolution } from './commands.ts';
import { jointMeetingsEvents } from './index.ts';
import { jointMeetings, overdueResolutions } from './project.ts';
import { registryEvents } from '../registry/index.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';

const community = { id: 'cc-binhe', role: 'community-committee' };
const parties = [
  { kind: 'community-party-organisation' as const, organisationId: 'cpo-1' },
  { kind: 'residents-committee' as const, organisationId: 'rc-1' },
  { kind: 'owners-committee' as const, organisationId: 'oc-1' },
  { kind: 'property-company' as const, organisationId: 'pc-1' },
  { kind: 'urban-management' as const, organisationId: 'cg-1' },
];

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...jointMeetingsEvents, ...registryEvents]);
  await recordRegistered(ledger, { communities: ['c-1'] });
  await ledger.accept(ConveneJointMeeting, {
    data: {
      meetingId: 'm-1',
      communityId: 'c-1',
      parties,
      topics: [{ kind: 'waste-sorting', summary: '垃圾分类投放点' }],
    },
    actor: community,
    occurredAt: '2024-05-01T02:00:00Z',
  });
  const resolve = async (resolutionId: string, responsibleOrganisationId: string, dueAt: string) =>
    await ledger.accept(RecordResolution, {
      data: { meetingId: 'm-1', resolutionId, decision: resolutionId, responsibleOrganisationId, dueAt },
      actor: community,
      occurredAt: '2024-05-01T03:00:00Z',
    });
  await resolve('r-1', 'pc-1', '2024-05-15T00:00:00Z');
  await resolve('r-2', 'cg-1', '2024-05-10T00:00:00Z');
  await resolve('r-3', 'rc-1', '2024-06-30T00:00:00Z');
  await ledger.accept(CompleteResolution, {
    data: { meetingId: 'm-1', resolutionId: 'r-1', outcome: '已调整投放点' },
    actor: { id: 'pc-1', role: 'property-company' },
    occurredAt: '2024-05-20T00:00:00Z',
  });
  return ledger;
}

describe('the joint-meetings read model', () => {
  it('keeps each resolution status and whether it was completed late', async () => {
    const state = (await history()).project(jointMeetings);
    const meeting = state.meetings['m-1']!;
    expect(meeting.openResolutions).toBe(2);
    expect(meeting.resolutions['r-1']).toMatchObject({
      status: 'completed',
      completedLate: true,
      outcome: '已调整投放点',
    });
    expect(meeting.resolutions['r-2']).toMatchObject({ status: 'open', completedLate: null });
    expect([state.openResolutions, state.completedResolutions]).toEqual([2, 1]);
  });

  it('lists open resolutions overdue at the time in question, most overdue first', async () => {
    const state = (await history()).project(jointMeetings);
    expect(overdueResolutions(state, '2024-05-09T00:00:00Z')).toEqual([]);
    expect(overdueResolutions(state, '2024-05-21T00:00:00Z').map((r) => r.resolutionId)).toEqual(['r-2']);
    expect(overdueResolutions(state, '2024-07-01T00:00:00Z').map((r) => r.resolutionId)).toEqual(['r-2', 'r-3']);
  });

  it('takes the last recorded time as the default time in question', async () => {
    const state = (await history()).project(jointMeetings);
    expect(state.lastRecordedAt).toBe('2024-05-20T00:00:00.000Z');
    expect(overdueResolutions(state, state.lastRecordedAt!).map((r) => r.resolutionId)).toEqual(['r-2']);
  });
  it('records only event types of the area catalogue, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue([...jointMeetingsEvents, ...registryEvents]).definitions().map((d) => d.type),
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});

describe('joint-meeting lateness by the ledger’s time', () => {
  it('counts a completion recorded after the due time as late, even when it claims an earlier date', async () => {
    const ledger = await history();
    await ledger.accept(CompleteResolution, {
      data: { meetingId: 'm-1', resolutionId: 'r-3', outcome: '已约谈居委会' },
      actor: { id: 'rc-1', role: 'community-committee' },
      occurredAt: '2024-06-29T12:00:00Z',
      recordedAt: '2024-07-01T02:00:00Z',
    });
    expect(ledger.project(jointMeetings).meetings['m-1']?.resolutions['r-3']).toMatchObject({
      completedAt: '2024-06-29T12:00:00Z',
      completedLate: true,
    });
  });
});
