// Builds the `govledger` executable into one ESM file so the installed bin starts fast
// (no TypeScript compilation at start-up). better-sqlite3 stays external: it is a native
// add-on loaded from node_modules, and @fastify/swagger-ui serves static files that sit
// beside its own code, so it is loaded from node_modules too.
import { build } from 'esbuild';

const banner = {
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  js: [
    "import { createRequire as __govledgerCreateRequire } from 'node:module';",
    "import { fileURLToPath as __govledgerFileURLToPath } from 'node:url';",
    'const require = __govledgerCreateRequire(import.meta.url);',
    'const __filename = __govledgerFileURLToPath(import.meta.url);',
    "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
  ].join(' '),
};

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  entryNames: 'govledger',
  chunkNames: 'chunks/[name]-[hash]',
  // Verbs load what they need on demand (the read API, the governance domain), so start-up
  // stays fast for the rest.
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3', '@fastify/swagger-ui'],
  banner,
  logLevel: 'warning',
});

// The bulk writer's thread (store-sqlite's write-worker.ts) is a file of its own, beside the
// bundle, where the store looks for it (see start-write-worker.ts).
await build({
  entryPoints: ['../../packages/store-sqlite/src/write-worker.ts'],
  outfile: 'dist/write-worker.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3'],
  banner,
  logLevel: 'warning',
});

// The PostgreSQL store's encoding thread (store-postgres's encode-worker.ts), likewise beside
// the bundle (see encode-ahead.ts).
await build({
  entryPoints: ['../../packages/store-postgres/src/encode-worker.ts'],
  outfile: 'dist/pg-encode-worker.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  banner,
  logLevel: 'warning',
});
