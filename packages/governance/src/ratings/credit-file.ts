/**
 * The company credit file 企业信用档案: each property company's red and black listings, its
 * credit points, the periods in which it may not be awarded a 前期物业管理 tender or be
 * considered for awards 评优评先, and the tenders it was awarded. Everything is read from
 * recorded events: the consequences were fixed, under the policy then in force, when each
 * list was published.
 */
import type { Projection, RecordedEvent } from '@govledger/core';
import { PropertyCompanyRegistered } from '../registry/events.ts';
import { RedBlackListPublished, type RedBlackListPublishedData, TenderAwardRecorded } from './events.ts';
import { creditFileRecords, isCreditFileEvent } from './credit-file-records.ts';
import type { Listing } from './policy.ts';
import { addQuarters, type Quarter } from './quarter.ts';
import type { Grade } from './score.ts';

/** One appearance of one of the company's projects on a quarter's list. */
export interface CreditListing {
  readonly quarter: Quarter;
  readonly listing: Listing;
  readonly projectId: string;
  readonly score: number;
  readonly grade: Grade;
}

/** A period of quarters, both ends included, caused by the list of `listedIn`. */
export interface QuarterPeriod {
  readonly from: Quarter;
  readonly through: Quarter;
  readonly listedIn: Quarter;
}

/** A 前期物业管理 tender the company was awarded. */
export interface TenderAward {
  readonly projectId: string;
  readonly awardedAt: string;
  readonly quarter: Quarter;
}

/** One company's credit file. */
export interface CreditFile {
  readonly companyId: string;
  /** Null when a list names a company never registered (not possible through the commands). */
  name: string | null;
  /** Sum of the credit points of every publication (integer; may be negative). */
  creditPoints: number;
  readonly listings: CreditListing[];
  readonly tenderSuspensions: QuarterPeriod[];
  readonly awardBlocks: QuarterPeriod[];
  /** The last quarter of any tender suspension, or null if never suspended. */
  tenderSuspendedThrough: Quarter | null;
  /** The last quarter of any award block, or null if never blocked. */
  awardBlockedThrough: Quarter | null;
  readonly awards: TenderAward[];
}

/** State of {@link companyCreditFiles}: credit files by company id. */
export type CreditFiles = Record<string, CreditFile>;

function fileOf(state: CreditFiles, companyId: string): CreditFile {
  let file = state[companyId];
  if (!file) {
    file = {
      companyId,
      name: null,
      creditPoints: 0,
      listings: [],
      tenderSuspensions: [],
      awardBlocks: [],
      tenderSuspendedThrough: null,
      awardBlockedThrough: null,
      awards: [],
    };
    state[companyId] = file;
  }
  return file;
}

const later = (a: Quarter | null, b: Quarter): Quarter => (a === null || b > a ? b : a);

function applyList(state: CreditFiles, data: RedBlackListPublishedData): void {
  const { quarter } = data;
  for (const [listing, entries] of [['red', data.red] as const, ['black', data.black] as const]) {
    for (const { projectId, companyId, score, grade } of entries) {
      fileOf(state, companyId).listings.push({ quarter, listing, projectId, score, grade });
    }
  }
  const from = addQuarters(quarter, 1);
  for (const c of data.consequences) {
    const file = fileOf(state, c.companyId);
    file.creditPoints += c.creditPoints;
    if (c.tenderSuspendedThrough !== null) {
      file.tenderSuspensions.push({ from, through: c.tenderSuspendedThrough, listedIn: quarter });
      file.tenderSuspendedThrough = later(file.tenderSuspendedThrough, c.tenderSuspendedThrough);
    }
    if (c.awardBlockedThrough !== null) {
      file.awardBlocks.push({ from, through: c.awardBlockedThrough, listedIn: quarter });
      file.awardBlockedThrough = later(file.awardBlockedThrough, c.awardBlockedThrough);
    }
  }
}

/** Every property company's credit file. */
export const companyCreditFiles: Projection<CreditFiles> = {
  name: 'companyCreditFiles',
  version: 1,
  publicRecords: creditFileRecords,
  init: () => Object.create(null) as CreditFiles,
  evolve(state, event: RecordedEvent) {
    if (!isCreditFileEvent(event)) return state;
    const { type, data } = event;
    switch (type) {
      case PropertyCompanyRegistered.type: {
        const { companyId, name } = data;
        fileOf(state, companyId).name = name;
        return state;
      }
      case RedBlackListPublished.type:
        applyList(state, data);
        return state;
      case TenderAwardRecorded.type: {
        const { projectId, companyId, awardedAt, quarter } = data;
        fileOf(state, companyId).awards.push({ projectId, awardedAt, quarter });
        return state;
      }
      default:
        return state;
    }
  },
};

const covers = (periods: readonly QuarterPeriod[], quarter: Quarter): boolean =>
  periods.some((p) => p.from <= quarter && quarter <= p.through);

/** True when the company may be awarded a 前期物业管理 tender in `quarter`, as far as `file` knows. */
export function tenderEligibleIn(file: CreditFile, quarter: Quarter): boolean {
  return !covers(file.tenderSuspensions, quarter);
}

/** True when the company may be considered for awards 评优评先 in `quarter`, as far as `file` knows. */
export function awardEligibleIn(file: CreditFile, quarter: Quarter): boolean {
  return !covers(file.awardBlocks, quarter);
}
