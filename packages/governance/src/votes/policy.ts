/**
 * The procedure policy of owners' assembly votes: the periods of notice, voting, objection
 * and publication, and the share of owners whose petition convenes an assembly. Each city
 * sets its own; the defaults below follow the State Council regulation where it sets a
 * period and are this ledger's documented choices where it does not. The policy in force is
 * stamped into each `VoteProposed` (schema 2), so the vote is held to the periods it was
 * proposed under and a replay never depends on today's configuration.
 */
import { checkedInteger } from '@govledger/core';
import * as t from 'io-ts';
import { makePolicy } from '../policy-overrides.ts';

/** The most days any period of a procedure may be. */
export const MAX_PROCEDURE_DAYS = 365;

function daysCodec(name: string, min: number): t.Type<number, number, unknown> {
  return checkedInteger(
    name,
    (n) => n >= min && n <= MAX_PROCEDURE_DAYS,
    `a whole number of days from ${min} to ${MAX_PROCEDURE_DAYS}`,
  );
}

const Days = daysCodec('ProcedureDays', 0);
const PositiveDays = daysCodec('PositiveProcedureDays', 1);
const Percent = checkedInteger('PetitionPercent', (n) => n >= 1 && n <= 100, 'a whole percentage from 1 to 100');

/** Codec of a vote procedure policy (see {@link DEFAULT_VOTE_PROCEDURE} for each field). */
export const VoteProcedure = t.type(
  {
    noticeDays: Days,
    minWindowDays: PositiveDays,
    maxWindowDays: PositiveDays,
    objectionDays: Days,
    resultNoticeDays: PositiveDays,
    petitionPercent: Percent,
  },
  'VoteProcedure',
);
export type VoteProcedure = t.TypeOf<typeof VoteProcedure>;

/**
 * The default procedure:
 * - notice of the assembly and its agenda at least **15 days** before voting opens
 *   (物业管理条例 art. 14: 召开业主大会会议，应当于会议召开15日以前通知全体业主);
 * - a voting window of **1 to 60 days** (this ledger's choice; Hangzhou sets 5 to 60);
 * - an objection period of **7 days** after voting closes before the result may be certified
 *   (this ledger's choice; Qingyuan 2022 art. 17 posts results for owners' objections without
 *   a national period);
 * - the certified result published as a `vote-result` notice within **7 days** (this ledger's
 *   choice: 物业管理条例 art. 12 requires the owners to be told of the decision but sets no
 *   period; Beijing sets 3 days, art. 37);
 * - a petition of at least **20 %** of the owners convenes an assembly (物业管理条例 art. 13:
 *   经20%以上的业主提议，业主委员会应当组织召开业主大会临时会议).
 */
export const DEFAULT_VOTE_PROCEDURE: VoteProcedure = {
  noticeDays: 15,
  minWindowDays: 1,
  maxWindowDays: 60,
  objectionDays: 7,
  resultNoticeDays: 7,
  petitionPercent: 20,
};

/**
 * A procedure from the defaults and `overrides`. Throws when a field is out of range or the
 * window's bounds are inverted: a bad policy is a configuration bug, found when the domain is
 * wired.
 */
export function makeVoteProcedure(overrides: Partial<VoteProcedure> = {}): VoteProcedure {
  return makePolicy('vote procedure', VoteProcedure, DEFAULT_VOTE_PROCEDURE, overrides, (policy) =>
    policy.minWindowDays > policy.maxWindowDays
      ? `minWindowDays ${policy.minWindowDays} is above maxWindowDays ${policy.maxWindowDays}`
      : null,
  );
}

/** Milliseconds in a day: the procedure's periods are elapsed time on the ledger's clock. */
export const PROCEDURE_DAY_MS = 86_400_000;

/** `iso` plus `days` whole days, as ISO-8601 UTC. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * PROCEDURE_DAY_MS).toISOString();
}
