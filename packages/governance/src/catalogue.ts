/**
 * The whole governance domain in three lists — every event definition, every command spec,
 * every projection — and the catalogue and registry built from them. Adding an area means
 * adding its three lists here.
 */
import { type AnyProjection, EventCatalogue, type EventDefinition, PersonalDataErased } from '@govledger/core';
import type { AnyCommandSpec } from './command.ts';
import { CommandRegistry } from './command-registry.ts';
import { committeeCommands, committeeEvents, committeeProjections } from './committees/index.ts';
import { complaintCommands, complaintEvents, complaintProjections } from './complaints/index.ts';
import { coverageCommands, coverageEvents, coverageProjections } from './old-community-coverage/index.ts';
import { fundCommands, fundEvents, fundProjections } from './fund/index.ts';
import { jointMeetingsCommands, jointMeetingsEvents, jointMeetingsProjections } from './joint-meetings/index.ts';
import { noticesCommands, noticesEvents, noticesProjections } from './notices/index.ts';
import { partyBuildingCommands, partyBuildingEvents, partyBuildingProjections } from './party-building/index.ts';
import { pilotsCommands, pilotsEvents, pilotsProjections } from './pilots/index.ts';
import { publicIncomeCommands, publicIncomeEvents, publicIncomeProjections } from './public-income/index.ts';
import { ratingsCommands, ratingsEvents, ratingsProjections } from './ratings/index.ts';
import { registryCommands, registryEvents, registryProjections } from './registry/index.ts';
import { unitCommands, unitEvents, unitProjections } from './units/index.ts';
import { voteCommands, voteEvents, voteProjections } from './votes/index.ts';

/** Every event the governance domain records (plus core's PersonalDataErased). */
export const governanceEvents: readonly EventDefinition[] = [
  ...complaintEvents,
  ...voteEvents,
  ...fundEvents,
  ...committeeEvents,
  ...publicIncomeEvents,
  ...registryEvents,
  ...ratingsEvents,
  ...coverageEvents,
  ...partyBuildingEvents,
  ...pilotsEvents,
  ...jointMeetingsEvents,
  ...noticesEvents,
  ...unitEvents,
  PersonalDataErased,
];

/** Every command a caller may submit. */
export const governanceCommands: readonly AnyCommandSpec[] = [
  ...complaintCommands,
  ...voteCommands,
  ...fundCommands,
  ...committeeCommands,
  ...publicIncomeCommands,
  ...registryCommands,
  ...ratingsCommands,
  ...coverageCommands,
  ...partyBuildingCommands,
  ...pilotsCommands,
  ...jointMeetingsCommands,
  ...noticesCommands,
  ...unitCommands,
];

/** Every governance projection, replayed together in one pass. */
export const governanceProjections: readonly AnyProjection[] = [
  ...complaintProjections,
  ...voteProjections,
  ...fundProjections,
  ...committeeProjections,
  ...publicIncomeProjections,
  ...registryProjections,
  ...ratingsProjections,
  ...coverageProjections,
  ...partyBuildingProjections,
  ...pilotsProjections,
  ...jointMeetingsProjections,
  ...noticesProjections,
  ...unitProjections,
];

/** The catalogue of every governance event, for validation and personal-data sealing. */
export const governanceCatalogue = new EventCatalogue(governanceEvents);

/** The registry of every governance command, for the executor. */
export const governanceRegistry = new CommandRegistry(governanceCommands);

/** The ledger's one upcaster registry, built from every area's upcasters (see `upcasters.ts`). */
export { governanceUpcasters } from './upcasters.ts';
