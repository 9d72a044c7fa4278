/**
 * `govledger verify-bundle FILE --key VKEY [--witness VKEY… --quorum K] [--leaf FILE]`:
 * check a proof bundle offline (no database, no network) and print what it proves: this
 * event, at this index, in the log of this origin, seen by these witnesses by these times.
 * Exit 0 when it holds; 1 naming the part that failed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type BundleFacts,
  COSIGNATURE_V1_TYPE,
  encodeVerifierKey,
  parseVerifierKey,
  type VerifierKey,
  verifyBundle,
} from '@govledger/core';
import type { Command } from 'commander';
import { isLeft } from 'fp-ts/lib/Either.js';
import { CliError, usageError } from '../cli-error.ts';
import { type CliIo, write } from '../io.ts';
import { nonNegativeInteger } from '../options.ts';
import { readInputFile, readInputText } from '../input-file.ts';
import { resolveVerifierKey } from '../verifier-key.ts';

function witnessKey(value: string, cwd: string): VerifierKey {
  const file = resolve(cwd, value);
  const text = existsSync(file) ? readInputText(file, cwd, 'key file', 64 * 1024).trim() : value.trim();
  const key = parseVerifierKey(text, COSIGNATURE_V1_TYPE);
  if (isLeft(key)) throw usageError(`--witness ${value} is not a witness verifier key: ${key.left.reason}`);
  return key.right;
}

/** The report printed for a bundle that holds. */
export function describeFacts(facts: BundleFacts, logKey: VerifierKey, quorum: number): string {
  const e = facts.event;
  const event = e.type
    ? `the event ${e.type} (stream ${e.streamId ?? '?'}, version ${e.streamVersion ?? '?'}, event id ${e.eventId ?? '?'}, recorded ${e.recordedAt ?? '?'})`
    : 'the entry';
  const seen =
    facts.cosigners.length === 0
      ? '  seen by no trusted witness (none required)'
      : `  seen by ${facts.cosigners.length} trusted witness(es) (${quorum} required):\n${facts.cosigners
          .map((c) => `    ${c.name} by ${c.time}`)
          .join('\n')}`;
  return [
    'OK: the bundle proves',
    `  ${event}`,
    `  is entry ${facts.index} of the log ${facts.origin}`,
    `  in its tree of ${facts.size} entries with root ${facts.root}, signed by ${encodeVerifierKey(logKey)}`,
    seen,
    `  leaf hash ${facts.leafHash} (SHA-256 of 0x00 and the ${facts.leaf.length} leaf bytes)`,
    '',
  ].join('\n');
}

/** Registers `verify-bundle`. */
export function registerVerifyBundle(program: Command, io: CliIo): void {
  program
    .command('verify-bundle')
    .description('check a proof bundle (c2sp.org/tlog-proof) offline and say what it proves')
    .argument('<file>', 'the .tlog-proof file')
    .requiredOption('--key <vkey>', "the log's verifier key (or a file holding it)")
    .option('--witness <vkey...>', 'verifier key (or file) of each witness you trust')
    .option('--quorum <k>', 'cosignatures needed from those witnesses', '0')
    .option('--leaf <file>', 'the leaf bytes, when the bundle does not carry them (or to compare)')
    .option('--json', 'print what it proves as JSON')
    .action(
      async (
        file: string,
        options: { key: string; witness?: string[]; quorum: string; leaf?: string; json?: boolean },
      ) => {
        const logKey = resolveVerifierKey(options.key, undefined, io.cwd);
        const witnesses = (options.witness ?? []).map((w) => witnessKey(w, io.cwd));
        const quorum = nonNegativeInteger('--quorum', options.quorum) ?? 0;
        if (quorum > witnesses.length) {
          throw usageError(`--quorum ${quorum} is more than the ${witnesses.length} --witness key(s) given`);
        }
        const text = readInputFile(file, io.cwd, 'bundle');
        const leaf = options.leaf === undefined ? undefined : readInputFile(options.leaf, io.cwd, 'leaf file');
        const result = verifyBundle(text, {
          logKey,
          witnesses,
          quorum,
          now: Math.floor(Date.now() / 1000),
          ...(leaf ? { leaf } : {}),
        });
        if (isLeft(result)) throw new CliError(`bundle ${file} fails: ${result.left.what}: ${result.left.reason}`);
        if (options.json) {
          const { leaf: bytes, ...facts } = result.right;
          await write(io.stdout, `${JSON.stringify({ ...facts, leafBytes: bytes.length })}\n`);
          return;
        }
        await write(io.stdout, describeFacts(result.right, logKey, quorum));
      },
    );
}
