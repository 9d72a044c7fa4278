/**
 * Changes as the public may see them. Projection states hold no personal field, but two
 * things in a diff could still tie an owner to a ballot: the events named as causes (a
 * `BallotCast` names its owner as actor), and a vote's choice totals while voting runs (a
 * diff across one ballot gives that ballot's choice and area). So causes that are secret
 * ballots lose their actor, and while a vote is proposed or open at either end of the diff
 * its approve / reject / abstain totals are withheld, as the read API's vote answers do.
 */
import type { EventRef, ItemChange, ProjectionChanges } from '@govledger/core';
import type { VoteResultsState } from '../votes/project.ts';

/** Event types whose actor is never public: they would link an owner to a choice. */
export const SECRET_ACT_TYPES: ReadonlySet<string> = new Set(['BallotCast']);

const CHOICES = ['approve', 'reject', 'abstain'] as const;
const CHOICE_PATH = /^\/tally\/(approve|reject|abstain)(\/|$)/;
const OPEN = new Set(['proposed', 'open']);

/** A cause as the public sees it: a secret ballot without its actor. */
export function publicEventRef(ref: EventRef): EventRef {
  return SECRET_ACT_TYPES.has(ref.type) ? { ...ref, actor: { id: null, role: ref.actor.role } } : ref;
}

function withoutChoices(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const vote = value as { tally?: Record<string, unknown> };
  if (!vote.tally) return value;
  const tally = { ...vote.tally };
  for (const choice of CHOICES) tally[choice] = null;
  return { ...vote, tally };
}

function voteChange(change: ItemChange, votes: VoteResultsState | undefined): ItemChange {
  const id = change.item.replace(/^\/votes\//, '');
  const statusNow = votes?.votes[id]?.status ?? 'open';
  const statusChange = change.fields.find((f) => f.path === '/status');
  const statusBefore = statusChange ? String(statusChange.before) : statusNow;
  const beforeOpen = change.kind === 'added' ? false : OPEN.has(statusBefore);
  if (!beforeOpen && !OPEN.has(statusNow)) return change;
  return {
    ...change,
    before: withoutChoices(change.before),
    after: withoutChoices(change.after),
    fields: change.fields.filter((f) => !CHOICE_PATH.test(f.path)),
  };
}

/**
 * The public view of one projection's changes. `voteResultsAtTo` is the vote results
 * projection's state at the end of the diff (needed to know which votes are still open).
 */
export function publicChanges(
  changes: ProjectionChanges,
  voteResultsAtTo: VoteResultsState | undefined,
): ProjectionChanges {
  const items = changes.items.map((change) => {
    const shown =
      changes.name === 'voteResults' && change.item.startsWith('/votes/')
        ? voteChange(change, voteResultsAtTo)
        : change;
    return shown.causes.some((ref) => SECRET_ACT_TYPES.has(ref.type))
      ? { ...shown, causes: shown.causes.map(publicEventRef) }
      : shown;
  });
  return { ...changes, items };
}
