/**
 * The rule of proposing an owners' assembly vote 提出表决事项: who may convene it (the owners'
 * committee while the decision that elected it stands, a petition of owners, the preparatory
 * group of the first assembly, the street office), on a registered, active community, on an
 * art. 278 matter, with the amount for matter 5. The procedure in force is stamped into the
 * proposal. Pure.
 */
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { requireRole } from '../authorisation.ts';
import type { CommandInput } from '../command.ts';
import { type CommitteeReading, requireReadCommitteeStands } from '../committees/sitting-committee.ts';
import { type CommunityRegistration, requireActiveCommunity } from '../registry/references.ts';
import type { VoteState } from './aggregate.ts';
import type { ProposeVoteData } from './command-data.ts';
import { CONVENING_ROLES, convenerOf, FIRST_ASSEMBLY_MATTERS } from './convening.ts';
import type { VoteDecision } from './decide.ts';
import {
  amountNotApplicable,
  amountRequired,
  conveningGroundsRequired,
  matterNotForPreparatoryGroup,
  notFirstAssembly,
  petitionersOnlyOnPetition,
  petitionTooSmall,
  type VoteError,
  voteAlreadyProposed,
} from './errors.ts';
import { VoteProposedV2, type VoteProposedV2Data } from './events.ts';
import { FUND_USE_MATTER } from './matters.ts';
import type { VoteProcedure } from './policy.ts';

const ok: E.Either<never, void> = E.right(undefined);

/** The key under which ProposeVote consults the community's registry entry. */
export const COMMUNITY_KEY = 'community';
/** The key under which ProposeVote consults the community's committee stream. */
export const COMMITTEE_KEY = 'committee';

/**
 * What ProposeVote reads besides the vote: the community's registry entries under
 * {@link COMMUNITY_KEY} (keyed by `registry/references.ts`), and under {@link COMMITTEE_KEY}
 * the community's committee (whether the first assembly was held) with the vote that elected
 * it (whether its decision stands; `committees/sitting-committee.ts`).
 */
export type ProposalRelated = CommunityRegistration<typeof COMMUNITY_KEY> & CommitteeReading<typeof COMMITTEE_KEY>;

/** The convening rules of a proposal by the actor's role (see `convening.ts`). */
function checkConvening(input: CommandInput<ProposeVoteData>, related: ProposalRelated): E.Either<VoteError, void> {
  const { data, actor } = input;
  const convenedBy = convenerOf(actor.role);
  if (convenedBy === 'owners-committee') {
    const stands = requireReadCommitteeStands(related, COMMITTEE_KEY, data.communityId);
    if (E.isLeft(stands)) return stands;
  }
  if (convenedBy !== 'owners-petition' && data.petitioners !== undefined) {
    return E.left(petitionersOnlyOnPetition(data.voteId, actor.role));
  }
  if (convenedBy === 'owners-petition') {
    const petitioners = data.petitioners ?? [];
    if (!petitioners.includes(actor.id)) {
      return E.left(petitionTooSmall(data.voteId, `the proposer ${actor.id} must be one of the petitioners`));
    }
    if (new Set(petitioners).size !== petitioners.length) {
      return E.left(petitionTooSmall(data.voteId, 'a petitioner is named twice'));
    }
  }
  if (convenedBy === 'preparatory-group') {
    if (!FIRST_ASSEMBLY_MATTERS.includes(data.matter)) {
      return E.left(matterNotForPreparatoryGroup(data.voteId, data.matter));
    }
    if (related[COMMITTEE_KEY]?.elected) return E.left(notFirstAssembly(data.voteId, data.communityId));
  }
  if (convenedBy === 'street-office' && data.grounds === undefined) {
    return E.left(conveningGroundsRequired(data.voteId));
  }
  return ok;
}

/**
 * ProposeVote under `procedure`: the owners' committee, a petition of owners, the preparatory
 * group of the first assembly or the street office convenes a vote on a registered, active
 * community; matter 5 names the amount. The procedure is stamped into the proposal.
 */
export function proposeVoteWith(procedure: VoteProcedure) {
  return (input: CommandInput<ProposeVoteData>, state: VoteState, related: ProposalRelated): VoteDecision => {
    const { data } = input;
    return pipe(
      requireRole('ProposeVote', input, ...CONVENING_ROLES),
      E.chainW(() => requireActiveCommunity(related, COMMUNITY_KEY, data.communityId)),
      E.chainW(() => (state.status === 'none' ? ok : E.left(voteAlreadyProposed(data.voteId)))),
      E.chainW(() => {
        if (data.matter === FUND_USE_MATTER && data.requestedAmountFen === undefined)
          return E.left(amountRequired(data.voteId));
        if (data.matter !== FUND_USE_MATTER && data.requestedAmountFen !== undefined) {
          return E.left(amountNotApplicable(data.voteId, data.matter));
        }
        return ok;
      }),
      E.chainW(() => checkConvening(input, related)),
      E.map(() => {
        const proposal: VoteProposedV2Data = {
          voteId: data.voteId,
          communityId: data.communityId,
          matter: data.matter,
          title: data.title,
          ...(data.requestedAmountFen !== undefined ? { requestedAmountFen: data.requestedAmountFen } : {}),
          convenedBy: convenerOf(input.actor.role),
          petitioners: [...(data.petitioners ?? [])],
          grounds: data.grounds ?? null,
          procedure: { ...procedure },
        };
        return [{ type: VoteProposedV2.type, schemaVersion: VoteProposedV2.schemaVersion, data: proposal }];
      }),
    );
  };
}
