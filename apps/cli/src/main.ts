#!/usr/bin/env node
/**
 * The `govledger` executable: runs the command line on the real process streams.
 */
import { processIo } from './io.ts';
import { runCli } from './program.ts';

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
