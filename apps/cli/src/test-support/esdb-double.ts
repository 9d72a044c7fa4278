/**
 * CLI tests over the EventStoreDB wire-level test double: one double for the calling test
 * file (started before its tests, stopped after them), a scratch working directory for each
 * test, and ledger URLs no test used before. Test code only.
 */
import { startTestDoubleServer, type TestDoubleServer } from '@govledger/store-eventstoredb/test-double';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { scratchDir } from './run-cli.ts';

/** What a test sees; read it inside a test, once the double runs. */
export interface EsdbCliScope {
  readonly server: TestDoubleServer;
  /** The running test's scratch directory, the CLI's working directory. */
  readonly cwd: string;
  /** The URL of a ledger named `<prefix><pid>_<n>` that no test used before, caching in `cache.sqlite`. */
  freshLedgerUrl(prefix: string): string;
  /** The same, as a ledger name. */
  freshLedgerName(prefix: string): string;
  /** The URL of the ledger `name`, caching in `cache.sqlite`. */
  ledgerUrl(name: string): string;
}

/** Registers the hooks and returns the scope (see the module comment). */
export function cliOverTestDouble(): EsdbCliScope {
  let server: TestDoubleServer | undefined;
  let scratch: ReturnType<typeof scratchDir> | undefined;
  let n = 0;
  beforeAll(async () => {
    server = await startTestDoubleServer();
  });
  afterAll(async () => server?.stop());
  beforeEach(() => {
    scratch = scratchDir();
  });
  afterEach(() => scratch?.remove());
  const running = () => {
    if (server === undefined) throw new Error('the test double starts before the tests: read it inside one');
    return server;
  };
  const scope: EsdbCliScope = {
    get server() {
      return running();
    },
    get cwd() {
      if (scratch === undefined) throw new Error('each test gets its scratch directory: read it inside one');
      return scratch.dir;
    },
    freshLedgerName: (prefix) => `${prefix}${process.pid}_${n++}`,
    ledgerUrl: (name) => `${running().url}&ledger=${name}&cache=cache.sqlite`,
    freshLedgerUrl: (prefix) => scope.ledgerUrl(scope.freshLedgerName(prefix)),
  };
  return scope;
}
