/**
 * Starting the bulk writer's thread (`write-worker.ts`). Two layouts meet here:
 * - the package build (`dist/`) and the bundled `govledger` (its build emits
 *   `write-worker.js` beside the bundle): a JavaScript file next to this module, started as is;
 * - the workspace sources (tests, `tsx`, benchmarks): `write-worker.ts`, loaded through tsx's
 *   require hook (tsx is a development dependency of the workspace). Node 20 does not apply
 *   module hooks registered by the parent to a worker, so the worker registers its own.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WriteWorkerData } from './write-worker-protocol.ts';

/** Where the built worker would be, relative to this module (dist/ or the CLI bundle's chunk). */
const BUILT_CANDIDATES = ['./write-worker.js', '../write-worker.js'];

let builtPath: string | null | undefined;

function builtWorker(): string | null {
  if (builtPath === undefined) {
    builtPath =
      BUILT_CANDIDATES.map((relative) => fileURLToPath(new URL(relative, import.meta.url))).find((path) =>
        existsSync(path),
      ) ?? null;
  }
  return builtPath;
}

/** Starts one writer thread over the ledger file named in `workerData`. */
export function startWriteWorker(workerData: WriteWorkerData): Worker {
  const built = builtWorker();
  if (built !== null) return new Worker(built, { workerData });
  const require = createRequire(import.meta.url);
  const source = fileURLToPath(new URL('./write-worker.ts', import.meta.url));
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(source)});\n`;
  return new Worker(bootstrap, { eval: true, workerData });
}
