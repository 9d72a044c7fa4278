/**
 * From ratings to a red-black list and its credit consequences, and from published lists to
 * a company's tender eligibility. Pure functions of the quarter streams the rules consult.
 */
import type { PublishedList, CurrentRating } from './aggregate.ts';
import type { CreditConsequence, ListingEntry, RedBlackListPublishedData } from './events.ts';
import { type CreditPolicy, listingOf } from './policy.ts';
import { addQuarters, type Quarter } from './quarter.ts';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Published lists of earlier quarters, keyed by quarter (null or absent when not published). */
export type EarlierLists = ReadonlyMap<Quarter, PublishedList | null>;

/** True when `companyId` is on the black list of `list`. */
function isBlackListed(list: PublishedList | null | undefined, companyId: string): boolean {
  return list?.black.some((entry) => entry.companyId === companyId) ?? false;
}

/**
 * The consequence of one publication for one company. Tender eligibility is suspended when the
 * company is black-listed in this quarter and in enough of the preceding quarters of the
 * window (counted as quarters, however many of its projects are listed in each).
 */
function consequenceFor(
  companyId: string,
  quarter: Quarter,
  red: readonly ListingEntry[],
  black: readonly ListingEntry[],
  policy: CreditPolicy,
  earlier: EarlierLists,
): CreditConsequence {
  const reds = red.filter((e) => e.companyId === companyId).length;
  const blacks = black.filter((e) => e.companyId === companyId).length;
  const creditPoints = reds * policy.pointsPerRedListing + blacks * policy.pointsPerBlackListing;
  if (blacks === 0) return { companyId, creditPoints, tenderSuspendedThrough: null, awardBlockedThrough: null };
  const { blackListings, withinQuarters, suspendedQuarters } = policy.tenderSuspension;
  let blackQuarters = 1;
  for (let k = 1; k < withinQuarters; k++) {
    if (isBlackListed(earlier.get(addQuarters(quarter, -k)), companyId)) blackQuarters++;
  }
  return {
    companyId,
    creditPoints,
    tenderSuspendedThrough:
      blackQuarters >= blackListings && suspendedQuarters > 0 ? addQuarters(quarter, suspendedQuarters) : null,
    awardBlockedThrough: policy.awardBlockQuarters > 0 ? addQuarters(quarter, policy.awardBlockQuarters) : null,
  };
}

/**
 * The red-black list of `quarter` from its current ratings under `policy`, with the credit
 * consequences for every listed company. `earlier` must hold the lists of at least the
 * `policy.tenderSuspension.withinQuarters - 1` quarters before `quarter`. Deterministic: red
 * best first, black worst first, ties and companies in id order.
 */
export function compileRedBlackList(
  quarter: Quarter,
  ratings: ReadonlyMap<string, CurrentRating>,
  policy: CreditPolicy,
  earlier: EarlierLists,
): RedBlackListPublishedData {
  const red: ListingEntry[] = [];
  const black: ListingEntry[] = [];
  for (const [projectId, { companyId, score, grade }] of ratings) {
    const listing = listingOf(score, grade, policy);
    if (listing === 'red') red.push({ projectId, companyId, score, grade });
    if (listing === 'black') black.push({ projectId, companyId, score, grade });
  }
  red.sort((a, b) => b.score - a.score || byId(a.projectId, b.projectId));
  black.sort((a, b) => a.score - b.score || byId(a.projectId, b.projectId));
  const companies = [...new Set([...red, ...black].map((e) => e.companyId))].sort(byId);
  const consequences = companies.map((companyId) => consequenceFor(companyId, quarter, red, black, policy, earlier));
  return { quarter, policy, red, black, consequences };
}

/**
 * The last quarter through which `companyId` may not be considered for awards 评优评先 as seen
 * from `quarter` (its black listing blocks it, under the policy of that list), or null.
 */
export function awardBlockedThrough(companyId: string, quarter: Quarter, earlier: EarlierLists): Quarter | null {
  let through: Quarter | null = null;
  for (const [listQuarter, list] of earlier) {
    if (!list || listQuarter >= quarter) continue;
    for (const consequence of list.consequences) {
      const until = consequence.awardBlockedThrough;
      if (consequence.companyId !== companyId || until === null || until < quarter) continue;
      if (through === null || until > through) through = until;
    }
  }
  return through;
}

/**
 * The last quarter through which `companyId`'s tender eligibility is suspended as seen from
 * `quarter`, or null when it may be awarded a tender then. Reads the consequences recorded in
 * the `earlier` lists (a suspension runs from the quarter after its list's quarter).
 */
export function tenderSuspendedThrough(companyId: string, quarter: Quarter, earlier: EarlierLists): Quarter | null {
  let through: Quarter | null = null;
  for (const [listQuarter, list] of earlier) {
    if (!list || listQuarter >= quarter) continue;
    for (const consequence of list.consequences) {
      const until = consequence.tenderSuspendedThrough;
      if (consequence.companyId !== companyId || until === null || until < quarter) continue;
      if (through === null || until > through) through = until;
    }
  }
  return through;
}
