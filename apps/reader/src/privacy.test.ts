/**
 * The public API never serves personal data: every public endpoint (enumerated from the
 * OpenAPI document, so a new route is covered the day it is added), for every stream and
 * as of every point of the ledger, is scanned for the names, phone numbers and ID number the
 * scenario recorded and for any link between an owner and a ballot choice.
 */
import { ProjectionRunner, type RecordedEvent, StateCommitment } from '@govledger/core';
import { governanceProjections } from '@govledger/governance';
import { beforeAll, describe, expect, it } from 'vitest';
import { BALLOTS, PERSONAL_VALUES } from './test-support/governance-ledger.ts';
import { asAuditor, get, type TestReader, testReader } from './test-support/test-reader.ts';

const PATH_VALUES: Record<string, readonly string[]> = {
  complaintId: ['c-1', 'c-2', 'c-3'],
  voteId: ['v-1', 'v-2', 'v-3'],
  communityId: ['cm-1'],
  unitId: ['1-1-101', '1-1-201'],
  quarter: ['2024Q1'],
  companyId: ['co-a', 'co-b'],
  meetingId: ['jm-1'],
  kind: ['project'],
  id: ['p-1'],
  noticeId: ['n-1', 'n-2', 'n-3'],
  actorId: ['person-wang', 'person-zhao', 'person-zhang', 'co-a', 'bureau-zjg'],
  '*': ['0/000.p/1', 'entries/000.p/1'],
  model: ['complaintBoard'],
  key: ['c-1', 'c-2', 'c-3'],
};

/** Required query parameters of documented paths. */
const REQUIRED_QUERY: Record<string, string> = {
  '/v1/ledger/proofs/inclusion': '?index=0',
  '/v1/ledger/proofs/consistency': '?from=1',
  '/v1/diff': '?from=0',
  '/v1/state/proofs':
    '?record=complaintBoard/c-1&record=voteResults/v-1&record=fundLedger/cm-1&record=committees/totals',
};

const VOTERS = [...new Set(BALLOTS.map((b) => b.ownerId))];

/** Every concrete URL of an OpenAPI path template, filling parameters from PATH_VALUES (streams and entry indices from the ledger). */
function urlsOf(template: string, streamIds: readonly string[], indices: readonly string[]): string[] {
  const names = [...template.matchAll(/\{(\w+|\*)\}/g)].map((m) => m[1]!);
  let urls = [template];
  for (const name of names) {
    const values = name === 'streamId' ? streamIds : name === 'index' ? indices : (PATH_VALUES[name] ?? []);
    if (values.length === 0) throw new Error(`no test values for path parameter ${name} of ${template}`);
    const encode = name === '*' ? (v: string) => v : encodeURIComponent;
    urls = urls.flatMap((url) => values.map((v) => url.replace(`{${name}}`, encode(v))));
  }
  return urls.map((url) => url + (REQUIRED_QUERY[template] ?? ''));
}

/** Objects in a JSON value, depth first. */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (value !== null && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const item of Object.values(value)) yield* objectsIn(item);
  }
}

/** Why a public body leaks, or null. */
function leakIn(body: string, contentType: string): string | null {
  for (const value of PERSONAL_VALUES) if (body.includes(value)) return `it contains the personal value ${value}`;
  if (!contentType.includes('json')) return null;
  for (const node of objectsIn(JSON.parse(body))) {
    if (
      node.type === 'BallotCast' &&
      ((node.data !== null && node.data !== undefined) || (node.actor as { id?: unknown } | undefined)?.id !== null)
    ) {
      return 'it serves a ballot event with its owner or choice';
    }
    if ('choice' in node || 'previousChoice' in node) {
      const text = JSON.stringify(node);
      const voter = VOTERS.find((id) => text.includes(id));
      if (voter) return `it ties ${voter} to a ballot choice`;
    }
  }
  return null;
}

describe('the public API', () => {
  let reader: TestReader;
  let urls: string[];
  let size: number;

  beforeAll(async () => {
    // The scan asks for thousands of fresh past states from one client, beyond any per-client budget.
    reader = await testReader({ asOfBudget: { burst: 1_000_000, perSecond: 1 } });
    const document = (await get(reader.app, '/openapi.json')).json() as { paths: Record<string, unknown> };
    const streams = new Set<string>();
    const events: RecordedEvent[] = [];
    for await (const event of reader.ledger.store.readAll()) {
      streams.add(event.streamId);
      events.push(event);
    }
    size = events.length;
    const indices = events.map((e) => String(e.index));
    urls = Object.keys(document.paths).flatMap((template) => urlsOf(template, [...streams], indices));
  });

  it('covers every documented path, including every stream of the ledger', () => {
    expect(urls.length).toBeGreaterThan(40);
    expect(urls).toContain('/v1/streams/vote-v-1/events');
    expect(urls).toContain('/v1/complaints/c-1');
  });

  it('never serves a name, phone number, ID number or ballot-to-owner link at the head', async () => {
    for (const url of urls) {
      const response = await get(reader.app, url);
      expect([200, 401], url).toContain(response.statusCode);
      expect(leakIn(response.body, String(response.headers['content-type'])), url).toBeNull();
    }
  });

  it('never does as of any earlier point of the ledger either', async () => {
    const stateUrls = urls.filter(
      (u) => !u.startsWith('/v1/ledger') && !u.startsWith('/v1/streams') && !u.startsWith('/tlog/'),
    );
    for (let index = 0; index < size; index++) {
      for (const url of stateUrls) {
        const asOf = `${url}${url.includes('?') ? '&' : '?'}asOf=${index}`;
        const response = await get(reader.app, asOf);
        expect([200, 404], asOf).toContain(response.statusCode);
        expect(leakIn(response.body, String(response.headers['content-type'])), asOf).toBeNull();
      }
    }
  });

  it('never serves personal data in a committed record of any read model, at the head or any earlier point', async () => {
    const runner = new ProjectionRunner(reader.ledger.store, governanceProjections, {
      commitment: new StateCommitment(governanceProjections),
    });
    await runner.catchUp();
    const records = runner.stateCommitmentSnapshot()!.records;
    const models = new Set(records.map(([model]) => model));
    for (const model of ['fundLedger', 'committees', 'coverage', 'notices', 'pilots', 'partyBuilding']) {
      expect(models).toContain(model);
    }
    for (const model of ['publicIncome', 'jointMeetings', 'redBlackList']) expect(models).toContain(model);
    for (const [model, key] of records) {
      const url = `/v1/state/records/${model}/${encodeURIComponent(key)}`;
      for (const asOf of ['', `?asOf=${Math.floor(size / 2)}`, `?asOf=${Math.floor(size / 4)}`]) {
        const response = await get(reader.app, url + asOf);
        expect([200, 404], url + asOf).toContain(response.statusCode);
        expect(leakIn(response.body, String(response.headers['content-type'])), url + asOf).toBeNull();
      }
    }
  });

  it('keeps raw leaves for auditors, with every ballot’s choice sealed and only its commitment in plaintext', async () => {
    const open = await get(reader.app, '/v1/ledger/entries?limit=1000');
    expect(open.statusCode).toBe(401);
    const audited = await get(reader.app, '/v1/ledger/entries?limit=1000', asAuditor);
    expect(audited.statusCode).toBe(200);
    expect(audited.body).toContain('"commitment":"');
    expect(audited.body).not.toContain('"choice":');
    for (const value of PERSONAL_VALUES) expect(audited.body).not.toContain(value);
  });

  it('gives auditors the personal fields the scenario recorded, in plaintext', async () => {
    const complaint = await get(reader.app, '/v1/streams/complaint-c-1/events', asAuditor);
    expect(complaint.statusCode).toBe(200);
    expect(complaint.body).toContain('张伟');
    expect(complaint.body).toContain('13912345678');
  });

  it('keeps ballots sealed for auditors too, since only an inspection on objection opens them', async () => {
    const ballots = (await get(reader.app, '/v1/streams/vote-v-1/events', asAuditor)).json() as {
      events: { type: string; data: { sealed?: { $personal?: { subject: string }; choice?: string } } | null }[];
    };
    const cast = ballots.events.filter((e) => e.type === 'BallotCast');
    expect(cast).toHaveLength(3);
    for (const e of cast) {
      expect(e.data?.sealed?.$personal?.subject).toBe('ballots-v-1');
      expect(e.data?.sealed?.choice).toBeUndefined();
    }
  });
});
