import { describe, it } from 'vitest';
import { emitted, event, given } from '../test-support/index.ts';
import { CompleteResolution, ConveneJointMeeting, RecordResolution } from './commands.ts';
import {
  JointMeetingConvened,
  JointResolutionCompleted,
  JointResolutionRecorded,
  type MeetingParty,
  type PartyKind,
} from './events.ts';
import { committeeElectedBy, REVOCATION_REFERENCE, revokedByCourt } from '../committees/test-fixtures.ts';
import { registeredPlaces } from '../registry/test-fixtures.ts';

const registered = registeredPlaces({ communities: ['c-binhe'] });

const community = { id: 'cc-binhe', role: 'community-committee' };
const at = '2024-05-10T02:00:00Z';
const stream = 'meeting-m-1';

const party = (kind: PartyKind, organisationId: string): MeetingParty => ({ kind, organisationId });
const fourParties = [
  party('community-party-organisation', 'cpo-binhe'),
  party('residents-committee', 'rc-binhe'),
  party('owners-committee', 'oc-hubin'),
  party('property-company', 'pc-1'),
  party('police', 'police-binhe'),
];
const convened = event(stream, JointMeetingConvened, {
  meetingId: 'm-1',
  communityId: 'c-binhe',
  parties: fourParties,
  topics: [{ kind: 'parking', summary: '夜间停车难', complaintId: null }],
});
const resolved = event(stream, JointResolutionRecorded, {
  meetingId: 'm-1',
  resolutionId: 'r-1',
  decision: '增设夜间临时停车位',
  responsibleOrganisationId: 'pc-1',
  dueAt: '2024-06-10T00:00:00Z',
});

const convene = (
  parties: MeetingParty[],
  topics: { kind: 'parking' | 'escalated-complaint'; summary: string; complaintId?: string }[],
) => ({
  data: { meetingId: 'm-1', communityId: 'c-binhe', parties, topics },
  actor: community,
  occurredAt: at,
});
const resolve = (responsibleOrganisationId: string, dueAt = '2024-06-10T00:00:00Z') => ({
  data: { meetingId: 'm-1', resolutionId: 'r-1', decision: '增设夜间临时停车位', responsibleOrganisationId, dueAt },
  actor: community,
  occurredAt: at,
});
const complete = (actor: { id: string; role: string }) => ({
  data: { meetingId: 'm-1', resolutionId: 'r-1', outcome: '已划设车位 40 个' },
  actor,
  occurredAt: '2024-06-01T00:00:00Z',
});

describe('convening a joint meeting', () => {
  it('records the parties present and the topics, escalated complaints by id', async () => {
    await given(...registered)
      .when(
        ConveneJointMeeting,
        convene(fourParties, [
          { kind: 'parking', summary: '夜间停车难' },
          { kind: 'escalated-complaint', summary: '电梯故障投诉', complaintId: 'cmp-7' },
        ]),
      )
      .thenEvents(
        emitted(JointMeetingConvened, {
          meetingId: 'm-1',
          communityId: 'c-binhe',
          parties: fourParties,
          topics: [
            { kind: 'parking', summary: '夜间停车难', complaintId: null },
            { kind: 'escalated-complaint', summary: '电梯故障投诉', complaintId: 'cmp-7' },
          ],
        }),
      );
  });

  it('refuses a meeting without all four parties, naming the missing ones', async () => {
    const withoutCompany = fourParties.filter((p) => p.kind !== 'property-company');
    await given(...registered)
      .when(ConveneJointMeeting, convene(withoutCompany, [{ kind: 'parking', summary: '停车' }]))
      .thenError('FourPartiesMissing', 'property-company');
  });

  it('accepts a residents council in place of an owners committee', async () => {
    const withCouncil = fourParties.map((p) =>
      p.kind === 'owners-committee' ? party('owners-council', 'council-1') : p,
    );
    await given(...registered)
      .when(ConveneJointMeeting, convene(withCouncil, [{ kind: 'parking', summary: '停车' }]))
      .thenAccepted();
  });

  it('refuses an organisation listed twice and a complaint id on a topic that is not an escalated complaint', async () => {
    await given(...registered)
      .when(
        ConveneJointMeeting,
        convene([...fourParties, party('other', 'pc-1')], [{ kind: 'parking', summary: '停车' }]),
      )
      .thenError('PartiesInvalid', 'twice');
    await given(...registered)
      .when(ConveneJointMeeting, convene(fourParties, [{ kind: 'parking', summary: '停车', complaintId: 'cmp-1' }]))
      .thenError('TopicsInvalid');
    await given(...registered)
      .when(ConveneJointMeeting, convene(fourParties, [{ kind: 'escalated-complaint', summary: '投诉' }]))
      .thenError('TopicsInvalid');
    await given(...registered)
      .when(ConveneJointMeeting, convene(fourParties, []))
      .thenError('TopicsInvalid');
  });

  it('convenes a meeting id once, by a community committee, street office or party committee only', async () => {
    await given(...registered, convened)
      .when(ConveneJointMeeting, convene(fourParties, [{ kind: 'parking', summary: '停车' }]))
      .thenError('MeetingAlreadyConvened');
    await given(...registered)
      .when(ConveneJointMeeting, {
        ...convene(fourParties, [{ kind: 'parking', summary: '停车' }]),
        actor: { id: 'pc-1', role: 'property-company' },
      })
      .thenError('Forbidden');
  });
});

describe('recording a resolution', () => {
  it('records a decision with a responsible party present and a due time', async () => {
    await given(...registered, convened)
      .when(RecordResolution, resolve('pc-1'))
      .thenEvents(emitted(JointResolutionRecorded, resolve('pc-1').data));
  });

  it('refuses a responsible organisation that was not at the meeting', async () => {
    await given(...registered, convened)
      .when(RecordResolution, resolve('pc-9'))
      .thenError('ResponsibleNotPresent');
  });

  it('refuses a due time not after the recording', async () => {
    await given(...registered, convened)
      .when(RecordResolution, resolve('pc-1', at))
      .thenError('DueNotAfterRecording');
  });

  it('refuses a resolution of a meeting never convened, or recorded twice', async () => {
    await given(...registered)
      .when(RecordResolution, resolve('pc-1'))
      .thenError('MeetingNotConvened');
    await given(...registered, convened, resolved)
      .when(RecordResolution, resolve('pc-1'))
      .thenError('ResolutionAlreadyRecorded');
  });
});

describe('completing a resolution', () => {
  it('lets the responsible organisation complete its own resolution', async () => {
    await given(...registered, convened, resolved)
      .when(CompleteResolution, complete({ id: 'pc-1', role: 'property-company' }))
      .thenEvents(emitted(JointResolutionCompleted, complete({ id: 'pc-1', role: 'property-company' }).data));
  });

  it('lets a convening body complete it, but no other organisation', async () => {
    await given(...registered, convened, resolved)
      .when(CompleteResolution, complete({ id: 'street-1', role: 'street-office' }))
      .thenAccepted();
    await given(...registered, convened, resolved)
      .when(CompleteResolution, complete({ id: 'pc-2', role: 'property-company' }))
      .thenError('NotAllowedToComplete');
    await given(...registered, convened)
      .when(CompleteResolution, complete({ id: 'pc-2', role: 'property-company' }))
      .thenError('Forbidden');
  });

  it('refuses completing an unknown or completed resolution', async () => {
    await given(...registered, convened)
      .when(CompleteResolution, complete(community))
      .thenError('ResolutionNotFound');
    const done = event(stream, JointResolutionCompleted, { meetingId: 'm-1', resolutionId: 'r-1', outcome: '完成' });
    await given(...registered, convened, resolved, done)
      .when(CompleteResolution, complete(community))
      .thenError('ResolutionAlreadyCompleted');
  });
});

describe('CommunityNotRegistered: a joint meeting is convened for a registered, active community', () => {
  it('refuses a meeting for a community nobody registered', async () => {
    const command = convene(fourParties, [{ kind: 'parking', summary: '夜间停车难' }]);
    await given(...registered)
      .when(ConveneJointMeeting, { ...command, data: { ...command.data, communityId: 'no-such-community' } })
      .thenError('CommunityNotRegistered', 'no-such-community');
  });
});

describe('ElectionRevoked: a committee whose electing decision was revoked does not sit for the owners at a joint meeting', () => {
  const revoked = [...committeeElectedBy('v3', 'c-binhe'), revokedByCourt('v3')];
  const late = { occurredAt: '2024-12-02T00:00:00Z' };
  const topics = [{ kind: 'parking' as const, summary: '夜间停车难' }];
  const withCouncil = fourParties.map((p) =>
    p.kind === 'owners-committee' ? party('owners-council', 'council-binhe') : p,
  );

  it('refuses the unseated committee as the owners’ party, naming the judgment', async () => {
    await given(...registered, ...revoked)
      .when(ConveneJointMeeting, { ...convene(fourParties, topics), ...late })
      .thenError('ElectionRevoked', REVOCATION_REFERENCE);
  });

  it('takes an owners’ council in its place, and the committee a new election seats', async () => {
    await given(...registered, ...revoked)
      .when(ConveneJointMeeting, { ...convene(withCouncil, topics), ...late })
      .thenAccepted();
    await given(...registered, ...revoked, ...committeeElectedBy('v3b', 'c-binhe'))
      .when(ConveneJointMeeting, { ...convene(fourParties, topics), ...late })
      .thenAccepted();
  });
});
