/**
 * The streams of the pilots area and their folds: `pilot-<pilotId>` (a pilot and whether it is
 * completed) and `demonstration-<level>-<projectId>` (whether a project holds the title at a
 * level now). Keying the title stream by level and project makes "one title per level at a
 * time" a rule of a single aggregate. States are immutable and tiny.
 */
import type { Aggregate } from '../command.ts';
import {
  DemonstrationRevoked,
  DemonstrationSiteAwarded,
  PilotCompleted,
  PilotProjectLaunched,
  type PilotsEvent,
} from './events.ts';

/** Stream of a pilot. */
export const pilotStreamId = (pilotId: string): string => `pilot-${pilotId}`;
/** Stream of a project's demonstration title at one level. */
export const demonstrationStreamId = (level: string, projectId: string): string =>
  `demonstration-${level}-${projectId}`;

/** A pilot's life: not launched, running, completed. */
export type PilotStatus = 'none' | 'running' | 'completed';

/** Fold of `pilot-<id>`. */
export const pilotAggregate: Aggregate<PilotStatus, PilotsEvent> = {
  initialState: 'none',
  evolve(state, event: PilotsEvent) {
    if (event.type === PilotProjectLaunched.type) return 'running';
    if (event.type === PilotCompleted.type) return 'completed';
    return state;
  },
};

/** Whether the project holds the title at the stream's level now. */
export interface DemonstrationState {
  readonly awarded: boolean;
}

/** Fold of `demonstration-<level>-<projectId>`. */
export const demonstrationAggregate: Aggregate<DemonstrationState, PilotsEvent> = {
  initialState: { awarded: false },
  evolve(state, event: PilotsEvent) {
    if (event.type === DemonstrationSiteAwarded.type) return { awarded: true };
    if (event.type === DemonstrationRevoked.type) return { awarded: false };
    return state;
  },
};
