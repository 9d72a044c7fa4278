/**
 * What makes a lawful committee: 5 to 11 members, an odd number, when elected (《业主大会和
 * 业主委员会指导规则》art. 31: 由5至11人单数组成), each member once, exactly one chair. After
 * a change the committee keeps at most 11 members and at most one chair; vacancies are
 * allowed (a committee left with fewer than half its members holds a new election).
 */

/** The fewest members an elected committee may have. */
export const MIN_MEMBERS = 5;
/** The most members a committee may have, when elected and after any change. */
export const MAX_MEMBERS = 11;

/** Why `members` cannot be elected as a committee, or null when they can. */
export function electionProblem(members: readonly { memberId: string; position: string }[]): string | null {
  const n = members.length;
  if (n < MIN_MEMBERS || n > MAX_MEMBERS || n % 2 === 0) {
    return `a committee is elected with an odd number of members from ${MIN_MEMBERS} to ${MAX_MEMBERS}, not ${n}`;
  }
  const ids = new Set(members.map((m) => m.memberId));
  if (ids.size !== n) return 'a member is listed twice';
  const chairs = members.filter((m) => m.position === 'chair').length;
  if (chairs !== 1) return `a committee has exactly one chair, not ${chairs}`;
  return null;
}

/** Why a committee of `memberCount` members with `chairCount` chairs after a change is unlawful, or null. */
export function changeProblem(memberCount: number, chairCount: number): string | null {
  if (memberCount > MAX_MEMBERS) return `a committee has at most ${MAX_MEMBERS} members, not ${memberCount}`;
  if (chairCount > 1) return 'a committee has at most one chair';
  return null;
}
