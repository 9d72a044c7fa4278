/**
 * The ratings area: quarterly property-service ratings 物业服务质量评价, the red-black list
 * 红黑榜, and the company credit file 企业信用档案 that tendering and awards read.
 */
import type { AnyProjection, EventDefinition } from '@govledger/core';
import type { AnyCommandSpec } from '../command.ts';
import { ratingsCommandsWith } from './commands.ts';
import { companyCreditFiles } from './credit-file.ts';
import {
  ProjectRated,
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  RatingCorrected,
  RedBlackListPublished,
  TenderAwardRecorded,
} from './events.ts';
import { quarterlyRatings, redBlackList } from './project.ts';

export * from './aggregate.ts';
export * from './command-data.ts';
export * from './commands.ts';
export * from './consequences.ts';
export * from './credit-file.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './policy.ts';
export * from './project.ts';
export * from './quarter.ts';
export * from './score.ts';

/** Every event type of the ratings area. */
export const ratingsEvents: EventDefinition[] = [
  PropertyCompanyRegistered,
  PropertyProjectRegistered,
  ProjectRated,
  RatingCorrected,
  RedBlackListPublished,
  TenderAwardRecorded,
];

/** Every ratings command under the default credit policy (see `ratingsCommandsWith` to change it). */
export const ratingsCommands: AnyCommandSpec[] = ratingsCommandsWith();

/** Every ratings projection. */
export const ratingsProjections: AnyProjection[] = [quarterlyRatings, redBlackList, companyCreditFiles];
