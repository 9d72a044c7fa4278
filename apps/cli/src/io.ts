/**
 * The streams a command talks to, passed in rather than taken from `process`, so commands run
 * in-process in tests exactly as they do from a shell.
 */
import type { Readable, Writable } from 'node:stream';

/** Standard input, output and error of one command run, and its environment. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The real process streams. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Writes `text` and waits until the stream has taken it (so large outputs are not lost on exit).
 * A failed write (a closed pipe) rejects with the stream's error; the listeners of one wait are
 * removed when it ends, so a long output never piles them up.
 */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.destroyed) {
      reject(Object.assign(new Error('the output is closed'), { code: 'ERR_STREAM_DESTROYED' }));
      return;
    }
    let failed = false;
    const ready = stream.write(text, (error) => {
      if (error && !failed) {
        failed = true;
        reject(error);
      }
    });
    if (ready) {
      resolve();
      return;
    }
    const onDrain = () => {
      stream.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      stream.off('drain', onDrain);
      if (!failed) reject(Object.assign(new Error('the output is closed'), { code: 'ERR_STREAM_DESTROYED' }));
      failed = true;
    };
    stream.once('drain', onDrain);
    stream.once('close', onClose);
  });
}
