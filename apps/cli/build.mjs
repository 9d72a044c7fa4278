// Builds the `govledger` executable into one ESM file so the installed bin starts fast
// (no TypeScript compilation at start-up). better-sqlite3 stays external: it is a native
// add-on loaded from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/govledger.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3'],
  banner: {
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    js: "import { createRequire as __govledgerCreateRequire } from 'node:module'; const require = __govledgerCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
