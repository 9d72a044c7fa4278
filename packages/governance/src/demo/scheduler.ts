/**
 * The demo's discrete-event scheduler. Each story of the demo (a complaint, a vote, a
 * quarter's ratings) is a process: a generator that yields steps in time order. A step either
 * waits (no command) or emits one command at its time, and may start further processes. The
 * scheduler interleaves every process by time (ties in the order they were scheduled), so the
 * commands come out in time order, and it never holds more than the processes now running.
 *
 * A process runs on, without yielding to others, while its steps stay at the current time:
 * the code between a wait and the next emit at the same time sees the world as of that time
 * and its command is emitted before any other process's. Steps at or after `endMs` are
 * dropped with their process (stories cut off by the end of the period).
 */
import type { DemoCommand } from './command.ts';

/** One step of a process. */
export interface Step {
  readonly atMs: number;
  readonly command?: DemoCommand;
  readonly spawn?: readonly Process[];
}

/** A story of the demo. */
export type Process = Iterator<Step, unknown, undefined>;

/** A command the scheduler emits, at its simulated time. */
export interface TimedCommand {
  readonly atMs: number;
  readonly command: DemoCommand;
}

/** Waits until `atMs`. */
export function wait(atMs: number): Step {
  return { atMs };
}

/** Emits `command` at `atMs`. */
export function emit(atMs: number, command: DemoCommand): Step {
  return { atMs, command };
}

interface Entry {
  readonly atMs: number;
  readonly seq: number;
  readonly process: Process;
  readonly step: Step;
}

const before = (a: Entry, b: Entry): boolean => a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);

/** A binary min-heap of scheduled steps by (time, order scheduled). */
class StepHeap {
  readonly #items: Entry[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(entry: Entry): void {
    const items = this.#items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Entry, items[parent] as Entry)) break;
      [items[i], items[parent]] = [items[parent] as Entry, items[i] as Entry];
      i = parent;
    }
  }

  pop(): Entry | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && before(items[l] as Entry, items[m] as Entry)) m = l;
      if (r < items.length && before(items[r] as Entry, items[m] as Entry)) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m] as Entry, items[i] as Entry];
      i = m;
    }
    return top;
  }
}

/**
 * Runs `processes` from `startMs` until `endMs` (exclusive) and yields their commands in time
 * order. A process stepping back in time is a bug in the demo and throws.
 */
export function* schedule(processes: readonly Process[], startMs: number, endMs: number): Generator<TimedCommand> {
  const heap = new StepHeap();
  let seq = 0;
  let now = startMs;
  const advance = (process: Process): Step | null => {
    const next = process.next();
    if (next.done) return null;
    if (next.value.atMs < now) {
      throw new Error(`demo process stepped back in time to ${new Date(next.value.atMs).toISOString()}`);
    }
    return next.value;
  };
  const start = (process: Process): void => {
    const step = advance(process);
    if (step && step.atMs < endMs) heap.push({ atMs: step.atMs, seq: seq++, process, step });
  };
  for (const process of processes) start(process);
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    now = entry.atMs;
    let step: Step | null = entry.step;
    while (step !== null && step.atMs === now) {
      if (step.command) yield { atMs: now, command: step.command };
      for (const spawned of step.spawn ?? []) start(spawned);
      step = advance(entry.process);
    }
    if (step !== null && step.atMs < endMs) heap.push({ atMs: step.atMs, seq: seq++, process: entry.process, step });
  }
}
