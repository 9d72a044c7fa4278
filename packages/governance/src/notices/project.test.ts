import { EventCatalogue } from '@govledger/core';
import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/index.ts';
import { PublishNotice, WithdrawNotice } from './commands.ts';
import { noticesEvents } from './index.ts';
import { notices } from './project.ts';
import { noticesInDisclosure } from './queries.ts';
import { registryEvents } from '../registry/index.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { voteEvents } from '../votes/events.ts';
import { voteHistory } from '../votes/test-fixtures.ts';

const committee = { id: 'oc-hubin', role: 'owners-committee' };
const company = { id: 'pc-1', role: 'property-company' };

async function history(): Promise<TestLedger> {
  const ledger = new TestLedger([...noticesEvents, ...registryEvents, ...voteEvents]);
  await recordRegistered(ledger, { communities: ['c-hubin', 'c-jinxiang'] });
  for (const g of voteHistory('v-hubin', { communityId: 'c-hubin' })) await ledger.record(g.streamId, g.event, g.act);
  await ledger.accept(PublishNotice, {
    data: {
      noticeId: 'vote',
      communityId: 'c-hubin',
      kind: 'vote-result',
      title: '表决结果',
      subjectId: 'v-hubin',
      disclosureUntil: '2024-07-08T00:00:00Z',
    },
    actor: committee,
    occurredAt: '2024-07-01T00:00:00Z',
  });
  await ledger.accept(PublishNotice, {
    data: {
      noticeId: 'income',
      communityId: 'c-hubin',
      kind: 'public-income',
      title: '一季度公共收益',
      disclosureUntil: '2024-07-20T00:00:00Z',
    },
    actor: company,
    occurredAt: '2024-07-05T00:00:00Z',
  });
  await ledger.accept(PublishNotice, {
    data: {
      noticeId: 'other',
      communityId: 'c-jinxiang',
      kind: 'general',
      title: '停水通知',
      disclosureUntil: '2024-07-30T00:00:00Z',
    },
    actor: company,
    occurredAt: '2024-07-06T00:00:00Z',
  });
  return ledger;
}

describe('the notices read model', () => {
  it('shows which notices are on display at a time, the end of a period excluded', async () => {
    const state = (await history()).project(notices);
    const ids = (at: string, communityId?: string) =>
      noticesInDisclosure(state, at, communityId).map((n) => n.noticeId);
    expect(ids('2024-07-06T12:00:00Z')).toEqual(['vote', 'income', 'other']);
    expect(ids('2024-07-08T00:00:00Z')).toEqual(['income', 'other']);
    expect(ids('2024-07-06T12:00:00Z', 'c-hubin')).toEqual(['vote', 'income']);
    expect(ids('2024-06-30T00:00:00Z')).toEqual([]);
  });

  it('takes a notice off display from its withdrawal, and keeps it on display before it', async () => {
    const ledger = await history();
    await ledger.accept(WithdrawNotice, {
      data: { noticeId: 'income', reason: '金额有误' },
      actor: company,
      occurredAt: '2024-07-10T00:00:00Z',
    });
    const state = ledger.project(notices);
    const ids = (at: string) => noticesInDisclosure(state, at).map((n) => n.noticeId);
    expect(ids('2024-07-09T00:00:00Z')).toEqual(['income', 'other']);
    expect(ids('2024-07-10T00:00:00Z')).toEqual(['other']);
    expect(state.notices.income).toMatchObject({
      withdrawnAt: '2024-07-10T00:00:00Z',
      withdrawalReason: '金额有误',
    });
  });

  it('records the publisher and the last recorded time as the default time in question', async () => {
    const state = (await history()).project(notices);
    expect(state.notices.vote?.publisher).toEqual(committee);
    expect(state.lastRecordedAt).toBe('2024-07-06T00:00:00.000Z');
    expect(noticesInDisclosure(state, state.lastRecordedAt!).map((n) => n.noticeId)).toEqual([
      'vote',
      'income',
      'other',
    ]);
  });
  it('records only event types of the area catalogue, each defined once', async () => {
    const known = new Set([
      ...new EventCatalogue([...noticesEvents, ...registryEvents, ...voteEvents]).definitions().map((d) => d.type),
    ]);
    expect((await history()).events.filter((e) => !known.has(e.type))).toEqual([]);
  });
});
