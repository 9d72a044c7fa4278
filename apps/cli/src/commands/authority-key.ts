/**
 * `govledger authority-key --out FILE [--public-out FILE]`: makes the inspecting authority's
 * X25519 key pair, to which every ballot is sealed. The private key goes to FILE (mode 0600),
 * for the authority alone (street office or housing bureau): it opens ballots on an objection
 * (`inspect-ballots --authority-key FILE`) and belongs neither beside the ledger nor in git.
 * The public key goes to `FILE.pub` (or `--public-out`) and is printed; the ledger seals to
 * it (`--authority-public-key FILE`, `GOVLEDGER_AUTHORITY_PUBLIC_KEY`, or `<db>.authority.pub`).
 */
import { resolve } from 'node:path';
import { votes } from '@govledger/governance';
import type { Command } from 'commander';
import { writeAuthorityKeyFiles } from '../authority-key.ts';
import { type CliIo, write } from '../io.ts';
import { AUTHORITY_PUBLIC_KEY_ENV } from '../ledger-files.ts';

/** Registers `authority-key`. */
export function registerAuthorityKey(program: Command, io: CliIo): void {
  program
    .command('authority-key')
    .description("make the inspecting authority's key pair that ballots are sealed to (the private key opens them)")
    .requiredOption('--out <file>', "the authority's private key file to write (mode 0600; never overwritten)")
    .option('--public-out <file>', 'the public key file to write (default: <out>.pub)')
    .action(async (options: { out: string; publicOut?: string }) => {
      const privatePath = resolve(io.cwd, options.out);
      const publicPath = resolve(io.cwd, options.publicOut ?? `${options.out}.pub`);
      const pair = await votes.generateAuthorityKeyPair();
      writeAuthorityKeyFiles(pair, privatePath, publicPath);
      await write(
        io.stdout,
        [
          `authority key ${pair.keyId}`,
          `public key: ${Buffer.from(pair.publicKey).toString('base64')}`,
          `private key written to ${privatePath} (mode 0600): the inspecting authority keeps it; never beside the ledger, never in git`,
          `public key written to ${publicPath}: the ledger seals ballots to it (--authority-public-key FILE, ${AUTHORITY_PUBLIC_KEY_ENV}, or <db>.authority.pub)`,
          '',
        ].join('\n'),
      );
    });
}
