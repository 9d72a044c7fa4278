/**
 * One owner, one head (Supreme People's Court interpretation on building co-ownership, art. 9),
 * kept by the register: an individual owner is a pseudonymous person id, never a name or an ID
 * number; an owner id keeps the kind it was registered with; and every unsold or undelivered
 * unit of the developer is held under one developer owner id, so together they count as one owner.
 */
import type { OwnerKind } from '../votes/events.ts';
import type { UnitRegisterState } from './aggregate.ts';

const PERSON_ID = /^person-[A-Za-z0-9._-]{1,120}$/;

/** Owner kinds seen so far in one command, beside those of the register. */
export type PendingKinds = Map<string, OwnerKind>;

/**
 * Why `ownerId` of `kind` cannot hold `unitId` in `state` (with `pending` holding the kinds
 * given earlier in the same command), or null when it can. Records the kind in `pending`.
 */
export function ownerProblem(
  state: UnitRegisterState,
  pending: PendingKinds,
  unitId: string,
  ownerId: string,
  kind: OwnerKind,
): string | null {
  if (kind === 'individual' && !PERSON_ID.test(ownerId)) {
    return `owner id ${JSON.stringify(ownerId)} of unit ${unitId} is not a pseudonymous person id like person-7f3a`;
  }
  const known =
    (Object.hasOwn(state.ownerKinds, ownerId) ? state.ownerKinds[ownerId] : undefined) ?? pending.get(ownerId);
  if (known !== undefined && known !== kind) return `owner ${ownerId} is registered both as ${known} and as ${kind}`;
  if (kind === 'developer-unsold') {
    const developer = state.developerOwnerId ?? [...pending].find(([, k]) => k === 'developer-unsold')?.[0] ?? null;
    if (developer !== null && developer !== ownerId) {
      return `unsold units are held by ${developer} and ${ownerId}; all of the developer's unsold units count as one owner and need one owner id`;
    }
  }
  pending.set(ownerId, kind);
  return null;
}
