/**
 * Throw-away PostgreSQL servers for tests and benchmarks: `initdb` in a scratch directory, a
 * free port on 127.0.0.1 (and a Unix socket in the same directory), started and stopped with
 * `pg_ctl`, the directory removed afterwards. Running as root, every server command runs as
 * the `postgres` user, since `initdb` refuses root. A standby is made from a primary with
 * `pg_basebackup -R` (streaming replication); the primary can require it synchronously.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverBinDir } from './binaries.ts';

/** A running (or stopped) scratch server. */
export interface TestServer {
  /** TCP port on 127.0.0.1. */
  readonly port: number;
  /** The data directory (inside the scratch directory). */
  readonly dataDir: string;
  /** The directory of the server's Unix socket. */
  readonly socketDir: string;
  /** `postgres://postgres@127.0.0.1:PORT/postgres?ledger=NAME` for the given ledger. */
  url(ledger?: string): string;
  /** The same over the Unix socket (`?host=` the socket directory). */
  socketUrl(ledger?: string): string;
  /** Starts the server again after a stop (waits until it accepts connections). */
  start(): void;
  /** `pg_ctl stop -m fast` (clean) or `-m immediate` (a crash: no shutdown checkpoint). */
  stop(mode?: 'fast' | 'immediate'): void;
  /** `pg_ctl promote`: a standby becomes a primary. */
  promote(): void;
  /** Stops the server if running and removes its scratch directory (also done when the process exits). */
  destroy(): void;
}

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  /** Make a streaming standby of this primary instead of a fresh cluster. */
  readonly standbyOf?: TestServer;
  /** `synchronous_standby_names` of a primary (e.g. `'*'` to wait for any standby on commit). */
  readonly synchronousStandbyNames?: string;
}

function asServerUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function run(bin: string, args: readonly string[]): void {
  const user = asServerUser();
  const result = spawnSync(bin, args, {
    encoding: 'utf8',
    cwd: '/',
    ...(user ?? {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Creates and starts a scratch server (or a standby of `options.standbyOf`). Throws when the
 * binaries are missing: guard tests with `whyNoServer()` first.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const bin = serverBinDir();
  if (bin === null) throw new Error('PostgreSQL server binaries are not installed');
  const scratch = mkdtempSync(join(tmpdir(), 'govledger-pg-'));
  const dataDir = join(scratch, 'data');
  const user = asServerUser();
  if (user) chownSync(scratch, user.uid, user.gid);
  const port = await freePort();
  const primary = options.standbyOf;
  if (primary) {
    run(join(bin, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '--no-sync',
    ]);
    // The standby names itself so the primary can wait for it by name (or by '*'). Promoted, it
    // is a primary without a standby of its own, so it must not wait for one (the primary's
    // setting came with the base backup): commits would hang until a new standby joined.
    appendFileSync(
      join(dataDir, 'postgresql.auto.conf'),
      `cluster_name = 'standby_${port}'\nsynchronous_standby_names = ''\n`,
    );
  } else {
    run(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const settings = [
      "listen_addresses = '127.0.0.1'",
      'wal_level = replica',
      'max_wal_senders = 4',
      'shared_buffers = 32MB',
      'max_connections = 60',
      ...(options.synchronousStandbyNames !== undefined
        ? [`synchronous_standby_names = '${options.synchronousStandbyNames}'`, 'synchronous_commit = on']
        : []),
    ];
    appendFileSync(join(dataDir, 'postgresql.conf'), `${settings.join('\n')}\n`);
  }
  const logFile = join(scratch, 'server.log');
  writeFileSync(logFile, '');
  if (user) chownSync(logFile, user.uid, user.gid);
  const pgCtl = join(bin, 'pg_ctl');
  let running = false;
  const server: { -readonly [K in keyof TestServer]: TestServer[K] } = {
    port,
    dataDir,
    socketDir: scratch,
    url: (ledger = 'test') => `postgres://postgres@127.0.0.1:${port}/postgres?ledger=${ledger}`,
    socketUrl: (ledger = 'test') =>
      `postgres://postgres@/postgres?host=${encodeURIComponent(scratch)}&port=${port}&ledger=${ledger}`,
    start() {
      run(pgCtl, ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', `-p ${port} -k ${scratch}`]);
      running = true;
    },
    stop(mode = 'fast') {
      if (!running) return;
      run(pgCtl, ['stop', '-w', '-t', '60', '-D', dataDir, '-m', mode]);
      running = false;
    },
    promote() {
      run(pgCtl, ['promote', '-w', '-t', '60', '-D', dataDir]);
    },
    destroy() {
      try {
        server.stop('immediate');
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
  try {
    server.start();
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  // A run that ends without destroying its servers (a timed-out hook, an uncaught error) still
  // stops them and removes their directories: nothing is left running.
  const onExit = () => {
    try {
      server.destroy();
    } catch {
      // The process is ending; pg_ctl already said why on stderr.
    }
  };
  process.once('exit', onExit);
  const destroy = server.destroy;
  server.destroy = () => {
    process.off('exit', onExit);
    destroy();
  };
  return server;
}
