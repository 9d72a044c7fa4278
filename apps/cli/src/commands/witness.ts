/**
 * `govledger witness keygen --name NAME --key FILE` and `govledger witness serve --state DIR
 * --key FILE --log VKEY…`: run a C2SP tlog-witness as another organisation would (an owners'
 * committee, a street office, a court), cosigning the checkpoints of the logs it follows
 * only while each stays consistent with what it cosigned before. With `--replay --log-url URL`
 * the witness also replays the log from its read API and cosigns a state note (`POST
 * /add-state`) only when its own replay gives the same state root (docs/audit.md).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  COSIGNATURE_V1_TYPE,
  encodeSignerKey,
  encodeVerifierKey,
  generateSignerKey,
  parseSignerKey,
  parseVerifierKey,
  type SignerKey,
  type VerifierKey,
} from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { nonNegativeInteger } from '../options.ts';
import { allProjections, ledgerUpcasters } from '../projections.ts';

function loadCosignerKey(path: string): SignerKey {
  if (!existsSync(path)) throw environmentError(`no witness key at ${path}; make one with: govledger witness keygen`);
  if ((statSync(path).mode & 0o077) !== 0)
    throw environmentError(`witness key ${path} is readable by others; chmod 600 it`);
  const key = parseSignerKey(readFileSync(path, 'utf8'), COSIGNATURE_V1_TYPE);
  if (isLeft(key)) throw environmentError(`witness key ${path} is malformed: ${key.left.reason}`);
  return key.right;
}

/** `--log` values: verifier key text or a file holding one. */
function logKeys(values: readonly string[], cwd: string): VerifierKey[] {
  return values.map((value) => {
    const file = resolve(cwd, value);
    const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : value.trim();
    const key = parseVerifierKey(text);
    if (isLeft(key)) throw usageError(`--log ${value} is not a log verifier key: ${key.left.reason}`);
    return key.right;
  });
}

interface ServeOptions {
  state: string;
  key: string;
  log: string[];
  host: string;
  port: string;
  replay?: boolean;
  logUrl?: string;
  tokenFile?: string;
}

/** Registers `witness keygen` and `witness serve`. */
export function registerWitness(program: Command, io: CliIo): void {
  const witness = program
    .command('witness')
    .description("run a witness that cosigns a log's checkpoints (c2sp.org/tlog-witness)");
  witness
    .command('keygen')
    .description('create a witness cosigner key (Ed25519, tlog-cosignature v1) and print its verifier key')
    .requiredOption('--name <name>', 'the witness name, e.g. committee.yuesheng.example/witness')
    .requiredOption('--key <file>', 'where to write the secret key (mode 0600)')
    .action(async (options: { name: string; key: string }) => {
      const path = resolve(io.cwd, options.key);
      if (existsSync(path)) throw new CliError(`a key already exists at ${path}; refusing to overwrite it`);
      const key = generateSignerKey(options.name, COSIGNATURE_V1_TYPE);
      if (isLeft(key)) throw usageError(`--name: ${key.left.reason}`);
      writeFileSync(path, `${encodeSignerKey(key.right)}\n`, { mode: 0o600, flag: 'wx' });
      await write(io.stdout, `${encodeVerifierKey(key.right)}\n`);
    });
  witness
    .command('serve')
    .description('serve POST /add-checkpoint until stopped (Ctrl-C)')
    .requiredOption('--state <dir>', 'state directory: the latest cosigned checkpoint per log, and evidence')
    .requiredOption('--key <file>', 'the witness key (govledger witness keygen)')
    .requiredOption('--log <vkey...>', 'verifier key (or file) of each log followed')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8090')
    .option('--replay', 'also replay the log and cosign state notes its replay agrees with (POST /add-state)')
    .option('--log-url <url>', "with --replay: the log's read API, to fetch entries and record proofs from")
    .option('--token-file <file>', 'with --replay: a bearer token for entry bundles served to auditors only')
    .action(async (options: ServeOptions) => {
      const cosigner = loadCosignerKey(resolve(io.cwd, options.key));
      const logs = logKeys(options.log, io.cwd);
      const port = nonNegativeInteger('--port', options.port) ?? 8090;
      const { createWitness, readApiSource, StateReplay, WitnessState } = await import('@govledger/witness');
      const replays = new Map<string, InstanceType<typeof StateReplay>>();
      if (options.replay) {
        if (options.logUrl === undefined) throw usageError('--replay needs --log-url, the read API of the log');
        if (logs.length !== 1) throw usageError('--replay follows one log: give exactly one --log');
        const token = options.tokenFile ? readFileSync(resolve(io.cwd, options.tokenFile), 'utf8').trim() : undefined;
        const source = readApiSource({ url: options.logUrl, ...(token ? { token } : {}) });
        replays.set(logs[0]!.name, new StateReplay(allProjections, source, { upcasters: ledgerUpcasters }));
      } else if (options.logUrl !== undefined || options.tokenFile !== undefined) {
        throw usageError('--log-url and --token-file only go with --replay');
      }
      const state = WitnessState.open(resolve(io.cwd, options.state));
      if (isLeft(state)) throw environmentError(state.left.reason);
      const app = createWitness({ state: state.right, logs, cosigner, replays });
      try {
        const address = await app.listen({ host: options.host, port });
        await write(
          io.stdout,
          `witness ${encodeVerifierKey(cosigner)} listening on ${address} (POST ${address}/add-checkpoint${
            replays.size > 0 ? `, ${address}/add-state replaying ${options.logUrl}` : ''
          }) for ${logs.map((l) => l.name).join(', ')}; Ctrl-C stops it\n`,
        );
      } catch (error) {
        state.right.close();
        throw error;
      }
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app
            .close()
            .then(() => state.right.close())
            .then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
  for (const command of witness.commands) command.exitOverride();
}
