import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Either, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { ProposedEvent } from '../envelope.ts';
import { canonicalLeaf, parseLeaf } from '../leaf.ts';
import { FileKeyStore } from './file-key-store.ts';
import { catalogue, complaint, must, proposed, recorded } from './fixtures.ts';
import type { KeyLookup } from './key-store.ts';
import { InMemoryKeyStore } from './memory-key-store.ts';
import { decodeSealedData, erasedView, openPersonalData } from './open-personal-data.ts';
import { sealPersonalData } from './seal-personal-data.ts';
import { hasSealedFields, mayContainSealedData } from './sealed-envelope.ts';

type Body = Record<string, unknown>;

function withBody(event: ProposedEvent, field: string, change: (body: Body) => Body): ProposedEvent {
  const body = (event.data[field] as { $personal: Body }).$personal;
  return { ...event, data: { ...event.data, [field]: { $personal: change(body) } } };
}

async function sealedComplaint(
  keys: InMemoryKeyStore,
  name = 'Wang Fang',
  phone = '13800000000',
): Promise<ProposedEvent> {
  return must(await sealPersonalData(complaint(name, phone), catalogue, keys));
}

describe('openPersonalData', () => {
  it('opens an event read back from its canonical leaf', async () => {
    const keys = new InMemoryKeyStore();
    const leaf = canonicalLeaf(recorded(await sealedComplaint(keys)));
    const opened = must(await openPersonalData(parseLeaf(leaf, 0), keys));
    expect(opened.data).toEqual(complaint('Wang Fang', '13800000000').data);
  });

  it('leaves the envelopes of subjects the caller keeps sealed as they are, even with their key at hand', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await sealedComplaint(keys);
    const kept = must(await openPersonalData(sealed, keys, { keepSealed: (subject) => subject === 'owner-1' }));
    expect(kept.data).toEqual(sealed.data);
    const other = must(await openPersonalData(sealed, keys, { keepSealed: (subject) => subject === 'owner-2' }));
    expect(other.data).toEqual(complaint('Wang Fang', '13800000000').data);
  });

  it('returns an event without envelopes as it is', async () => {
    const event = recorded(proposed('NoticePublished', { noticeId: 'n-1', title: 'x' }));
    expect(must(await openPersonalData(event, new InMemoryKeyStore()))).toBe(event);
  });

  it('reads an erased subject as erased and leaves the other fields intact', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await sealedComplaint(keys);
    must(await keys.destroySubjectKeys('owner-1'));
    expect(must(await openPersonalData(sealed, keys)).data).toEqual({
      complaintId: 'c-1',
      complainantId: 'owner-1',
      complainantName: { erased: true, subject: 'owner-1' },
      category: 'lift',
      phone: { erased: true, subject: 'owner-1' },
    });
  });

  it('erases one subject of a shared event and still opens the others', async () => {
    const keys = new InMemoryKeyStore();
    const event = proposed('BallotsCast', {
      voteId: 'v-1',
      ballots: [
        { ownerId: 'o-1', ownerName: 'Li Lei', choice: 'for' },
        { ownerId: 'o-2', ownerName: 'Han Meimei', choice: 'against' },
      ],
    });
    const sealed = must(await sealPersonalData(event, catalogue, keys));
    must(await keys.destroySubjectKeys('o-1'));
    expect(must(await openPersonalData(sealed, keys)).data.ballots).toEqual([
      { ownerId: 'o-1', ownerName: { erased: true, subject: 'o-1' }, choice: 'for' },
      { ownerId: 'o-2', ownerName: 'Han Meimei', choice: 'against' },
    ]);
  });

  it('keeps events sealed before a key rotation readable', async () => {
    const keys = new InMemoryKeyStore();
    const before = await sealedComplaint(keys, 'Wang Fang');
    must(await keys.rotateKey('owner-1'));
    const after = await sealedComplaint(keys, 'Wang Fang (new)');
    const keyIdOf = (e: ProposedEvent) => (e.data.complainantName as { $personal: { keyId: string } }).$personal.keyId;
    expect(keyIdOf(after)).not.toBe(keyIdOf(before));
    expect(must(await openPersonalData(before, keys)).data.complainantName).toBe('Wang Fang');
    expect(must(await openPersonalData(after, keys)).data.complainantName).toBe('Wang Fang (new)');
  });

  it('fails loudly on a tampered ciphertext instead of reading it as erased', async () => {
    const keys = new InMemoryKeyStore();
    const tampered = withBody(await sealedComplaint(keys), 'complainantName', (body) => {
      const ct = Buffer.from(body.ct as string, 'base64');
      ct[0] = (ct[0] ?? 0) ^ 1;
      return { ...body, ct: ct.toString('base64') };
    });
    const result = await openPersonalData(tampered, keys);
    expect(result._tag === 'Left' && result.left).toMatchObject({
      _tag: 'PersonalDataUnauthentic',
      streamId: 'complaint-1',
      pointer: '/complainantName',
      subject: 'owner-1',
    });
  });

  it('fails loudly when the key store answers with the wrong key bytes', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await sealedComplaint(keys);
    class WrongBytes extends InMemoryKeyStore {
      override async findKey(subject: string, keyId: string): Promise<Either<never, KeyLookup>> {
        return right({ _tag: 'KeyFound', key: { subject, keyId, key: Buffer.alloc(32, 9) } });
      }
    }
    const result = await openPersonalData(sealed, new WrongBytes());
    expect(result._tag === 'Left' && result.left._tag).toBe('PersonalDataUnauthentic');
  });

  it('fails loudly when the key store does not know the key', async () => {
    const sealed = await sealedComplaint(new InMemoryKeyStore());
    const result = await openPersonalData(sealed, new InMemoryKeyStore());
    expect(result._tag === 'Left' && result.left._tag).toBe('PersonalKeyUnknown');
  });

  it('fails loudly on an envelope moved to another field', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await sealedComplaint(keys);
    const swapped = {
      ...sealed,
      data: { ...sealed.data, complainantName: sealed.data.phone, phone: sealed.data.complainantName },
    };
    const result = await openPersonalData(swapped, keys);
    expect(result._tag === 'Left' && result.left._tag).toBe('PersonalDataUnauthentic');
  });

  it('fails loudly on a malformed envelope', async () => {
    const keys = new InMemoryKeyStore();
    const sealed = await sealedComplaint(keys);
    const noTag = withBody(sealed, 'complainantName', ({ tag: _tag, ...rest }) => rest);
    const extra = { ...sealed, data: { ...sealed.data, phone: { ...(sealed.data.phone as object), note: 'x' } } };
    for (const bad of [noTag, extra]) {
      const result = await openPersonalData(bad, keys);
      expect(result._tag === 'Left' && result.left._tag).toBe('SealedFieldMalformed');
    }
  });

  it('fails with KeyStoreMissing when the key store file is gone, never with plaintext or erased', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govledger-open-'));
    try {
      const keys = must(await FileKeyStore.create(join(dir, 'ledger.keys')));
      const sealed = must(await sealPersonalData(complaint(), catalogue, keys));
      await rm(join(dir, 'ledger.keys'));
      const result = await openPersonalData(sealed, keys);
      expect(result._tag === 'Left' && result.left._tag).toBe('KeyStoreMissing');
      const again = await sealPersonalData(complaint(), catalogue, keys);
      expect(again._tag === 'Left' && again.left._tag).toBe('KeyStoreMissing');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('erasedView', () => {
  it('hides every envelope without keys and keeps the other fields', async () => {
    const sealed = await sealedComplaint(new InMemoryKeyStore());
    expect(erasedView(sealed).data).toEqual({
      complaintId: 'c-1',
      complainantId: 'owner-1',
      complainantName: { erased: true, subject: 'owner-1' },
      category: 'lift',
      phone: { erased: true, subject: 'owner-1' },
    });
  });

  it('gives data the catalogue decodes without any key', async () => {
    const sealed = await sealedComplaint(new InMemoryKeyStore());
    expect(decodeSealedData(catalogue, sealed)._tag).toBe('Right');
  });
});

describe('finding envelopes cheaply', () => {
  it('tells a leaf with envelopes from one without', async () => {
    const sealed = canonicalLeaf(recorded(await sealedComplaint(new InMemoryKeyStore())));
    const plain = canonicalLeaf(recorded(proposed('NoticePublished', { noticeId: 'n-1', title: 'x' })));
    expect(mayContainSealedData(sealed)).toBe(true);
    expect(mayContainSealedData(sealed.toString('utf8'))).toBe(true);
    expect(mayContainSealedData(plain)).toBe(false);
    expect(hasSealedFields(parseLeaf(sealed, 0).data)).toBe(true);
    expect(hasSealedFields(parseLeaf(plain, 0).data)).toBe(false);
  });
});
