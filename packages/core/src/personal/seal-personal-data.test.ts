import { canonicalize } from 'json-canonicalize';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { defineEvent, EventCatalogue } from '../event-catalogue.ts';
import { canonicalLeaf } from '../leaf.ts';
import { complaint, catalogue, must, proposed, recorded } from './fixtures.ts';
import { openPersonalData } from './open-personal-data.ts';
import { personal } from './marking.ts';
import { InMemoryKeyStore } from './memory-key-store.ts';
import { sealPersonalData } from './seal-personal-data.ts';
import { SealedFieldBody } from './sealed-envelope.ts';

describe('sealPersonalData', () => {
  it('replaces each personal field by an envelope and keeps the other fields', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = must(await sealPersonalData(complaint('Wang Fang', '13800000000'), catalogue, keys));
    const key = must(await keys.currentKey('owner-1'));
    expect(sealed.data.complaintId).toBe('c-1');
    expect(sealed.data.complainantId).toBe('owner-1');
    expect(sealed.data.category).toBe('lift');
    for (const field of ['complainantName', 'phone']) {
      const body = (sealed.data[field] as { $personal: unknown }).$personal;
      expect(SealedFieldBody.is(body)).toBe(true);
      expect(body).toMatchObject({ v: 1, alg: 'AES-256-GCM', subject: 'owner-1', keyId: key.keyId });
    }
  });

  it('round-trips through opening', async () => {
    const keys = new InMemoryKeyStore();
    const event = complaint('Wang Fang', '13800000000');
    const sealed = must(await sealPersonalData(event, catalogue, keys));
    expect(must(await openPersonalData(recorded(sealed), keys))).toEqual(recorded(event));
  });

  it('round-trips personal names in an array, each under its own subject', async () => {
    const keys = new InMemoryKeyStore();
    const event = proposed('BallotsCast', {
      voteId: 'v-1',
      ballots: [
        { ownerId: 'o-1', ownerName: 'Li Lei', choice: 'for' },
        { ownerId: 'o-2', ownerName: 'Han Meimei', choice: 'against' },
      ],
    });
    const sealed = must(await sealPersonalData(event, catalogue, keys));
    const ballots = sealed.data.ballots as { ownerName: { $personal: { subject: string } } }[];
    expect(ballots.map((b) => b.ownerName.$personal.subject)).toEqual(['o-1', 'o-2']);
    expect(must(await openPersonalData(sealed, keys))).toEqual(event);
  });

  it('seals a whole object as one value', async () => {
    const keys = new InMemoryKeyStore();
    const event = proposed('OwnerRegistered', { ownerId: 'o-1', contact: { name: 'Li Lei', phone: '139' } });
    const sealed = must(await sealPersonalData(event, catalogue, keys));
    expect(Object.keys(sealed.data.contact as object)).toEqual(['$personal']);
    expect(must(await openPersonalData(sealed, keys))).toEqual(event);
  });

  it('returns an event without personal fields as it is, without touching the key store', async () => {
    const keys = new InMemoryKeyStore();
    const event = proposed('NoticePublished', { noticeId: 'n-1', title: 'Lift repair' });
    expect(must(await sealPersonalData(event, catalogue, keys))).toBe(event);
    expect(must(await keys.subjectStatus('owner-1'))._tag).toBe('Unknown');
  });

  it('gives the same leaf bytes for the same event and seeded keys', async () => {
    const event = complaint('Wang Fang', '13800000000');
    const a = must(await sealPersonalData(event, catalogue, new InMemoryKeyStore({ keySeed: 'demo' })));
    const b = must(await sealPersonalData(event, catalogue, new InMemoryKeyStore({ keySeed: 'demo' })));
    expect(canonicalLeaf(recorded(a)).equals(canonicalLeaf(recorded(b)))).toBe(true);
  });

  it('never leaves a marked plaintext value in the leaf bytes', async () => {
    const keys = new InMemoryKeyStore();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6 }), fc.string({ minLength: 6 }), async (name, phone) => {
        const event = complaint(name, phone);
        const baseline = canonicalLeaf(recorded(complaint('', ''))).toString('utf8');
        const sealed = canonicalLeaf(recorded(must(await sealPersonalData(event, catalogue, keys)))).toString('utf8');
        for (const value of [name, phone]) {
          const asJson = (canonicalize(value) ?? '').slice(1, -1);
          fc.pre(!baseline.includes(asJson));
          expect(sealed.includes(asJson)).toBe(false);
        }
      }),
    );
  });

  it('never leaves a marked object value in the leaf bytes', async () => {
    const keys = new InMemoryKeyStore();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 6 }), fc.string({ minLength: 6 }), async (name, phone) => {
        const event = proposed('OwnerRegistered', { ownerId: 'o-1', contact: { name, phone } });
        const sealed = canonicalLeaf(recorded(must(await sealPersonalData(event, catalogue, keys)))).toString('utf8');
        const baseline = canonicalLeaf(recorded(proposed('OwnerRegistered', { ownerId: 'o-1', contact: {} }))).toString(
          'utf8',
        );
        for (const value of [name, phone]) {
          const asJson = (canonicalize(value) ?? '').slice(1, -1);
          fc.pre(!baseline.includes(asJson));
          expect(sealed.includes(asJson)).toBe(false);
        }
      }),
    );
  });

  it('refuses a missing or empty subject id', async () => {
    const keys = new InMemoryKeyStore();
    const missing = proposed('ComplaintFiled', {
      complaintId: 'c-1',
      complainantName: 'X',
      category: 'lift',
      complainantId: '',
    });
    expect(await sealPersonalData(missing, catalogue, keys)).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectMissing', pointer: '/complainantName', subjectField: 'complainantId' },
    });
  });

  it('refuses data the catalogue does not accept, naming the field', async () => {
    const bad = proposed('ComplaintFiled', { complaintId: 'c-1', complainantId: 'owner-1', category: 'lift' });
    const result = await sealPersonalData(bad, catalogue, new InMemoryKeyStore());
    expect(
      result._tag === 'Left' && result.left._tag === 'DecodeError' && result.left.problems.map((p) => p.path),
    ).toEqual(['complainantName']);
  });

  it('refuses an unknown event type', async () => {
    const result = await sealPersonalData(proposed('Unheard', {}), catalogue, new InMemoryKeyStore());
    expect(result._tag === 'Left' && result.left._tag).toBe('DecodeError');
  });

  it('refuses to seal an event twice', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = must(await sealPersonalData(complaint(), catalogue, keys));
    expect(await sealPersonalData(sealed, catalogue, keys)).toEqual({
      _tag: 'Left',
      left: { _tag: 'ReservedMarkerInData', pointer: '/complainantName/$personal' },
    });
  });

  it('refuses the reserved $personal key anywhere in the data', async () => {
    const event = proposed('NoticePublished', { noticeId: 'n-1', title: 'x', extra: { $personal: 1 } });
    const result = await sealPersonalData(event, catalogue, new InMemoryKeyStore());
    expect(result._tag === 'Left' && result.left._tag).toBe('ReservedMarkerInData');
  });

  it('refuses an erased marker as a value to record', async () => {
    const event = complaint();
    const withMarker = { ...event, data: { ...event.data, complainantName: { erased: true, subject: 'owner-1' } } };
    expect(await sealPersonalData(withMarker, catalogue, new InMemoryKeyStore())).toEqual({
      _tag: 'Left',
      left: { _tag: 'ErasedMarkerInData', pointer: '/complainantName' },
    });
  });

  it('refuses personal data of an erased subject', async () => {
    const keys = new InMemoryKeyStore();
    must(await keys.currentKey('owner-1'));
    must(await keys.destroySubjectKeys('owner-1'));
    expect(await sealPersonalData(complaint(), catalogue, keys)).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectErased', subject: 'owner-1' },
    });
  });

  it('refuses a subject field that is itself personal', async () => {
    const leaky = defineEvent(
      'Leaky',
      t.type({ ownerId: personal(t.string, 'registryId'), registryId: t.string, name: personal(t.string, 'ownerId') }),
    );
    const event = proposed('Leaky', { ownerId: '320582199001011234', registryId: 'r-1', name: 'Li Lei' });
    expect(await sealPersonalData(event, new EventCatalogue([leaky]), new InMemoryKeyStore())).toEqual({
      _tag: 'Left',
      left: { _tag: 'SubjectFieldIsPersonal', pointer: '/name', subjectField: 'ownerId' },
    });
  });

  it('does not change the proposed event', async () => {
    const event = complaint('Wang Fang');
    const copy = structuredClone(event);
    must(await sealPersonalData(event, catalogue, new InMemoryKeyStore()));
    expect(event).toEqual(copy);
  });
});
