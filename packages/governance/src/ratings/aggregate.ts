/**
 * The streams of the ratings area and their folds (companies and projects are the registry's,
 * see `registry/aggregate.ts`):
 * - `ratings-<quarter>`: one quarter's ratings and, once published, its red-black list. One
 *   stream per quarter makes "one rating per project per quarter" and "frozen once published"
 *   rules of a single aggregate.
 *
 * States are immutable: `evolve` returns a new state, so a caller may keep any state it was
 * given. A quarter stream holds at most one rating per project, so copying its map per event
 * stays small. Maps keyed by id are `Map`s, so no id can collide with an object property.
 */
import type { Aggregate } from '../command.ts';
import {
  type CreditConsequence,
  type ListingEntry,
  ProjectRated,
  RatingCorrected,
  type RatingsEvent,
  RedBlackListPublished,
} from './events.ts';
import type { Quarter } from './quarter.ts';
import type { Grade } from './score.ts';

/** Stream of a quarter's ratings and red-black list. */
export const ratingsStreamId = (quarter: Quarter): string => `ratings-${quarter}`;

/** One project's current rating in a quarter. */
export interface CurrentRating {
  readonly companyId: string;
  readonly score: number;
  readonly grade: Grade;
}

/** The published list of a quarter, as the consequences rules read it. */
export interface PublishedList {
  readonly red: readonly ListingEntry[];
  readonly black: readonly ListingEntry[];
  readonly consequences: readonly CreditConsequence[];
}

/** A quarter's ratings by project id, and its list once published (then the ratings are frozen). */
export interface QuarterRatingsState {
  readonly ratings: ReadonlyMap<string, CurrentRating>;
  readonly published: PublishedList | null;
}

/** Fold of `ratings-<quarter>`. */
export const quarterRatingsAggregate: Aggregate<QuarterRatingsState, RatingsEvent> = {
  initialState: { ratings: new Map(), published: null },
  evolve(state, event) {
    const { type, data } = event;
    switch (type) {
      case ProjectRated.type: {
        const { projectId, companyId, score, grade } = data;
        return { ...state, ratings: new Map(state.ratings).set(projectId, { companyId, score, grade }) };
      }
      case RatingCorrected.type: {
        const { projectId, score, grade } = data;
        const current = state.ratings.get(projectId);
        if (!current) return state;
        return { ...state, ratings: new Map(state.ratings).set(projectId, { ...current, score, grade }) };
      }
      case RedBlackListPublished.type: {
        const { red, black, consequences } = data;
        return { ...state, published: { red, black, consequences } };
      }
      default:
        return state;
    }
  },
};
