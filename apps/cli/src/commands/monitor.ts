/**
 * `govledger monitor --url URL --state DIR [--key VKEY] [--interval S] [--once]`: poll a
 * ledger's read API for its latest checkpoint, check each new one's signature and its
 * consistency with the last one kept, and on a rollback or a split view write a
 * self-contained evidence file (both signed checkpoints, and the log's own proof when it
 * binds them) and exit 1. The state directory keeps the last checkpoint and the log key.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type ConsistencyProof,
  encodeVerifierKey,
  monitorStep,
  type Observation,
  parseVerifierKey,
  type VerifierKey,
  writeFileAtomically,
} from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { nonNegativeInteger } from '../options.ts';

interface MonitorOptions {
  readonly url: string;
  readonly state: string;
  readonly key?: string;
  readonly interval: string;
  readonly once?: boolean;
}

/** Fetches `url`, trying once more after a network failure (a kept-alive connection may have closed). */
async function fetchText(url: string): Promise<string> {
  let response: Response | undefined;
  for (let attempt = 1; response === undefined; attempt++) {
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      if (attempt >= 2) throw environmentError(`cannot reach ${url}: ${(error as Error).message}`);
    }
  }
  if (!response.ok) throw environmentError(`${url} answered ${response.status}`);
  return response.text();
}

/** The log key: given, else pinned in the state, else fetched once and pinned (trust on first use). */
async function logKeyOf(options: MonitorOptions, base: string, dir: string, io: CliIo): Promise<VerifierKey> {
  const pinnedPath = join(dir, 'log-key.txt');
  const pinned = existsSync(pinnedPath) ? readFileSync(pinnedPath, 'utf8').trim() : undefined;
  let text = options.key?.trim();
  if (text !== undefined && existsSync(resolve(io.cwd, text)))
    text = readFileSync(resolve(io.cwd, text), 'utf8').trim();
  if (text === undefined && pinned === undefined) {
    const ledger = JSON.parse(await fetchText(`${base}/v1/ledger`)) as { verifierKey?: string | null };
    if (!ledger.verifierKey) throw usageError('the ledger publishes no verifier key; pass --key VKEY');
    text = ledger.verifierKey;
    await write(io.stderr, `govledger: warning: trusting the log key the ledger published on first use: ${text}\n`);
  }
  const chosen = text ?? (pinned as string);
  if (pinned !== undefined && chosen !== pinned) {
    throw new CliError(
      `--key differs from the key pinned in ${pinnedPath} (${pinned}); use another --state to change keys`,
    );
  }
  const key = parseVerifierKey(chosen);
  if (isLeft(key)) throw usageError(`the log key: ${key.left.reason}`);
  if (pinned === undefined) await writeFileAtomically(pinnedPath, `${encodeVerifierKey(key.right)}\n`, { mode: 0o644 });
  return key.right;
}

async function poll(base: string, dir: string, key: VerifierKey, io: CliIo): Promise<void> {
  const latestPath = join(dir, 'latest.json');
  const kept = existsSync(latestPath) ? (JSON.parse(readFileSync(latestPath, 'utf8')) as Observation) : null;
  const url = `${base}/v1/ledger/checkpoint`;
  const latest: Observation = { at: new Date().toISOString(), url, checkpoint: await fetchText(url) };
  const outcome = await monitorStep(key, kept, latest, async (from, to) => {
    const response = await fetch(`${base}/v1/ledger/proofs/consistency?from=${from}&to=${to}`).catch(() => null);
    return response?.ok ? ((await response.json()) as ConsistencyProof) : null;
  });
  switch (outcome._tag) {
    case 'First':
    case 'Advanced':
      await writeFileAtomically(latestPath, `${JSON.stringify(latest, null, 2)}\n`, { mode: 0o644 });
      await write(
        io.stdout,
        outcome._tag === 'First'
          ? `${latest.at} first checkpoint kept: size ${outcome.size}\n`
          : `${latest.at} size ${outcome.from} -> ${outcome.to}: signed and consistent\n`,
      );
      return;
    case 'Unchanged':
      await write(io.stdout, `${latest.at} size ${outcome.size}: unchanged\n`);
      return;
    case 'Unverifiable':
      throw new CliError(`cannot accept the latest checkpoint: ${outcome.reason}`);
    case 'Misbehaviour': {
      const file = join(dir, 'evidence', `${latest.at.replace(/[:.]/g, '-')}-${outcome.evidence.kind}.json`);
      await writeFileAtomically(file, `${JSON.stringify(outcome.evidence, null, 2)}\n`, { mode: 0o644 });
      throw new CliError(`MISBEHAVIOUR: ${outcome.finding}; evidence written to ${file}`);
    }
  }
}

/** Registers `monitor`. */
export function registerMonitor(program: Command, io: CliIo): void {
  program
    .command('monitor')
    .description("watch a ledger's checkpoints; on a rollback or split view write evidence and exit 1")
    .requiredOption('--url <url>', 'the read API, e.g. https://ledger.example.gov.cn')
    .requiredOption('--state <dir>', 'where the last checkpoint, the log key and evidence are kept')
    .option(
      '--key <vkey>',
      "the log's verifier key (or file); default: the one pinned in --state, or the published one",
    )
    .option('--interval <seconds>', 'seconds between polls', '60')
    .option('--once', 'poll once and exit')
    .action(async (options: MonitorOptions) => {
      const base = options.url.replace(/\/+$/, '');
      if (!/^https?:\/\//.test(base)) throw usageError('--url must be an http(s) URL');
      const seconds = nonNegativeInteger('--interval', options.interval) ?? 60;
      if (seconds < 1) throw usageError('--interval must be at least 1 second');
      const dir = resolve(io.cwd, options.state);
      mkdirSync(join(dir, 'evidence'), { recursive: true });
      const key = await logKeyOf(options, base, dir, io);
      if (options.once) return poll(base, dir, key, io);
      let stopped = false;
      const stop = () => {
        stopped = true;
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        while (!stopped) {
          await poll(base, dir, key, io);
          for (let waited = 0; waited < seconds && !stopped; waited++) await sleep(1000);
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}
