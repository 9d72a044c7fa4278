/**
 * `govledger audit-read URL [--key VKEY] [--export FILE | --token-file FILE]`: re-derive one
 * answer of the read API. It fetches the answer, reads the ledger size and root it says it
 * was computed from, fetches a signed checkpoint covering that size, verifies the leaves
 * (an export, or the API's entries) against it, checks the root at that size, replays the
 * projections over exactly those leaves and reports whether it gets the same figures.
 * Exit 0 when it does; 1 naming what differs or failed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  encodeHash,
  leafHash,
  MerkleFrontier,
  openCheckpoint,
  parseVerifierKey,
  type VerifierKey,
  verifyExport,
} from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, environmentError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { jsonDifferences, replayAnswer } from '../auditing/replay-answer.ts';
import { resolveVerifierKey } from '../verifier-key.ts';

async function get(url: string, token?: string): Promise<Response> {
  try {
    return await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw environmentError(`cannot reach ${url}: ${(error as Error).message}`);
  }
}

async function text(url: string, token?: string): Promise<string> {
  const response = await get(url, token);
  if (!response.ok) throw new CliError(`${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return response.text();
}

/** The signed checkpoint of `size`, or the smallest one above it. */
async function coveringCheckpoint(base: string, size: number): Promise<string> {
  const exact = await get(`${base}/v1/ledger/checkpoint?size=${size}`);
  if (exact.ok) return exact.text();
  const { sizes } = JSON.parse(await text(`${base}/v1/ledger/checkpoints`)) as { sizes: number[] };
  const above = sizes.find((s) => s >= size);
  if (above === undefined) throw new CliError(`no signed checkpoint covers ledger size ${size} yet`);
  return text(`${base}/v1/ledger/checkpoint?size=${above}`);
}

/** The first `count` leaves: from the export file, or paged from the API's entries. */
async function leavesUpTo(base: string, count: number, exportFile?: string, token?: string): Promise<Buffer[]> {
  if (exportFile !== undefined) {
    const lines = readFileSync(exportFile).toString('utf8').split('\n');
    if (lines.length - 1 < count) throw new CliError(`the export has ${lines.length - 1} lines, ${count} are needed`);
    return lines.slice(0, count).map((line) => Buffer.from(line, 'utf8'));
  }
  const out: Buffer[] = [];
  while (out.length < count) {
    const page = await text(`${base}/v1/ledger/entries?from=${out.length}&limit=1000`, token);
    const lines = page.split('\n').slice(0, -1);
    if (lines.length === 0) throw new CliError(`the API served no entries from ${out.length}`);
    for (const line of lines) if (out.length < count) out.push(Buffer.from(line, 'utf8'));
  }
  return out;
}

/** "Now" of a clock-dependent answer, from the minute its ETag names; else its Date header. */
function clockOf(response: Response): Date {
  const minute = /^"\d+-[0-9a-f]+-(\d+)"$/.exec(response.headers.get('etag') ?? '');
  if (minute) return new Date(Number(minute[1]) * 60_000);
  const date = response.headers.get('date');
  return date ? new Date(date) : new Date();
}

async function auditRead(
  url: URL,
  options: { key?: string; export?: string; tokenFile?: string },
  io: CliIo,
): Promise<void> {
  const base = url.origin;
  const answer = await get(url.href);
  if (!answer.ok) throw new CliError(`${url.href} answered ${answer.status}`);
  const size = Number(answer.headers.get('x-ledger-size'));
  const root = answer.headers.get('x-ledger-root');
  if (!Number.isSafeInteger(size) || root === null) {
    throw new CliError('the answer does not say which ledger it was computed from (no X-Ledger-Size / X-Ledger-Root)');
  }
  const served = (await answer.json()) as { asOf?: { size?: number; root?: string } };
  if (served.asOf && (served.asOf.size !== size || served.asOf.root !== root)) {
    throw new CliError('the answer body and its headers name different ledger points');
  }
  let key: VerifierKey;
  if (options.key) key = resolveVerifierKey(options.key, undefined, io.cwd);
  else {
    const published = (JSON.parse(await text(`${base}/v1/ledger`)) as { verifierKey: string | null }).verifierKey;
    const parsed = published ? parseVerifierKey(published) : undefined;
    if (!parsed || isLeft(parsed)) throw usageError('the ledger publishes no usable verifier key; pass --key');
    key = parsed.right;
    await write(
      io.stderr,
      `govledger: warning: using the key the operator publishes (${published}); pass --key to rely on your own\n`,
    );
  }
  const note = await coveringCheckpoint(base, size);
  const opened = openCheckpoint(note, [key]);
  if (isLeft(opened)) throw new CliError('the covering checkpoint does not open with the log key');
  const covered = opened.right.checkpoint.size;
  const token = options.tokenFile
    ? readFileSync(resolve(io.cwd, options.tokenFile), 'utf8').trim()
    : io.env.GOVLEDGER_AUDITOR_TOKEN;
  const leaves = await leavesUpTo(base, covered, options.export && resolve(io.cwd, options.export), token);
  const report = await verifyExport(
    (async function* () {
      yield* leaves;
    })(),
    { checkpoint: note, verifier: key },
  );
  if (!report.ok)
    throw new CliError(
      `the leaves do not match the checkpoint of size ${covered}: ${report.problem?.message ?? 'failed'}`,
    );
  const frontier = new MerkleFrontier();
  for (const leaf of leaves.slice(0, size)) frontier.append(leafHash(leaf));
  if (encodeHash(frontier.root()) !== root) {
    throw new CliError(
      `the answer claims root ${root} at size ${size}, but the signed log has ${encodeHash(frontier.root())}`,
    );
  }
  const replayed = await replayAnswer(leaves.slice(0, size), url.pathname + url.search, clockOf(answer));
  if (replayed.status !== 200)
    throw new CliError(`the replay answered ${replayed.status}: ${replayed.body.slice(0, 200)}`);
  const differences = jsonDifferences(served, JSON.parse(replayed.body));
  const lines = [
    `answer: ${url.href}`,
    `computed from: ledger size ${size}, root ${root}`,
    `checked against: checkpoint of size ${covered} signed by ${key.name}${covered === size ? '' : ` (root at ${size} recomputed from its leaves)`}`,
    `leaves verified: ${covered} (${options.export ? `export ${options.export}` : 'from the API'})`,
  ];
  if (differences.length > 0) {
    throw new CliError(
      `${lines.join('\n')}\nDIFFERENT figures after replaying ${size} entries:\n  ${differences.join('\n  ')}`,
    );
  }
  await write(io.stdout, `${lines.join('\n')}\nreplayed ${size} entries: the same figures\n`);
}

/** Registers `audit-read`. */
export function registerAuditRead(program: Command, io: CliIo): void {
  program
    .command('audit-read')
    .description('re-derive one read-API answer from the signed log and report whether the figures agree')
    .argument('<url>', 'the answer to check, e.g. http://127.0.0.1:8080/v1/funds')
    .option('--key <vkey>', "the log's verifier key (default: the one the API publishes, with a warning)")
    .option('--export <file>', 'the log as an NDJSON export (default: read from the API, which needs an auditor token)')
    .option('--token-file <file>', 'auditor token for the API entries (default: $GOVLEDGER_AUDITOR_TOKEN)')
    .action(async (target: string, options: { key?: string; export?: string; tokenFile?: string }) => {
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        throw usageError(`not a URL: ${target}`);
      }
      await auditRead(url, options, io);
    });
}
