/**
 * The demo history: three years (2022–2024) of red property management in Zhangjiagang, as
 * batches of governance commands in time order. Each batch holds the acts of one simulated
 * moment and is meant to be one all-or-nothing submission (`CommandExecutor.submit`) recorded
 * at that moment: the demo's ledger clock is its simulated time. Pure and streaming: the same seed and scale give the same
 * commands, and only the stories running at a time are held in memory.
 */
import { governanceRegistry } from '../catalogue.ts';
import type { SubmittedLine } from '../submit.ts';
import { dayOf, iso, PERIOD_END_MS, PERIOD_START_MS } from './calendar.ts';
import { electionStory } from './committee-story.ts';
import { complaintSource } from './complaint-story.ts';
import { coverageStory } from './coverage-story.ts';
import { emergencyStory } from './emergency-story.ts';
import { fundStory } from './fund-story.ts';
import { meetingsStory } from './meetings-story.ts';
import { noticesStory } from './notices-story.ts';
import { partyStory } from './party-story.ts';
import { pilotsStory } from './pilots-story.ts';
import { publicIncomeStory } from './public-income-story.ts';
import { Random } from './random.ts';
import { ratingsStory } from './ratings-story.ts';
import { newDevelopmentStories, registryStory } from './registry-story.ts';
import { unitRegisterStory } from './unit-register-story.ts';
import { schedule } from './scheduler.ts';
import { voteStory } from './vote-story.ts';
import { buildWorld, type KnowsCommand } from './world.ts';

/** Options of {@link demoHistory}. */
export interface DemoOptions {
  /** Any integer: the same seed gives the same history. */
  readonly seed: number;
  /** Volume: about 12,000 × scale² events (a positive integer). */
  readonly scale: number;
  /**
   * Which commands the ledger runs (default: those in the governance registry): stories of an
   * area the registry does not know yet are left out.
   */
  readonly knows?: KnowsCommand;
}

/** One simulated moment's commands: one submission, recorded at `at` (ISO-8601 UTC, the time of its acts). */
export interface DemoBatch {
  readonly at: string;
  /** The simulated day, 0 for 2022-01-01 (China Standard Time), of 1,096. */
  readonly day: number;
  readonly lines: readonly SubmittedLine[];
}

/** First and last instant of the simulated period (ISO-8601 UTC; the end excluded). */
export const DEMO_PERIOD = { from: iso(PERIOD_START_MS), until: iso(PERIOD_END_MS) } as const;

/**
 * The demo history as batches in time order.
 *
 * @example
 * for (const batch of demoHistory({ seed: 7, scale: 1 })) await executor.submit(batch.lines);
 */
export function* demoHistory(options: DemoOptions): Generator<DemoBatch> {
  const { seed, scale } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the demo seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(scale) || scale < 1)
    throw new RangeError(`the demo scale must be a positive integer, got ${scale}`);
  const knows = options.knows ?? ((name: string) => governanceRegistry.get(name) !== undefined);
  const rng = new Random(`govledger-demo:${seed}`);
  const world = buildWorld(rng.fork('world'), seed, scale, knows);
  const stories = [
    registryStory(world),
    unitRegisterStory(world),
    ...newDevelopmentStories(world, rng.fork('developments')),
    partyStory(world, rng.fork('party')),
    pilotsStory(world, rng.fork('pilots')),
    coverageStory(world, rng.fork('coverage')),
    ratingsStory(world, rng.fork('ratings')),
    fundStory(world, rng.fork('fund')),
    emergencyStory(world, rng.fork('emergencies')),
    voteStory(world, rng.fork('votes')),
    electionStory(world, rng.fork('elections')),
    complaintSource(world, rng.fork('complaints')),
    meetingsStory(world, rng.fork('meetings')),
    noticesStory(world, rng.fork('notices')),
    ...(knows('RecordPublicIncome') ? [publicIncomeStory(world, rng.fork('public-income'))] : []),
  ];
  let day = -1;
  let at = 0;
  let lines: SubmittedLine[] = [];
  for (const { atMs, command } of schedule(stories, PERIOD_START_MS, PERIOD_END_MS)) {
    // One submission per simulated moment: each act is recorded at the time it happens, so a
    // ballot cast before a vote closes is recorded before it closes (rules hold against the
    // recording time), and no act is ever back-dated.
    if (atMs !== at && lines.length > 0) {
      yield { at: iso(at), day, lines };
      lines = [];
    }
    day = dayOf(atMs);
    at = atMs;
    lines.push({ line: lines.length + 1, value: command });
  }
  if (lines.length > 0) yield { at: iso(at), day, lines };
}
