#!/usr/bin/env node
/**
 * The `govledger` executable: runs the command line on the real process streams. A reader that
 * closes the pipe early (`govledger export | head -1`, `govledger --help | head -1`) ends the
 * command quietly, as Unix tools do.
 */
import { isClosedOutput } from './closed-output.ts';
import { processIo } from './io.ts';
import { runCli } from './program.ts';

/** Ends the process at once with the exit code set so far (a closed pipe takes no more output). */
const endNow = process.exit.bind(process);

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (!isClosedOutput(error)) throw error;
    endNow(process.exitCode ?? 0);
  });
}

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
