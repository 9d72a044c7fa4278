import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { collectPersonalFields, mapPersonalFields, personalFields } from './field-walk.ts';
import { BallotsCast, ComplaintFiled, NoticePublished, OwnerRegistered } from './fixtures.ts';
import { type ErasedPersonalData, personal } from './marking.ts';

describe('personalFields', () => {
  it('finds marked fields across an intersection of a type and a partial', () => {
    expect(personalFields(ComplaintFiled.codec).map((f) => [f.pattern, f.subjectField])).toEqual([
      ['/complainantName', 'complainantId'],
      ['/phone', 'complainantId'],
    ]);
  });

  it('finds marked fields inside readonly arrays of strict objects', () => {
    expect(personalFields(BallotsCast.codec)).toEqual([
      {
        steps: [{ key: 'ballots' }, { each: 'element' }, { key: 'ownerName' }],
        pattern: '/ballots/*/ownerName',
        subjectField: 'ownerId',
      },
    ]);
  });

  it('finds a marked object through t.readonly and stops at the marking', () => {
    expect(personalFields(OwnerRegistered.codec).map((f) => f.pattern)).toEqual(['/contact']);
  });

  it('finds nothing in a codec without markings', () => {
    expect(personalFields(NoticePublished.codec)).toEqual([]);
  });

  it('lists the fields of every union member, nested objects, exact types, records and tuples', () => {
    const codec = t.type({
      party: t.union([
        t.type({ kind: t.literal('owner'), ownerId: t.string, name: personal(t.string, 'ownerId') }),
        t.type({ kind: t.literal('tenant'), tenantId: t.string, phone: personal(t.string, 'tenantId') }),
      ]),
      household: t.exact(t.type({ head: t.type({ id: t.string, idNumber: personal(t.string, 'id') }) })),
      notes: t.record(t.string, personal(t.string, 'authorId')),
      pair: t.tuple([t.string, personal(t.string, 'authorId')]),
      authorId: t.string,
    });
    expect(personalFields(codec).map((f) => `${f.pattern}@${f.subjectField}`)).toEqual([
      '/party/name@ownerId',
      '/party/phone@tenantId',
      '/household/head/idNumber@id',
      '/notes/*@authorId',
      '/pair/1@authorId',
    ]);
  });

  it('refuses a marking inside a recursive codec', () => {
    interface Node {
      readonly id: string;
      readonly name: string | ErasedPersonalData;
      readonly children: readonly Node[];
    }
    const NodeC: t.Type<Node, unknown> = t.recursion('Node', () =>
      t.type({ id: t.string, name: personal(t.string, 'id'), children: t.readonlyArray(NodeC) }),
    );
    expect(() => personalFields(NodeC)).toThrow(/recursive/);
  });

  it('walks a recursive codec without markings', () => {
    interface Node {
      readonly children: readonly Node[];
    }
    const NodeC: t.Type<Node> = t.recursion('Node', () => t.type({ children: t.readonlyArray(NodeC) }));
    expect(personalFields(NodeC)).toEqual([]);
  });
});

describe('collectPersonalFields', () => {
  it('reads each value with its subject from the sibling field', () => {
    const fields = collectPersonalFields(ComplaintFiled.codec, {
      complaintId: 'c-1',
      complainantId: 'owner-1',
      complainantName: 'Wang Fang',
      category: 'lift',
      phone: '13800000000',
    });
    expect(fields.map((f) => [f.pointer, f.value, f.subject])).toEqual([
      ['/complainantName', 'Wang Fang', 'owner-1'],
      ['/phone', '13800000000', 'owner-1'],
    ]);
  });

  it('skips an absent optional field', () => {
    const fields = collectPersonalFields(ComplaintFiled.codec, {
      complaintId: 'c-1',
      complainantId: 'owner-1',
      complainantName: 'Wang Fang',
      category: 'lift',
    });
    expect(fields.map((f) => f.pointer)).toEqual(['/complainantName']);
  });

  it('visits every element of an array with its own subject', () => {
    const fields = collectPersonalFields(BallotsCast.codec, {
      voteId: 'v-1',
      ballots: [
        { ownerId: 'o-1', ownerName: 'Li Lei', choice: 'for' },
        { ownerId: 'o-2', ownerName: 'Han Meimei', choice: 'against' },
      ],
    });
    expect(fields.map((f) => [f.pointer, f.subject])).toEqual([
      ['/ballots/0/ownerName', 'o-1'],
      ['/ballots/1/ownerName', 'o-2'],
    ]);
  });

  it('follows the union member the value decodes with', () => {
    const codec = t.type({
      party: t.union([
        t.type({ kind: t.literal('owner'), ownerId: t.string, name: personal(t.string, 'ownerId') }),
        t.type({ kind: t.literal('company'), companyName: t.string }),
      ]),
    });
    expect(collectPersonalFields(codec, { party: { kind: 'company', companyName: 'Acme' } })).toEqual([]);
    const owner = collectPersonalFields(codec, { party: { kind: 'owner', ownerId: 'o-1', name: 'Li Lei' } });
    expect(owner.map((f) => [f.pointer, f.subject])).toEqual([['/party/name', 'o-1']]);
  });

  it('takes the subject of an array of personal values from the object holding the array', () => {
    const codec = t.type({ ownerId: t.string, phones: t.array(personal(t.string, 'ownerId')) });
    const fields = collectPersonalFields(codec, { ownerId: 'o-1', phones: ['1', '2'] });
    expect(fields.map((f) => [f.pointer, f.subject, f.subjectPath])).toEqual([
      ['/phones/0', 'o-1', ['ownerId']],
      ['/phones/1', 'o-1', ['ownerId']],
    ]);
  });

  it('reports a missing subject as undefined, leaving the refusal to the caller', () => {
    const fields = collectPersonalFields(ComplaintFiled.codec, {
      complaintId: 'c-1',
      complainantName: 'X',
      category: 'lift',
    });
    expect(fields[0]?.subject).toBeUndefined();
  });
});

describe('mapPersonalFields', () => {
  it('replaces marked values in a copy and leaves the input untouched', () => {
    const data = { voteId: 'v-1', ballots: [{ ownerId: 'o-1', ownerName: 'Li Lei', choice: 'for' }] };
    const masked = mapPersonalFields(BallotsCast.codec, data, (f) => `<${String(f.subject)}>`);
    expect(masked).toEqual({ voteId: 'v-1', ballots: [{ ownerId: 'o-1', ownerName: '<o-1>', choice: 'for' }] });
    expect(data.ballots[0]?.ownerName).toBe('Li Lei');
  });

  it('returns the same value when nothing is marked', () => {
    const data = { noticeId: 'n-1', title: 'Lift repair' };
    expect(mapPersonalFields(NoticePublished.codec, data, () => 'x')).toBe(data);
  });
});
