/**
 * Progress for anything that can take over a second: a bar on a TTY, a line every few seconds
 * otherwise (so CI logs and pipes stay readable). Nothing is shown for work that ends within
 * the first second.
 */
import { SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';

/** A progress reporter: call `update` as work is done and `stop` when it ends. */
export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

const SHOW_AFTER_MS = 1000;
const LINE_EVERY_MS = 5000;

/** Starts reporting progress of `label` over `total` units on `stream`. */
export function startProgress(label: string, total: number, stream: Writable & { isTTY?: boolean }): Progress {
  const started = Date.now();
  let bar: SingleBar | null = null;
  let lastLine = started;
  let current = 0;
  let target = total;
  return {
    update(done, newTotal) {
      current = done;
      if (newTotal !== undefined) target = newTotal;
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS) return;
      if (stream.isTTY) {
        if (!bar) {
          bar = new SingleBar({
            format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
            stream: stream as NodeJS.WritableStream,
            hideCursor: true,
          });
          bar.start(target, current);
        } else {
          bar.setTotal(target);
          bar.update(current);
        }
      } else if (now - lastLine >= LINE_EVERY_MS) {
        lastLine = now;
        const pct = target > 0 ? ((100 * current) / target).toFixed(1) : '100';
        stream.write(`${label}: ${current}/${target} (${pct}%)\n`);
      }
    },
    stop() {
      if (bar) {
        bar.update(current);
        bar.stop();
      } else if (!stream.isTTY && Date.now() - started >= SHOW_AFTER_MS) {
        stream.write(`${label}: ${current}/${target} done\n`);
      }
    },
  };
}
