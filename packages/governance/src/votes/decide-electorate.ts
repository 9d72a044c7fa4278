/**
 * The rule of registering a vote's electorate (登记表决业主): the vote's runner names the
 * scope, and the electorate is derived from the unit register of the vote's own community as
 * it stands at the ledger's time of the recording; a typed-in list of units is refused. Pure.
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import type { UnitRegisterState } from '../units/aggregate.ts';
import type { VoteState } from './aggregate.ts';
import type { RegisterElectorateData } from './command-data.ts';
import { deriveElectorate, electorateEvents } from './electorate.ts';
import { electorateNotDerived, invalidElectorate, voteNotFound, voteStatusForbids } from './errors.ts';
import { ElectorateRegisteredV2 } from './events.ts';
import type { VoteDecision } from './decide.ts';
import { type RunnerCommittee, requireRunnerStands, runnersNow } from './runner-committee.ts';

/** The key under which the scope's unit register arrives in `related`. */
export const UNIT_REGISTER = 'unit-register';

/**
 * What RegisterElectorate reads besides the vote: the unit register of the scope's community,
 * and the vote's community's committee with its electing vote (`runner-committee.ts`).
 */
export type ElectorateRegister = { readonly [UNIT_REGISTER]: UnitRegisterState } & RunnerCommittee;

/**
 * RegisterElectorate: the vote's runner, while the vote is proposed or noticed and has no
 * electorate yet; the scope lies in the vote's community; owners and areas come from the unit register.
 */
export function registerElectorate(
  input: CommandInput<RegisterElectorateData>,
  state: VoteState,
  related: ElectorateRegister,
): VoteDecision {
  const { data } = input;
  const { voteId, scope } = data;
  return pipe(
    requireRole('RegisterElectorate', input, ...runnersNow(state, related)),
    E.chainW(() => requireRunnerStands(input.actor.role, related, state)),
    E.chainW(() => (data.units !== undefined ? E.left(electorateNotDerived(voteId)) : E.right(undefined))),
    E.chainW(() => {
      if (state.status === 'none') return E.left(voteNotFound(voteId));
      if (state.status !== 'proposed' && state.status !== 'noticed') {
        return E.left(voteStatusForbids(voteId, 'RegisterElectorate', state.status, ['proposed', 'noticed']));
      }
      if (state.tally.totalOwners > 0) return E.left(invalidElectorate(voteId, 'the electorate is already registered'));
      if (scope.communityId !== state.communityId) {
        return E.left(
          invalidElectorate(voteId, `the scope lies in ${scope.communityId}, but the vote is of ${state.communityId}`),
        );
      }
      return E.right(undefined);
    }),
    E.chainW(() => {
      return pipe(
        deriveElectorate(related[UNIT_REGISTER], scope),
        E.mapLeft((reason) => invalidElectorate(voteId, reason)),
      );
    }),
    E.map((units) =>
      electorateEvents(voteId, scope, input.recordedAt, units).map((part) => ({
        type: ElectorateRegisteredV2.type,
        schemaVersion: ElectorateRegisteredV2.schemaVersion,
        data: part,
      })),
    ),
  );
}
