/**
 * Upcasters of the vote events: a ledger recorded before the assembly procedure replays
 * under the new code. A schema-1 `VoteProposed` lifts to schema 2 with no convener, no
 * petitioners, no grounds and no procedure (`null`): the rules read that as "proposed before
 * the procedure" and hold the vote to the rules of its time (no notice, no objection period),
 * so an old history neither changes meaning nor becomes unreplayable.
 */
import type { EventOf, Upcaster } from '@govledger/core';
import { VoteProposed, VoteProposedV2, type VoteProposedV2Data } from './events.ts';

/** Lifts the data of a schema-1 `VoteProposed` to schema 2 (pure): no convener, petitioners, grounds or procedure. */
export function upcastVoteProposedV1<Data extends object>(
  data: Data,
): Data & { convenedBy: null; petitioners: never[]; grounds: null; procedure: null } {
  return { ...data, convenedBy: null, petitioners: [], grounds: null, procedure: null };
}

/** `VoteProposed` 1 → 2. */
export const voteProposedV1Upcaster: Upcaster = {
  type: VoteProposed.type,
  fromVersion: VoteProposed.schemaVersion,
  upcast: (data) => upcastVoteProposedV1(data),
};

/** Every vote upcaster, for a ledger-wide `UpcasterRegistry`. */
export const voteUpcasters: readonly Upcaster[] = [voteProposedV1Upcaster];

/**
 * The data of a `VoteProposed` of either schema as schema 2: what the vote's fold and
 * projection read, whether or not the reader runs an upcaster registry.
 */
export function proposalOf(event: EventOf<typeof VoteProposed | typeof VoteProposedV2>): VoteProposedV2Data {
  return event.schemaVersion === VoteProposedV2.schemaVersion ? event.data : upcastVoteProposedV1(event.data);
}
