import { describe, expect, it } from 'vitest';
import { TestLedger } from '../test-support/index.ts';
import { registryEvents } from '../registry/index.ts';
import { recordRegistered } from '../registry/test-fixtures.ts';
import { PublishNotice } from './commands.ts';
import { noticesEvents } from './index.ts';
import { notices } from './project.ts';
import { listNotices } from './queries.ts';

const committee = { id: 'oc-hubin', role: 'owners-committee' };

/** A public-income notice on display until 8 May and a general notice of the same community until 30 May. */
async function twoNotices() {
  const ledger = new TestLedger([...noticesEvents, ...registryEvents]);
  await recordRegistered(ledger, { communities: ['c-hubin'] });
  const publish = async (
    noticeId: string,
    kind: 'public-income' | 'general',
    occurredAt: string,
    disclosureUntil: string,
    disclosureFrom?: string,
  ) =>
    await ledger.accept(PublishNotice, {
      data: {
        noticeId,
        communityId: 'c-hubin',
        kind,
        title: '公告',
        disclosureUntil,
        ...(disclosureFrom ? { disclosureFrom } : {}),
      },
      actor: committee,
      occurredAt,
    });
  // Published first, on display from the day after (the ledger's time never goes back).
  await publish('later', 'general', '2024-05-01T00:00:00Z', '2024-05-30T00:00:00Z', '2024-05-02T00:00:00Z');
  await publish('income', 'public-income', '2024-05-01T00:00:00Z', '2024-05-08T00:00:00Z');
  return ledger.project(notices);
}

describe('listNotices', () => {
  it('lists every notice, in order of disclosure start, when no time is asked about', async () => {
    expect(listNotices(await twoNotices()).map((n) => n.noticeId)).toEqual(['income', 'later']);
  });

  it('keeps only the notices of a kind, and only those on display at a time', async () => {
    const state = await twoNotices();
    expect(listNotices(state, { kind: 'public-income' }).map((n) => n.noticeId)).toEqual(['income']);
    expect(listNotices(state, { onDisplayAt: '2024-05-09T00:00:00Z' }).map((n) => n.noticeId)).toEqual(['later']);
    expect(listNotices(state, { kind: 'public-income', onDisplayAt: '2024-05-09T00:00:00Z' })).toEqual([]);
    expect(listNotices(state, { communityId: 'c-other' })).toEqual([]);
  });
});
