import { InMemoryKeyStore, MemoryStore, type RecordedEvent } from '@govledger/core';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { governanceCatalogue, governanceRegistry } from './catalogue.ts';
import { CommandExecutor, type SubmittedLine } from './submit.ts';
import { governancePseudonymiser, governanceSealer } from './sealing.ts';
import { testAuthoritySealer } from './votes/test-authority.ts';
import { describeSubmitError } from './submit-error.ts';

const now = '2024-03-10T08:00:00.000Z';

function fileComplaint(complaintId: string, occurredAt: string, extra: Record<string, unknown> = {}): unknown {
  return {
    command: 'FileComplaint',
    actor: { id: 'person-1', role: 'resident' },
    occurredAt,
    ...extra,
    data: {
      complaintId,
      communityId: 'community-yuesheng',
      companyId: 'co-a',
      category: 'repair',
      complainantId: 'person-1',
      complainantName: '张伟',
      complainantPhone: '13912345678',
      description: '电梯故障',
      ...((extra.data as object | undefined) ?? {}),
    },
  };
}

async function ledger(): Promise<{ store: MemoryStore; executor: CommandExecutor; base: number }> {
  const store = new MemoryStore({ clock: () => new Date(now) });
  const keys = new InMemoryKeyStore({ keySeed: 'submit-tests' });
  const executor = new CommandExecutor(store, {
    clock: () => new Date(now),
    registry: governanceRegistry,
    catalogue: governanceCatalogue,
    seal: governanceSealer(keys, testAuthoritySealer),
    pseudonymise: governancePseudonymiser(keys),
  });
  const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
  const registered = await executor.submit(
    lines(
      {
        command: 'RegisterPropertyCompany',
        actor: bureau,
        occurredAt: now,
        data: { companyId: 'co-a', name: '悦盛物业' },
      },
      {
        command: 'RegisterProject',
        actor: bureau,
        occurredAt: now,
        data: { projectId: 'community-yuesheng', name: '悦盛花苑', communityId: 'community-yuesheng', town: '杨舍镇' },
      },
    ),
  );
  if (isLeft(registered)) throw new Error(describeSubmitError(registered.left));
  return { store, executor, base: registered.right.size };
}

const lines = (...values: unknown[]): SubmittedLine[] => values.map((value, i) => ({ line: i + 1, value }));

async function recorded(store: MemoryStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
}

describe('the executor runs every command on the ledger’s clock', () => {
  it('records the ledger’s time as recordedAt and keeps the submitter’s claim as occurredAt', async () => {
    const { store, executor, base } = await ledger();
    const result = await executor.submit(lines(fileComplaint('c-1', '2024-03-10T07:00:00Z')));
    expect(isRight(result)).toBe(true);
    const event = (await recorded(store))[base];
    expect(event?.metadata).toMatchObject({ occurredAt: '2024-03-10T07:00:00Z', recordedAt: now });
    expect(event?.metadata.backfilled).toBeUndefined();
  });

  it('refuses a command dated after its recording with rule OccurredAfterRecording and writes nothing', async () => {
    const { store, executor, base } = await ledger();
    const result = await executor.submit(lines(fileComplaint('c-1', '2024-03-10T09:00:00Z')));
    expect(isLeft(result) && describeSubmitError(result.left)).toContain('rule OccurredAfterRecording');
    expect((await store.head()).size).toBe(base);
  });

  it('refuses a command dated more than 72 h back with rule OccurredBeforeSkew unless marked back-filled', async () => {
    const { store, executor, base } = await ledger();
    const old = '2024-03-01T08:00:00Z';
    const refused = await executor.submit(lines(fileComplaint('c-1', old)));
    expect(isLeft(refused) && describeSubmitError(refused.left)).toContain('rule OccurredBeforeSkew');
    expect((await store.head()).size).toBe(base);
    const backfilled = await executor.submit(lines(fileComplaint('c-1', old, { backfilled: true })));
    expect(isRight(backfilled)).toBe(true);
    const event = (await recorded(store))[base];
    expect(event?.metadata).toMatchObject({ occurredAt: old, recordedAt: now, backfilled: true });
  });
});

describe('a submission reports every bad line in one pass', () => {
  it('names each bad line, its command and rule, and the allowed values of an enumeration', async () => {
    const { store, executor, base } = await ledger();
    const result = await executor.submit(
      lines(
        fileComplaint('c-1', now),
        fileComplaint('c-2', now, { data: { category: 'leaks' } }),
        fileComplaint('c-3', '2024-03-11T08:00:00Z'),
      ),
    );
    expect(isLeft(result) && result.left._tag).toBe('LinesRefused');
    const text = isLeft(result) ? describeSubmitError(result.left) : '';
    expect(text).toContain('line 2: FileComplaint: data.category: expected one of "repair", "noise"');
    expect(text).toContain('"repair"');
    expect(text).toContain('line 3: FileComplaint: rule OccurredAfterRecording');
    expect(text).not.toContain('line 1');
    expect((await store.head()).size).toBe(base);
  });
});

describe('a dry run', () => {
  it('decides every command and returns the events it would record, writing nothing', async () => {
    const { store, executor, base } = await ledger();
    const result = await executor.dryRun(lines(fileComplaint('c-1', now), fileComplaint('c-2', now)));
    expect(isRight(result) && result.right.events.map((e) => e.type)).toEqual(['ComplaintFiled', 'ComplaintFiled']);
    expect(isRight(result) && result.right.recordedAt).toBe(now);
    expect((await store.head()).size).toBe(base);
    expect(isRight(await executor.submit(lines(fileComplaint('c-1', now))))).toBe(true);
  });

  it('reports the same refusals as a submission', async () => {
    const { executor } = await ledger();
    const result = await executor.dryRun(lines(fileComplaint('c-1', '2024-03-11T08:00:00Z')));
    expect(isLeft(result) && describeSubmitError(result.left)).toContain('rule OccurredAfterRecording');
  });
});
