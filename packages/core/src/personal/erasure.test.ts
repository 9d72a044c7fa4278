import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ProposedEvent } from '../envelope.ts';
import type { StreamAppend } from '../store.ts';
import {
  completeErasure,
  type ErasureRequest,
  erasePersonalData,
  PersonalDataErased,
  personalDataStreamId,
  proposeErasure,
  reconcileErasures,
} from './erasure.ts';
import { catalogue, complaint, must } from './fixtures.ts';
import { InMemoryKeyStore } from './memory-key-store.ts';
import { openPersonalData } from './open-personal-data.ts';
import { sealPersonalData } from './seal-personal-data.ts';

const request: ErasureRequest = {
  subject: 'owner-1',
  requestedBy: 'owner-1',
  reason: 'PIPL art. 47 deletion request no. 2024-017',
  actor: { id: 'bureau-zjg', role: 'housing-bureau' },
  occurredAt: '2024-05-02T09:00:00.000Z',
};

describe('proposeErasure', () => {
  it('records who asked, why and which keys, on the subject erasure stream, without touching a key', async () => {
    const keys = new InMemoryKeyStore();
    const key = must(await keys.currentKey('owner-1'));
    const group = must(await proposeErasure(request, keys));
    expect(group).toEqual({
      streamId: 'personal-data-owner-1',
      expectedVersion: 'no-stream',
      events: [
        {
          streamId: 'personal-data-owner-1',
          type: 'PersonalDataErased',
          schemaVersion: 1,
          data: { subject: 'owner-1', requestedBy: 'owner-1', reason: request.reason, keyIds: [key.keyId] },
          metadata: { actor: request.actor, occurredAt: request.occurredAt },
        },
      ],
    });
    expect(must(await keys.findKey('owner-1', key.keyId))._tag).toBe('KeyFound');
  });

  it('refuses an unknown subject, so a mistyped id is not erased', async () => {
    expect(await proposeErasure(request, new InMemoryKeyStore())).toEqual(
      left({ _tag: 'SubjectUnknown', subject: 'owner-1' }),
    );
  });

  it('refuses a subject already erased', async () => {
    const keys = new InMemoryKeyStore();
    must(await keys.currentKey('owner-1'));
    must(await keys.destroySubjectKeys('owner-1'));
    expect(await proposeErasure(request, keys)).toEqual(left({ _tag: 'SubjectAlreadyErased', subject: 'owner-1' }));
  });

  it('refuses an invalid request, naming the field', async () => {
    const keys = new InMemoryKeyStore();
    must(await keys.currentKey('owner-1'));
    const result = await proposeErasure({ ...request, occurredAt: 'yesterday' }, keys);
    expect(
      result._tag === 'Left' && result.left._tag === 'DecodeError' && result.left.problems.map((p) => p.path),
    ).toEqual(['metadata.occurredAt']);
  });
});

describe('erasePersonalData', () => {
  it('appends the erasure first and then destroys the keys, after which the data reads as erased', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = must(await sealPersonalData(complaint('Wang Fang'), catalogue, keys));
    const steps: string[] = [];
    const done = must(
      await erasePersonalData(request, keys, async (group: StreamAppend) => {
        steps.push(`append ${group.streamId}`);
        steps.push(`keys still there: ${must(await keys.subjectStatus('owner-1'))._tag}`);
        return right(1);
      }),
    );
    expect(steps).toEqual(['append personal-data-owner-1', 'keys still there: Active']);
    expect(done.recorded).toBe(1);
    expect(done.erased.subject).toBe('owner-1');
    expect(must(await openPersonalData(sealed, keys)).data.complainantName).toEqual({
      erased: true,
      subject: 'owner-1',
    });
  });

  it('destroys nothing when the append is refused', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = must(await sealPersonalData(complaint('Wang Fang'), catalogue, keys));
    const refused = await erasePersonalData(
      request,
      keys,
      async (): Promise<Either<string, never>> => left('WrongExpectedVersion'),
    );
    expect(refused).toEqual(left({ _tag: 'ErasureNotRecorded', subject: 'owner-1', cause: 'WrongExpectedVersion' }));
    expect(must(await openPersonalData(sealed, keys)).data.complainantName).toBe('Wang Fang');
  });
});

describe('reconcileErasures', () => {
  it('completes an erasure recorded before a crash and leaves finished ones alone', async () => {
    const keys = new InMemoryKeyStore();
    must(await keys.currentKey('owner-1'));
    must(await keys.currentKey('owner-2'));
    const pending = must(await proposeErasure(request, keys)).events[0] as ProposedEvent;
    const finished = must(await proposeErasure({ ...request, subject: 'owner-2' }, keys)).events[0] as ProposedEvent;
    must(await completeErasure(finished, keys));
    const other = complaint();

    const completed = must(await reconcileErasures([other, finished, pending], keys));

    expect(completed.map((e) => e.subject)).toEqual(['owner-1']);
    expect(must(await keys.subjectStatus('owner-1'))._tag).toBe('Erased');
    expect(must(await reconcileErasures([pending], keys))).toEqual([]);
  });
});

describe('PersonalDataErased', () => {
  it('is an event a catalogue can hold, on a per-subject stream', () => {
    expect(PersonalDataErased.type).toBe('PersonalDataErased');
    expect(personalDataStreamId('owner-9')).toBe('personal-data-owner-9');
    expect(PersonalDataErased.codec.is({ subject: 's', requestedBy: 'a', reason: 'r', keyIds: [] })).toBe(true);
  });
});
