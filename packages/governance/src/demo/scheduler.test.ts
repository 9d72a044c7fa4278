import { describe, expect, it } from 'vitest';
import { act, HOUSING_BUREAU } from './command.ts';
import { emit, type Process, schedule, type Step, wait } from './scheduler.ts';

const say = (atMs: number, n: number): Step => emit(atMs, act('Say', HOUSING_BUREAU, atMs, { n }));
const said = (processes: Process[], end = 1_000) => [...schedule(processes, 0, end)].map((c) => c.command.data.n);

describe('the demo scheduler', () => {
  it('interleaves processes by time, ties in the order they were scheduled', () => {
    function* a(): Generator<Step> {
      yield say(10, 1);
      yield say(30, 3);
    }
    function* b(): Generator<Step> {
      yield say(10, 2);
      yield say(20, 4);
    }
    expect(said([a(), b()])).toEqual([1, 2, 4, 3]);
  });

  it('runs a process on while it stays at the same time, so what it reads after a wait is emitted first', () => {
    const world = { value: 0 };
    function* writer(): Generator<Step> {
      yield wait(10);
      world.value = 5;
      yield say(10, world.value);
    }
    function* reader(): Generator<Step> {
      yield say(10, 99);
    }
    expect(said([writer(), reader()])).toEqual([5, 99]);
  });

  it('starts spawned processes and drops steps at or after the end', () => {
    function* child(): Generator<Step> {
      yield say(50, 2);
      yield say(2_000, 3);
    }
    function* parent(): Generator<Step> {
      yield { atMs: 40, spawn: [child()] };
      yield say(60, 1);
    }
    expect(said([parent()])).toEqual([2, 1]);
  });

  it('refuses a process that steps back in time', () => {
    function* confused(): Generator<Step> {
      yield say(20, 1);
      yield say(10, 2);
    }
    expect(() => said([confused()])).toThrow(/stepped back in time/);
  });
});
