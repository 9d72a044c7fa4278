/**
 * Read models of the quarterly ratings: every rating of each quarter (with its corrections)
 * and each quarter's published red-black list. Pure folds over the whole log; each event
 * updates its quarter in place (O(1) amortised per event). Dictionaries have no prototype,
 * so any id is a safe key, and serialise as plain JSON objects.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { isRatingsEvent, type ListingEntry, ProjectRated, RatingCorrected, RedBlackListPublished } from './events.ts';
import type { CreditPolicy } from './policy.ts';
import type { Quarter } from './quarter.ts';
import type { Grade } from './score.ts';

/** One correction of a rating: the values it replaced, why, and when (`occurredAt`). */
export interface RatingCorrection {
  readonly previousScore: number;
  readonly previousGrade: Grade;
  readonly reason: string;
  readonly correctedAt: string;
}

/** A project's rating in a quarter, as it stands now. */
export interface RatingRecord {
  readonly projectId: string;
  readonly companyId: string;
  score: number;
  grade: Grade;
  readonly ratedAt: string;
  readonly corrections: RatingCorrection[];
}

/** One quarter's ratings by project id. */
export interface QuarterRatings {
  readonly quarter: Quarter;
  /** True once the quarter's red-black list is published (the ratings are then frozen). */
  published: boolean;
  readonly ratings: Record<string, RatingRecord>;
}

/** State of {@link quarterlyRatings}: quarters by quarter name. */
export type QuarterlyRatings = Record<Quarter, QuarterRatings>;

function quarterIn(state: QuarterlyRatings, quarter: Quarter): QuarterRatings {
  let entry = state[quarter];
  if (!entry) {
    entry = { quarter, published: false, ratings: Object.create(null) as Record<string, RatingRecord> };
    state[quarter] = entry;
  }
  return entry;
}

/** Every quarter's ratings ("what did the bureau rate project P in 2024Q1, and was it corrected?"). */
export const quarterlyRatings: Projection<QuarterlyRatings> = {
  name: 'quarterlyRatings',
  version: 1,
  init: () => Object.create(null) as QuarterlyRatings,
  evolve(state, event: RecordedEvent) {
    if (!isRatingsEvent(event)) return state;
    const { type, data } = event;
    switch (type) {
      case ProjectRated.type: {
        const { quarter, projectId, companyId, score, grade } = data;
        const ratedAt = event.metadata.occurredAt;
        quarterIn(state, quarter).ratings[projectId] = { projectId, companyId, score, grade, ratedAt, corrections: [] };
        return state;
      }
      case RatingCorrected.type: {
        const rating = quarterIn(state, data.quarter).ratings[data.projectId];
        if (!rating) return state;
        rating.corrections.push({
          previousScore: data.previousScore,
          previousGrade: data.previousGrade,
          reason: data.reason,
          correctedAt: event.metadata.occurredAt,
        });
        rating.score = data.score;
        rating.grade = data.grade;
        return state;
      }
      case RedBlackListPublished.type: {
        quarterIn(state, data.quarter).published = true;
        return state;
      }
      default:
        return state;
    }
  },
  /**
   * Public records: each rating keyed `<quarter>/<projectId>` (score, grade, corrections) and
   * each quarter keyed `<quarter>` (whether its list is published).
   */
  publicRecords: {
    touched(_state, event) {
      if (!isRatingsEvent(event)) return [];
      const { type, data } = event;
      switch (type) {
        case RedBlackListPublished.type:
          return [data.quarter];
        case ProjectRated.type:
        case RatingCorrected.type:
          return [data.quarter, `${data.quarter}/${data.projectId}`];
        default:
          return [];
      }
    },
    read(state, key) {
      const slash = key.indexOf('/');
      const name = slash < 0 ? key : key.slice(0, slash);
      if (!Object.hasOwn(state, name)) return undefined;
      const quarter = state[name as Quarter]!;
      if (slash < 0) return { quarter: quarter.quarter, published: quarter.published };
      const projectId = key.slice(slash + 1);
      return Object.hasOwn(quarter.ratings, projectId) ? quarter.ratings[projectId] : undefined;
    },
    *keys(state) {
      for (const quarter of Object.values(state)) {
        yield quarter.quarter;
        for (const projectId of Object.keys(quarter.ratings)) yield `${quarter.quarter}/${projectId}`;
      }
    },
  },
};

/** A quarter's published red-black list 红黑榜: red best first, black worst first. */
export interface PublishedRedBlackList {
  readonly quarter: Quarter;
  readonly publishedAt: string;
  readonly red: ListingEntry[];
  readonly black: ListingEntry[];
  /** The credit policy the list was drawn up under. */
  readonly policy: CreditPolicy;
}

/** State of {@link redBlackList}: published lists by quarter. */
export type RedBlackLists = Record<Quarter, PublishedRedBlackList>;

/** The published red-black lists, one per quarter, with the ratings that placed each project. */
export const redBlackList: Projection<RedBlackLists> = {
  name: 'redBlackList',
  version: 1,
  init: () => Object.create(null) as RedBlackLists,
  evolve(state, event: RecordedEvent) {
    if (!isRatingsEvent(event)) return state;
    const { type, data } = event;
    if (type !== RedBlackListPublished.type) return state;
    state[data.quarter] = {
      quarter: data.quarter,
      publishedAt: event.metadata.occurredAt,
      red: data.red.map((e) => ({ ...e })),
      black: data.black.map((e) => ({ ...e })),
      policy: structuredClone(data.policy),
    };
    return state;
  },
  /** Public records: each quarter's published list keyed `<quarter>` (its entries, scores and policy). */
  publicRecords: {
    touched: (_state, event) =>
      isRatingsEvent(event) && event.type === RedBlackListPublished.type ? [event.data.quarter] : [],
    read: (state, key) => (Object.hasOwn(state, key) ? state[key as Quarter] : undefined),
    keys: (state) => Object.keys(state),
  },
};
