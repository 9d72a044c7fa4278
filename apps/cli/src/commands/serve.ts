/**
 * `govledger serve --db F [--host 127.0.0.1] [--port 8080]`: the GET-only read API over the
 * ledger. The CLI opens the store and hands it to the reader (the reader never opens one);
 * events appended by other processes appear without a restart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeVerifierKey } from '@govledger/core';
import type { Command } from 'commander';
import { environmentError, usageError } from '../cli-error.ts';
import { builtDashboardRoot } from '../dashboard-files.ts';
import { type CliIo, write } from '../io.ts';
import { type LedgerFiles, ledgerFiles } from '../ledger-files.ts';
import { nonNegativeInteger } from '../options.ts';
import { type LedgerStore, openLedger } from '../open-ledger.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';
import { checkKeyStoreLater, type KeyStoreCheck, serveKeyStore } from '../serve-key-store.ts';
import { loadSigningKeyIfPresent } from '../signing-key.ts';

/** Environment variable holding the auditor bearer token (or use --auditor-token-file). */
export const AUDITOR_TOKEN_ENV = 'GOVLEDGER_AUDITOR_TOKEN';

/** Options of {@link serveLedger}. */
export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly auditorTokenFile?: string;
  /** Requests a minute one client may make (default 600); 0 turns the limit off. */
  readonly rateLimit?: number;
}

function auditorToken(options: ServeOptions, io: CliIo): string | undefined {
  if (options.auditorTokenFile) {
    const path = resolve(io.cwd, options.auditorTokenFile);
    if (!existsSync(path)) throw environmentError(`no auditor token file at ${path}`);
    return readFileSync(path, 'utf8').trim();
  }
  return io.env[AUDITOR_TOKEN_ENV];
}

/**
 * Listens, turning the environment's refusals into environment errors (exit 3) with what to do:
 * a port in use asks for another `--port`, a forbidden one for a port above 1023.
 */
async function listenOrExplain(
  app: { listen(o: { host: string; port: number }): Promise<string> },
  options: ServeOptions,
) {
  try {
    return await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const where = `${options.host}:${options.port}`;
    if (code === 'EADDRINUSE')
      throw environmentError(
        `port ${options.port} is in use on ${options.host}; choose another with --port <n> (0 picks a free one)`,
      );
    if (code === 'EACCES')
      throw environmentError(`not allowed to listen on ${where}; choose a port above 1023 with --port <n>`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw environmentError(`cannot listen on ${where}: no such local address; choose one with --host`);
    throw error;
  }
}

/**
 * Serves the ledger until the process is asked to stop (SIGINT/SIGTERM); resolves once the
 * server and the store are closed. Prints the URL it listens on.
 */
export async function serveLedger(files: LedgerFiles, options: ServeOptions, io: CliIo): Promise<void> {
  const store: LedgerStore = openLedger(files.db);
  const signer = loadSigningKeyIfPresent(files.signingKey);
  // Opened in full in the background after start-up: the public's first answer never waits for it.
  const keyStore = serveKeyStore(files.keyStore, store);
  const token = auditorToken(options, io);
  if (token !== undefined && token.length < 16) {
    throw usageError(
      `the auditor token must be at least 16 characters (got ${token.length}); make one with: openssl rand -hex 32`,
    );
  }
  const { createReader, errorLog } = await import('@govledger/reader');
  const dashboardRoot = builtDashboardRoot();
  if (!dashboardRoot)
    await write(io.stderr, 'note: the dashboard is not built (pnpm build); serving the read API only\n');
  // The key store's full open waits for the reader to warm up (or its delay, whichever is first).
  let warm = false;
  let keyCheck: KeyStoreCheck | undefined;
  const app = createReader({
    store,
    projections: allProjections,
    upcasters: ledgerUpcasters,
    ...(dashboardRoot ? { dashboardRoot } : {}),
    ...(signer ? { verifierKey: encodeVerifierKey(signer) } : {}),
    ...(keyStore ? { keyStore } : {}),
    ...(token ? { auditorToken: token } : {}),
    ...(options.rateLimit === undefined
      ? {}
      : { rateLimit: options.rateLimit === 0 ? false : { max: options.rateLimit, timeWindowMs: 60_000 } }),
    snapshotEvery: 100_000,
    warmUp: true,
    lazySchemas: true,
    afterWarmUp: () => {
      warm = true;
      keyCheck?.startNow();
    },
    logger: errorLog(io.stderr),
  });
  const address = await listenOrExplain(app, options).catch(async (error: unknown) => {
    await app.close();
    await store.close();
    throw error;
  });
  keyCheck = keyStore ? checkKeyStoreLater(keyStore, io) : undefined;
  if (warm) keyCheck?.startNow();
  await write(
    io.stdout,
    `govledger read API listening on ${address} (try ${address}/v1/ledger and ${address}/docs); Ctrl-C stops it\n` +
      (dashboardRoot ? `dashboard: ${address}/\n` : ''),
  );
  await new Promise<void>((done) => {
    const stop = () => {
      keyCheck?.cancel();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A key store check already running reads the ledger: the store closes after it.
      void app
        .close()
        .then(() => keyCheck?.done)
        .then(() => store.close())
        .then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Registers `serve`. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the GET-only read API (dashboards and auditors) over the ledger')
    .requiredOption('--db <file>', 'ledger database')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--auditor-token-file <file>', `file holding the auditor bearer token (default: $${AUDITOR_TOKEN_ENV})`)
    .option(
      '--keystore <file>',
      'personal-data key store, for auditors (default: beside the database, or $GOVLEDGER_KEYSTORE)',
    )
    .option('--key <file>', 'checkpoint signing key, to publish its verifier key (default: beside the database)')
    .option('--rate-limit <n>', 'requests a minute one client may make (0: no limit)', '600')
    .action(
      async (options: {
        db: string;
        host: string;
        port: string;
        auditorTokenFile?: string;
        keystore?: string;
        key?: string;
        rateLimit: string;
      }) => {
        const files = ledgerFiles(options, io.env, io.cwd);
        await serveLedger(
          files,
          {
            host: options.host,
            port: nonNegativeInteger('--port', options.port) ?? 8080,
            rateLimit: nonNegativeInteger('--rate-limit', options.rateLimit) ?? 600,
            ...(options.auditorTokenFile ? { auditorTokenFile: options.auditorTokenFile } : {}),
          },
          io,
        );
      },
    );
}
