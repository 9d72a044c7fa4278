/**
 * Serving the built dashboard (apps/dashboard's `dist/`) beside the read API: the page at
 * `/` and its hashed assets under `/assets/`, through @fastify/static, each in the encoding
 * precompressed at build time that the client accepts. The page is
 * revalidated on every visit (`no-cache`, with an ETag) so a new build shows at once; the
 * assets carry a content hash in their names and so are cached for a year, `immutable`.
 *
 * The page gets its own Content-Security-Policy: everything from the page's own origin
 * only, no inline script or style, no plugins, no framing, no base or form targets
 * elsewhere. The dashboard reads nothing but the public read API on that same origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Cache lifetime of hashed assets: a year, never revalidated. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Cache policy of the page itself: always revalidated. */
export const PAGE_CACHE_CONTROL = 'public, no-cache';

const SELF = ["'self'"];

/** The helmet options of the dashboard page and its assets. */
export const DASHBOARD_HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: SELF,
      scriptSrc: SELF,
      styleSrc: SELF,
      imgSrc: SELF,
      fontSrc: SELF,
      connectSrc: SELF,
      manifestSrc: SELF,
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: SELF,
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/** True when `url` (path and query) is one of the dashboard's: a page (the dashboard, the receipt check) or an asset. */
export function isDashboardUrl(url: string): boolean {
  const path = url.split('?', 1)[0]!;
  return path === '/' || path === '/index.html' || path === '/receipt.html' || path.startsWith('/assets/');
}

/** Throws when `root` is not a built dashboard (no index.html): a misconfiguration to fix at start. */
export function checkDashboardRoot(root: string): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new RangeError(`dashboardRoot: no index.html in ${root} (build the dashboard: pnpm build)`);
  }
}

/**
 * Registers the dashboard's files under `/`. Files are looked up when asked for, not listed at
 * start, so a rebuild while the server runs is served at once: the build keeps the previous
 * build's hashed assets beside the new ones, so a page loaded just before the rebuild still
 * finds its bundle. An asset's `.br` / `.gz` twin made at build time goes out to a client that
 * accepts that encoding.
 */
export function registerDashboard(app: FastifyInstance, root: string): void {
  app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    preCompressed: true,
    index: ['index.html'],
    decorateReply: false,
    schemaHide: true,
    cacheControl: false,
    lastModified: false,
    etag: true,
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL);
    },
  });
}
