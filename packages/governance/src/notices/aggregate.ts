/**
 * The stream `notice-<noticeId>`: whether the notice is published, by whom (the actor of its
 * publication) and for which place, and whether it is withdrawn. States are immutable and tiny.
 */
import type { Actor } from '@govledger/core';
import type { Aggregate } from '../command.ts';
import { type NoticeEvent, NoticePublished, NoticeWithdrawn } from './events.ts';

/** Stream of a notice. */
export const noticeStreamId = (noticeId: string): string => `notice-${noticeId}`;

/** A notice as the rules see it. */
export interface NoticeState {
  /** Who published it (id and role), or null before publication. */
  readonly publisher: Actor | null;
  /** The place it was published for ('' before publication): whose committee a committee publisher is. */
  readonly communityId: string;
  readonly withdrawn: boolean;
}

/** Fold of `notice-<id>`. */
export const noticeAggregate: Aggregate<NoticeState, NoticeEvent> = {
  initialState: { publisher: null, communityId: '', withdrawn: false },
  evolve(state, event) {
    if (event.type === NoticePublished.type) {
      const { id, role } = event.metadata.actor;
      return { publisher: { id, role }, communityId: event.data.communityId, withdrawn: false };
    }
    if (event.type === NoticeWithdrawn.type) return { ...state, withdrawn: true };
    return state;
  },
};
