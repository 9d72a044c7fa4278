/**
 * Events of pilots 试点 and demonstration sites 示范点: the housing bureau records pilot
 * projects (red property, property + elderly care, digital home, community post stations)
 * and their completion, and demonstration sites awarded at provincial or Suzhou-municipal
 * level and their revocation. No event holds personal data.
 */
import { type DataOf, defineEvent, type EventOf, isEventOf, Id, NonEmptyString } from '@govledger/core';
import * as t from 'io-ts';

/** Kinds of pilot, with the source document's terms. */
export const PILOT_KINDS = {
  'red-property': '红色物业试点 (red property pilot)',
  'property-elderly-care': '社区+物业+养老试点 (property and elderly care pilot)',
  'digital-home': '数字家庭建设试点 (digital home pilot of MOHURD and MIIT)',
  'post-station': '红色物业·住区驿站 新时代文明实践点 (red property community post station)',
} as const;

/** Codec of a pilot kind. */
export const PilotKind = t.keyof(PILOT_KINDS, 'PilotKind');
export type PilotKind = t.TypeOf<typeof PilotKind>;

/** Levels of demonstration site 党建引领物业服务管理工作示范点. */
export const DEMONSTRATION_LEVELS = {
  provincial: '省级示范点 (provincial demonstration site)',
  'suzhou-municipal': '苏州市级示范点 (Suzhou municipal demonstration site)',
} as const;

/** Codec of a demonstration level. */
export const DemonstrationLevel = t.keyof(DEMONSTRATION_LEVELS, 'DemonstrationLevel');
export type DemonstrationLevel = t.TypeOf<typeof DemonstrationLevel>;

/**
 * A pilot was launched over one or more managed projects. `designatedBy` names the body that
 * designated it when not the housing bureau itself (e.g. `住建部、工信部`), else null.
 */
export const PilotProjectLaunched = defineEvent(
  'PilotProjectLaunched',
  t.type({
    pilotId: Id,
    kind: PilotKind,
    name: NonEmptyString,
    projectIds: t.array(Id),
    designatedBy: t.union([NonEmptyString, t.null]),
  }),
);

/** A pilot was completed, with a summary of what it achieved. */
export const PilotCompleted = defineEvent('PilotCompleted', t.type({ pilotId: Id, summary: NonEmptyString }));

/** A managed project was awarded the title of demonstration site at a level. */
export const DemonstrationSiteAwarded = defineEvent(
  'DemonstrationSiteAwarded',
  t.type({ projectId: Id, level: DemonstrationLevel, title: NonEmptyString }),
);

/** A demonstration title was revoked, with the reason. */
export const DemonstrationRevoked = defineEvent(
  'DemonstrationRevoked',
  t.type({ projectId: Id, level: DemonstrationLevel, reason: NonEmptyString }),
);

/** Data of {@link PilotProjectLaunched}. */
export type PilotProjectLaunchedData = DataOf<typeof PilotProjectLaunched>;
/** Data of {@link PilotCompleted}. */
export type PilotCompletedData = DataOf<typeof PilotCompleted>;
/** Data of {@link DemonstrationSiteAwarded}. */
export type DemonstrationSiteAwardedData = DataOf<typeof DemonstrationSiteAwarded>;
/** Data of {@link DemonstrationRevoked}. */
export type DemonstrationRevokedData = DataOf<typeof DemonstrationRevoked>;

/** A pilots event as the area's folds receive it: `switch (event.type)` narrows `data`. */
export type PilotsEvent = EventOf<
  typeof PilotProjectLaunched | typeof PilotCompleted | typeof DemonstrationSiteAwarded | typeof DemonstrationRevoked
>;

/** True for a pilots event of the log (a projection's first step: other events pass over). */
export const isPilotsEvent = isEventOf([
  PilotProjectLaunched,
  PilotCompleted,
  DemonstrationSiteAwarded,
  DemonstrationRevoked,
]);
