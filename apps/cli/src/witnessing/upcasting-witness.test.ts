import { type AnyProjection, encodeHash, MemoryStore, type Projection, type ProposedEvent } from '@govledger/core';
import { createReader } from '@govledger/reader';
import { readApiSource, StateReplay } from '@govledger/witness';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections, ledgerUpcasters } from '../projections.ts';
import { fetchOverReader } from '../test-support/fetch-over-reader.ts';

const TOKEN = 'auditor-token-for-the-witness';
const bureau = { id: 'bureau-zjg', role: 'housing-bureau' };
const committee = { id: 'oc-yuesheng', role: 'owners-committee' };

/**
 * A ledger recorded before the assembly procedure: its vote was proposed as `VoteProposed`
 * schema 1, which the ledger-wide registry lifts to schema 2 on read.
 */
const oldLedger: ProposedEvent[] = [
  {
    streamId: 'project-yuesheng',
    type: 'PropertyProjectRegistered',
    schemaVersion: 1,
    data: { projectId: 'yuesheng', name: '悦盛花苑', communityId: 'yuesheng', town: '杨舍镇', companyId: null },
    metadata: { actor: bureau, occurredAt: '2023-03-01T00:00:00Z' },
  },
  {
    streamId: 'vote-v-old',
    type: 'VoteProposed',
    schemaVersion: 1,
    data: { voteId: 'v-old', communityId: 'yuesheng', matter: 4, title: '续聘物业服务企业' },
    metadata: { actor: committee, occurredAt: '2023-03-02T00:00:00Z' },
  },
];

/**
 * The schema version each event type is read at, as public records: a read model written
 * against the newest schema only, whose records differ unless old events are lifted first
 * (today's governance projections read both schemas of `VoteProposed` themselves).
 */
const schemaSeen: Projection<Map<string, number>> = {
  name: 'schemaSeen',
  version: 1,
  init: () => new Map(),
  evolve: (state, event) => state.set(event.type, event.schemaVersion),
  publicRecords: {
    touched: (_state, event) => [event.type],
    read: (state, key) => (state.has(key) ? { schemaVersion: state.get(key) } : undefined),
    keys: (state) => [...state.keys()],
  },
};
const projections: readonly AnyProjection[] = [...allProjections, schemaSeen];

describe('a replaying witness over a ledger holding an old-schema event', () => {
  const store = new MemoryStore({ clock: () => new Date('2023-03-02T00:00:00Z') });
  const reader = createReader({ store, projections, rateLimit: false, docs: false, auditorToken: TOKEN });
  const overReader = fetchOverReader(reader);
  const source = () => readApiSource({ url: 'http://ledger.test/', token: TOKEN, fetch: overReader });

  beforeAll(async () => {
    for (const event of oldLedger) {
      const appended = await store.append(event.streamId, [event]);
      if (isLeft(appended)) throw new Error(JSON.stringify(appended.left));
    }
  });
  afterAll(async () => {
    await reader.close();
  });

  it('lifts it with the ledger’s upcasters and reaches the state root the reader serves', async () => {
    const { size, root } = await store.log.treeHead();
    const replay = new StateReplay(projections, source(), { upcasters: ledgerUpcasters });
    const replayed = await replay.stateRootAt(size, root);
    expect(isRight(replayed), JSON.stringify(replayed)).toBe(true);
    const witnessRoot = isRight(replayed) ? encodeHash(replayed.right.root) : '';
    const answer = await reader.inject({
      method: 'GET',
      url: `/v1/state/records/schemaSeen/VoteProposed?asOf=${size - 1}`,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().proof.record).toEqual({ schemaVersion: 2 });
    expect(answer.json().state.root).toBe(witnessRoot);
    const voteRecord = replay.layout().records.find(([model]) => model === 'voteResults');
    expect(voteRecord, 'the old vote is among the replayed records').toBeDefined();
  });
});
