/**
 * Who convenes an owners' assembly vote and who then runs it. The convener is the proposer's
 * role, each a role of its own: the owners' committee; a petition of owners (物业管理条例
 * art. 13), proposed by one of the petitioners; the preparatory group (筹备组) of the first
 * assembly; the street office, which guides the assembly and convenes where the law allows.
 * Pure.
 */
import type { Role } from '../roles.ts';
import type { ConvenedBy } from './events.ts';

/** The convener a proposing role stands for, or null when the role may not convene. */
export function convenerOf(role: string): ConvenedBy | null {
  switch (role) {
    case 'owners-committee':
      return 'owners-committee';
    case 'owner':
      return 'owners-petition';
    case 'preparatory-group':
      return 'preparatory-group';
    case 'street-office':
      return 'street-office';
    default:
      return null;
  }
}

/** The roles that may propose a vote. */
export const CONVENING_ROLES: readonly Role[] = ['owners-committee', 'owner', 'preparatory-group', 'street-office'];

/**
 * The roles that run a vote convened by `convenedBy` (register, give notice, open, close): the
 * convener itself, and for a petition the committee that must organise it (art. 13) or, where
 * it does not, the street office. A vote proposed before the procedure (null) is run by the
 * committee, as it always was.
 */
export function runnersOf(convenedBy: ConvenedBy | null): readonly Role[] {
  switch (convenedBy) {
    case 'owners-petition':
      return ['owners-committee', 'street-office'];
    case 'preparatory-group':
      return ['preparatory-group'];
    case 'street-office':
      return ['street-office'];
    default:
      return ['owners-committee'];
  }
}

/** The roles that certify a result: the committee or the street office, and the preparatory group for the first assembly it convened. */
export function certifiersOf(convenedBy: ConvenedBy | null): readonly Role[] {
  return convenedBy === 'preparatory-group'
    ? ['preparatory-group', 'street-office']
    : ['owners-committee', 'street-office'];
}

/** The matters a preparatory group's first assembly decides: rules of procedure, management rules, the committee. */
export const FIRST_ASSEMBLY_MATTERS: readonly number[] = [1, 2, 3];

/**
 * Whether `petitioners` registered as owners are at least `percent` of `totalOwners`, in
 * integers (`signed·100 ≥ percent·total`, so exactly 20 % meets "20 % 以上").
 */
export function petitionMeets(signed: number, totalOwners: number, percent: number): boolean {
  return signed * 100 >= percent * totalOwners;
}
