import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, type TestReader, testReader } from './test-support/test-reader.ts';

describe('compressed answers', () => {
  let reader: TestReader;
  beforeAll(async () => {
    reader = await testReader();
  });

  it('encodes a state answer in brotli or gzip as the client accepts, with the plain answer’s ETag', async () => {
    const plain = await get(reader.app, '/v1/complaints');
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(reader.app, '/v1/complaints', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    const gzip = await get(reader.app, '/v1/complaints', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('answers a revalidation of a compressed answer with 304 and no body', async () => {
    const first = await get(reader.app, '/v1/complaints', { 'accept-encoding': 'br' });
    const again = await get(reader.app, '/v1/complaints', {
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('leaves a small answer as it is', async () => {
    const small = await get(reader.app, '/v1/ledger/checkpoint', { 'accept-encoding': 'br, gzip' });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
