import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  encodeHash,
  formatTilePath,
  generateSignerKey,
  leafHash,
  MemoryStore,
  nodeHash,
  signCheckpoint,
  TILE_WIDTH,
} from '@govledger/core';
import { sampleEvent } from '@govledger/core/testing';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { isLeft } from 'fp-ts/lib/Either.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReader } from '../create-reader.ts';

const SIZE = 3_000;
const TOKEN = 'tile-test-auditor-token-0123456789';
const store = new MemoryStore();
let app: FastifyInstance;
let note: string;

/** RFC 6962 MTH of a list of leaf hashes, computed the textbook way (independent of the store). */
function mth(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0] as Buffer;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return nodeHash(mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}

async function get(url: string, auditor = false) {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: auditor ? { authorization: `Bearer ${TOKEN}` } : {},
  });
  return response;
}

/** The leaf hashes of the first `size` entries, read from level-0 tiles only. */
async function leafHashesFromTiles(size: number): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let n = 0; n * TILE_WIDTH < size; n++) {
    const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
    const response = await get(`/tlog/${formatTilePath({ level: 0, index: n, width })}`);
    expect(response.statusCode).toBe(200);
    const bytes = response.rawPayload;
    expect(bytes).toHaveLength(32 * width);
    for (let i = 0; i < width; i++) out.push(Buffer.from(bytes.subarray(32 * i, 32 * i + 32)));
  }
  return out;
}

beforeAll(async () => {
  for (let batch = 0; batch < SIZE / 100; batch++) {
    const events = Array.from({ length: 100 }, (_, i) => sampleEvent(`s-${batch}`, { i: batch * 100 + i }));
    const appended = await store.append(`s-${batch}`, events);
    if (isLeft(appended)) throw new Error('append failed');
  }
  const signer = generateSignerKey('ledger.example/tiles');
  if (isLeft(signer)) throw new Error('key');
  const head = await store.log.treeHead();
  note = signCheckpoint({ origin: 'ledger.example/tiles', size: SIZE, root: head.root }, signer.right);
  await store.log.saveCheckpoint({ size: SIZE, note });
  app = createReader({ store, auditorToken: TOKEN, rateLimit: false, projections: [], docs: false });
});

afterAll(async () => {
  await app.close();
});

describe('tlog-tiles', () => {
  it('serves the latest checkpoint with a short cache lifetime', async () => {
    const response = await get('/tlog/checkpoint');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(note);
    expect(response.headers['cache-control']).toBe('public, max-age=5');
  });

  it('serves immutable tiles whose hashes rebuild the root of any size, and level-1 tiles over level 0', async () => {
    const all = await leafHashesFromTiles(SIZE);
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: SIZE }), async (size) => {
        const hashes = all.slice(0, size);
        expect(encodeHash(mth(hashes))).toBe(encodeHash((await store.log.treeHead(size)).root));
        const full = Math.floor(size / TILE_WIDTH);
        if (full > 0) {
          const response = await get(`/tlog/${formatTilePath({ level: 1, index: 0, width: full })}`);
          expect(response.statusCode).toBe(200);
          for (let i = 0; i < full; i++) {
            const expected = mth(all.slice(i * TILE_WIDTH, (i + 1) * TILE_WIDTH));
            expect(Buffer.from(response.rawPayload.subarray(32 * i, 32 * i + 32)).equals(expected)).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
    const tile = await get('/tlog/tile/0/000');
    expect(tile.headers['content-type']).toBe('application/octet-stream');
    expect(tile.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves entry bundles of uint16-prefixed leaves to auditors, each hashing to its tile hash', async () => {
    expect((await get('/tlog/tile/entries/001.p/5')).statusCode).toBe(401);
    const response = await get('/tlog/tile/entries/001.p/5', true);
    expect(response.statusCode).toBe(200);
    const hashes = (await leafHashesFromTiles(SIZE)).slice(256, 261);
    let bytes = response.rawPayload;
    let index = 256;
    for (const hash of hashes) {
      const length = bytes.readUInt16BE(0);
      const leaf = bytes.subarray(2, 2 + length);
      expect(leafHash(leaf).equals(hash)).toBe(true);
      let stored: Uint8Array | undefined;
      for await (const l of store.readLeaves(index, index + 1)) stored = l.leaf;
      expect(Buffer.from(stored as Uint8Array).equals(leaf)).toBe(true);
      bytes = bytes.subarray(2 + length);
      index++;
    }
    expect(bytes).toHaveLength(0);
  });

  it('answers 404 for a tile the log does not hold yet and 400 for a path that is not a tile', async () => {
    expect((await get('/tlog/tile/0/011')).statusCode).toBe(404);
    expect((await get('/tlog/tile/0/011.p/185')).statusCode).toBe(404);
    expect((await get('/tlog/tile/0/011.p/184')).statusCode).toBe(200);
    expect((await get('/tlog/tile/1/000')).statusCode).toBe(404);
    expect((await get('/tlog/tile/0/x000/001')).statusCode).toBe(400);
    expect((await get('/tlog/tile/64/000')).statusCode).toBe(400);
  });
});

const GOPATH = process.env.GOVLEDGER_GOPATH ?? '/usr/share/gocode';
const goAvailable =
  spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0 &&
  existsSync(join(GOPATH, 'src/golang.org/x/mod/sumdb/tlog/tile.go'));

describe(`tiles read by Go's tlog.TileHashReader (${goAvailable ? 'go found' : 'skipped: needs go and golang.org/x/mod'})`, () => {
  it.skipIf(!goAvailable)(
    'rebuilds the same root, inclusion and consistency proofs, and entries, from our tiles alone',
    async () => {
      const base = await app.listen({ host: '127.0.0.1', port: 0 });
      const size = 2_777;
      const root = encodeHash((await store.log.treeHead(size)).root);
      const indexes = [0, 1, 255, 256, 1000, 2776];
      const program = fileURLToPath(new URL('../../test-interop/tiles/main.go', import.meta.url));
      // Not spawnSync: the Go program fetches tiles from this very process, whose event loop must run.
      const child = spawn('go', ['run', program], {
        env: { ...process.env, GO111MODULE: 'off', GOPATH, GOFLAGS: '', GOCACHE: join(tmpdir(), 'govledger-go-cache') },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdin.end(JSON.stringify({ base: `${base}/tlog`, token: TOKEN, size, root, indexes, from: 1_300 }));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      if (status !== 0) throw new Error(`go run failed (${status}): ${stderr}`);
      const report = JSON.parse(stdout) as {
        root: string;
        inclusion: string[][];
        consistency: string[];
        entries: number;
      };
      expect(report.root).toBe(root);
      for (const [k, index] of indexes.entries()) {
        expect(report.inclusion[k]).toEqual((await store.log.inclusionProof(index, size)).path);
      }
      expect(report.consistency).toEqual((await store.log.consistencyProof(1_300, size)).path);
      expect(report.entries).toBe(size);
    },
    300_000,
  );
});
