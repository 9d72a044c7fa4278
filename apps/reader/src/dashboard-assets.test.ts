import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_CACHE_CONTROL, isDashboardUrl } from './dashboard-assets.ts';
import { get, type TestReader, testReader } from './test-support/test-reader.ts';

const BIG_SCRIPT = `export const figures = [${Array.from({ length: 2000 }, (_, i) => i).join(',')}];`;

describe('the dashboard beside the read API', () => {
  let reader: TestReader;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'govledger-dashboard-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
    );
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'big-def456.js'), BIG_SCRIPT);
    writeFileSync(join(root, 'assets', 'big-def456.js.br'), brotliCompressSync(BIG_SCRIPT));
    writeFileSync(join(root, '.source-digest'), 'not served');
    reader = await testReader({ dashboardRoot: root });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the page at / (with a view in its query) under a policy allowing only its own origin', async () => {
    for (const url of ['/', '/?asOf=2023-06-30&lang=en']) {
      const page = await get(reader.app, url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('public, no-cache');
      expect(page.headers.etag).toBeDefined();
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(page.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves hashed assets for a year, immutable, and nothing else from the directory', async () => {
    const asset = await get(reader.app, '/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe(ASSET_CACHE_CONTROL);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await get(reader.app, '/.source-digest')).statusCode).toBe(404);
    expect((await get(reader.app, '/assets/missing.js')).statusCode).toBe(404);
    expect((await reader.app.inject({ method: 'POST', url: '/' })).statusCode).toBe(405);
  });

  it('sends the brotli twin made at build time to a client that accepts it, the plain file to one that does not', async () => {
    const encoded = await reader.app.inject({
      method: 'GET',
      url: '/assets/big-def456.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(encoded.statusCode).toBe(200);
    expect(encoded.headers['content-encoding']).toBe('br');
    expect(encoded.rawPayload).toEqual(brotliCompressSync(BIG_SCRIPT));
    expect(String(encoded.headers.vary)).toMatch(/accept-encoding/i);
    const plain = await get(reader.app, '/assets/big-def456.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
  });

  it('serves assets of a build made after the server started (a rebuild never leaves the page blank)', async () => {
    writeFileSync(join(root, 'assets', 'index-fresh789.js'), 'console.log(2)');
    const fresh = await get(reader.app, '/assets/index-fresh789.js');
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toBe('console.log(2)');
  });

  it('keeps the API policy on API answers', async () => {
    const api = await get(reader.app, '/v1/ledger');
    expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });

  it('tells dashboard URLs from API URLs', () => {
    expect(isDashboardUrl('/?asOf=2024-01-01')).toBe(true);
    expect(isDashboardUrl('/assets/index-abc.js')).toBe(true);
    expect(isDashboardUrl('/v1/ledger')).toBe(false);
    expect(isDashboardUrl('/docs')).toBe(false);
  });

  it('refuses at start a directory that holds no built page', async () => {
    await expect(testReader({ dashboardRoot: tmpdir() })).rejects.toThrow(/dashboardRoot: no index.html/);
  });
});
