import { describe, expect, it } from 'vitest';
import { emitted, event, given } from '../test-support/index.ts';
import { PublishNotice, publishNoticeWith, WithdrawNotice } from './commands.ts';
import { NoticePublished, NoticeWithdrawn } from './events.ts';
import { makeDisclosurePolicy } from './policy.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';
import { StreetOfficeRegistered } from '../registry/events.ts';
import { voteHistory } from '../votes/test-fixtures.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';

/** The community, and the certified vote (`vote-12`) whose result the notices publish. */
const registered = [
  ...registeredPlaces({ communities: ['c-hubin'] }),
  ...voteHistory('vote-12', { communityId: 'c-hubin' }),
];

const committee = { id: 'oc-hubin', role: 'owners-committee' };
const at = '2024-07-10T01:00:00Z';
const digest = 'a'.repeat(64);

const publish = (
  disclosureUntil: string,
  extra: { disclosureFrom?: string; kind?: 'fund-use' | 'vote-result' } = {},
) => ({
  data: {
    noticeId: 'n-1',
    communityId: 'c-hubin',
    kind: extra.kind ?? ('vote-result' as const),
    title: '关于电梯更新表决结果的公告',
    disclosureUntil,
    subjectId: 'vote-12',
    documentSha256: digest,
    ...(extra.disclosureFrom ? { disclosureFrom: extra.disclosureFrom } : {}),
  },
  actor: committee,
  occurredAt: at,
});
const publishedData = {
  noticeId: 'n-1',
  communityId: 'c-hubin',
  kind: 'vote-result' as const,
  title: '关于电梯更新表决结果的公告',
  subjectId: 'vote-12',
  documentSha256: digest,
  disclosureFrom: at,
  disclosureUntil: '2024-07-17T01:00:00Z',
  minimumDays: 7,
};
const published = event('notice-n-1', NoticePublished, publishedData, { actor: committee, occurredAt: at });

describe('publishing a notice', () => {
  it('publishes from the moment of publication when no start is given, stamping the minimum days', async () => {
    await given(...registered)
      .when(PublishNotice, publish('2024-07-17T01:00:00Z'))
      .thenEvents(emitted(NoticePublished, publishedData));
  });

  it('refuses a disclosure period shorter than the minimum for the kind', async () => {
    await given(...registered)
      .when(PublishNotice, publish('2024-07-17T00:59:59Z'))
      .thenError('DisclosureTooShort', 'at least 7 days');
  });

  it('applies a configured minimum per kind', async () => {
    const strict = publishNoticeWith(makeDisclosurePolicy({ minimumDaysByKind: { 'fund-use': 15 } }));
    await given(...registered)
      .when(strict, publish('2024-07-20T01:00:00Z', { kind: 'fund-use' }))
      .thenError('DisclosureTooShort', '15 days');
    await given(...registered)
      .when(strict, publish('2024-07-20T01:00:00Z'))
      .thenAccepted();
  });

  it('refuses a disclosure said to start before the notice was published', async () => {
    await given(...registered)
      .when(PublishNotice, publish('2024-07-30T00:00:00Z', { disclosureFrom: '2024-07-09T00:00:00Z' }))
      .thenError('DisclosureBackdated');
  });

  it('publishes a notice id once', async () => {
    await given(...registered, published)
      .when(PublishNotice, publish('2024-07-30T00:00:00Z'))
      .thenError('NoticeAlreadyPublished');
  });

  it('lets owners committees, property companies, street offices and the housing bureau publish, not residents', async () => {
    for (const role of ['owners-committee', 'property-company', 'street-office', 'housing-bureau']) {
      await given(...registered)
        .when(PublishNotice, { ...publish('2024-07-30T00:00:00Z'), actor: { id: 'x', role } })
        .thenAccepted();
    }
    await given(...registered)
      .when(PublishNotice, { ...publish('2024-07-30T00:00:00Z'), actor: { id: 'r', role: 'resident' } })
      .thenError('Forbidden');
  });

  it('refuses a document digest that is not 64 lower-case hex digits', async () => {
    const bad = publish('2024-07-30T00:00:00Z');
    await given(...registered)
      .when(PublishNotice, { ...bad, data: { ...bad.data, documentSha256: 'ABC' } })
      .thenError('DecodeError', 'documentSha256');
  });

  it('refuses a policy with a minimum that is not a whole number of days from 1 to 365', () => {
    expect(() => makeDisclosurePolicy({ defaultMinimumDays: 0 })).toThrow(/invalid disclosure policy/);
    expect(() => makeDisclosurePolicy({ minimumDaysByKind: { 'fund-use': 7.5 } })).toThrow(/invalid disclosure policy/);
  });
});

describe('withdrawing a notice', () => {
  const withdraw = (actor: { id: string; role: string }) => ({
    data: { noticeId: 'n-1', reason: '表决结果需更正' },
    actor,
    occurredAt: '2024-07-12T00:00:00Z',
  });

  it('lets the publisher withdraw its notice with a reason', async () => {
    await given(...registered, published)
      .when(WithdrawNotice, withdraw(committee))
      .thenEvents(emitted(NoticeWithdrawn, withdraw(committee).data));
  });

  it('refuses anyone but the publisher, even in the same role', async () => {
    await given(...registered, published)
      .when(WithdrawNotice, withdraw({ id: 'oc-other', role: 'owners-committee' }))
      .thenError('NotThePublisher');
    await given(...registered, published)
      .when(WithdrawNotice, withdraw({ id: 'bureau-zjg', role: 'housing-bureau' }))
      .thenError('NotThePublisher');
  });

  it('refuses withdrawing an unknown or withdrawn notice', async () => {
    await given(...registered)
      .when(WithdrawNotice, withdraw(committee))
      .thenError('NoticeNotFound');
    const withdrawn = event('notice-n-1', NoticeWithdrawn, { noticeId: 'n-1', reason: '更正' }, { actor: committee });
    await given(...registered, published, withdrawn)
      .when(WithdrawNotice, withdraw(committee))
      .thenError('NoticeAlreadyWithdrawn');
  });
});

describe('PlaceNotRegistered: a notice names a registered, active place, or the city for the housing bureau', () => {
  const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
  const forPlace = (communityId: string, actor = committee) => {
    const command = publish('2024-07-20T01:00:00Z', { kind: 'fund-use' });
    return { ...command, data: { ...command.data, communityId }, actor };
  };

  it('refuses a notice for a community nobody registered', async () => {
    await given(...registered)
      .when(PublishNotice, forPlace('no-such-community'))
      .thenError('PlaceNotRegistered');
  });

  it('accepts a notice for a registered street office', async () => {
    const office = event('street-office-so-yangshe', StreetOfficeRegistered, {
      streetOfficeId: 'so-yangshe',
      name: '杨舍镇',
    });
    await given(office).when(PublishNotice, forPlace('so-yangshe')).thenAccepted();
  });

  it('lets only the housing bureau publish for the whole city (CityScopeNotAllowed)', async () => {
    await given().when(PublishNotice, forPlace('zjg', bureau)).thenAccepted();
    await given().when(PublishNotice, forPlace('zjg')).thenError('CityScopeNotAllowed', 'housing bureau');
  });
});

describe('DisclosureTooShortFromRecording: the minimum display counts from the ledger’s recording', () => {
  it('refuses a notice dated in time but recorded too late for its period to reach the minimum', async () => {
    await given(...registered)
      .when(PublishNotice, { ...publish('2024-07-17T01:00:00Z'), recordedAt: '2024-07-11T01:00:00Z' })
      .thenError('DisclosureTooShortFromRecording', '2024-07-11T01:00:00.000Z');
    await given(...registered)
      .when(PublishNotice, { ...publish('2024-07-18T01:00:00Z'), recordedAt: '2024-07-11T01:00:00Z' })
      .thenAccepted();
  });
});

describe('VoteResultNeedsVote: a vote-result notice publishes the certified result of a vote of its community', () => {
  const resultOf = (subjectId: string | undefined) => {
    const command = publish('2024-07-20T01:00:00Z');
    const { subjectId: _named, ...data } = command.data;
    return { ...command, data: subjectId === undefined ? data : { ...data, subjectId } };
  };

  it('accepts the result of a certified vote of the community', async () => {
    await given(...registered)
      .when(PublishNotice, resultOf('vote-12'))
      .thenAccepted();
  });

  it('refuses a vote-result notice that names no vote', async () => {
    await given(...registered)
      .when(PublishNotice, resultOf(undefined))
      .thenError('VoteResultNeedsVote', 'data.subjectId');
  });

  it('refuses the result of a vote that was never proposed', async () => {
    await given(...registered)
      .when(PublishNotice, resultOf('vote-99'))
      .thenError('VoteResultNeedsVote', 'no such vote was proposed');
  });

  it('refuses the result of a vote whose result is not yet certified', async () => {
    await given(...registered, ...voteHistory('vote-13', { communityId: 'c-hubin', status: 'closed' }))
      .when(PublishNotice, resultOf('vote-13'))
      .thenError('VoteResultNeedsVote', 'not certified');
  });

  it('refuses the result of a vote of another community', async () => {
    await given(...registered, ...voteHistory('vote-14', { communityId: 'c-other' }))
      .when(PublishNotice, resultOf('vote-14'))
      .thenError('VoteResultNeedsVote', 'vote of c-other');
  });

  it('leaves notices of other kinds free to name any subject', async () => {
    await given(...registered)
      .when(PublishNotice, publish('2024-07-20T01:00:00Z', { kind: 'fund-use' }))
      .thenAccepted();
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked publishes and withdraws nothing as the committee', () => {
  const revoked = [...committeeElectedBy('v3', 'c-hubin'), revokedByCourt('v3', '2024-07-01T00:00:00Z')];
  const reElected = committeeElectedBy('v3b', 'c-hubin', '2024-07-02T00:00:00Z');
  const street = { id: 'so-hubin', role: 'street-office' };
  const withdraw = (actor: { id: string; role: string }) => ({
    data: { noticeId: 'n-1', reason: '表决结果需更正' },
    actor,
    occurredAt: '2024-07-12T00:00:00Z',
  });

  it('refuses a notice published by the committee elected by v3 once a court revoked v3, naming the judgment', async () => {
    await given(...registered, ...revoked)
      .when(PublishNotice, publish('2024-07-17T01:00:00Z'))
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
  });

  it('lets the committee a new election seated, or the street office, publish the notice', async () => {
    await given(...registered, ...revoked, ...reElected)
      .when(PublishNotice, publish('2024-07-17T01:00:00Z'))
      .thenEvents(emitted(NoticePublished, publishedData));
    await given(...registered, ...revoked)
      .when(PublishNotice, { ...publish('2024-07-17T01:00:00Z'), actor: street })
      .thenEvents(emitted(NoticePublished, publishedData));
  });

  it('refuses the unseated committee withdrawing a notice it published while it sat; the newly elected committee may', async () => {
    await given(...registered, published, ...revoked)
      .when(WithdrawNotice, withdraw(committee))
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
    await given(...registered, published, ...revoked, ...reElected)
      .when(WithdrawNotice, withdraw(committee))
      .thenEvents(emitted(NoticeWithdrawn, withdraw(committee).data));
  });
});
