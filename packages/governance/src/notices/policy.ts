/**
 * The disclosure policy: how many days each kind of notice must stay on display at least.
 * The source document sets no period; the default of 7 days for every kind is this ledger's
 * choice, which an operator may change per kind (e.g. 15 days for fund use). The minimum in
 * force is stamped into each `NoticePublished` event.
 */
import { MinimumDays, type NoticeKind } from './events.ts';

/** Minimum disclosure days: a default and overrides per kind (whole days, 1 to 365). */
export interface DisclosurePolicy {
  readonly defaultMinimumDays: number;
  readonly minimumDaysByKind: Readonly<Partial<Record<NoticeKind, number>>>;
  /**
   * The id a housing bureau's city-wide notice names in place of a registered place (the
   * city is not a registry entry). Default {@link DEFAULT_CITY_SCOPE_ID}.
   */
  readonly cityScopeId?: string;
}

/** The default city-wide scope: `zjg`, Zhangjiagang, the city of the source document. */
export const DEFAULT_CITY_SCOPE_ID = 'zjg';

/** The city-wide scope id under `policy`. */
export function cityScopeOf(policy: DisclosurePolicy): string {
  return policy.cityScopeId ?? DEFAULT_CITY_SCOPE_ID;
}

/** Every kind at least 7 days. */
export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = { defaultMinimumDays: 7, minimumDaysByKind: {} };

const validDays = (days: number | undefined): boolean => days === undefined || MinimumDays.is(days);

/**
 * A policy from the defaults and `overrides`. Throws when a number of days is not a whole
 * number from 1 to 365: a bad policy is a configuration bug.
 */
export function makeDisclosurePolicy(overrides: Partial<DisclosurePolicy> = {}): DisclosurePolicy {
  const policy = { ...DEFAULT_DISCLOSURE_POLICY, ...overrides };
  const all = [policy.defaultMinimumDays, ...Object.values(policy.minimumDaysByKind)];
  if (!all.every(validDays)) throw new Error(`invalid disclosure policy: ${JSON.stringify(policy)}`);
  return policy;
}

/** The minimum disclosure days of `kind` under `policy`. */
export function minimumDays(policy: DisclosurePolicy, kind: NoticeKind): number {
  return policy.minimumDaysByKind[kind] ?? policy.defaultMinimumDays;
}

/** Milliseconds in a day: disclosure periods are measured in elapsed time, 86,400,000 ms a day. */
export const DAY_MS = 86_400_000;
