/**
 * The read queries over the notices state, written once: the read API answers
 * `/v1/notices` with {@link listNotices} and maps the notices to its DTO.
 */
import type { Notice, NoticesState } from './project.ts';

/**
 * True when `notice` is on display at `atTime`: within [disclosureFrom, disclosureUntil) and
 * not withdrawn at or before that time.
 */
export function isInDisclosure(notice: Notice, atTime: string): boolean {
  const at = Date.parse(atTime);
  if (at < Date.parse(notice.disclosureFrom) || at >= Date.parse(notice.disclosureUntil)) return false;
  return notice.withdrawnAt === null || at < Date.parse(notice.withdrawnAt);
}

/** A filter over the notices; absent fields match everything. */
export interface NoticeQuery {
  readonly communityId?: string;
  readonly kind?: Notice['kind'];
  /** Only the notices on display at this time (ISO-8601 UTC). */
  readonly onDisplayAt?: string;
}

/** The notices matching `query`, in order of disclosure start then id. */
export function listNotices(state: NoticesState, query: NoticeQuery = {}): Notice[] {
  const { communityId, kind, onDisplayAt } = query;
  return Object.values(state.notices)
    .filter(
      (n) =>
        (communityId === undefined || n.communityId === communityId) &&
        (kind === undefined || n.kind === kind) &&
        (onDisplayAt === undefined || isInDisclosure(n, onDisplayAt)),
    )
    .sort(byDisclosureStartThenId);
}

function byDisclosureStartThenId(a: Notice, b: Notice): number {
  return (
    Date.parse(a.disclosureFrom) - Date.parse(b.disclosureFrom) ||
    (a.noticeId < b.noticeId ? -1 : a.noticeId > b.noticeId ? 1 : 0)
  );
}

/**
 * The notices on display at `atTime` (ISO-8601 UTC), optionally of one community, in order of
 * disclosure start then id. Pass `state.lastRecordedAt` for "as of the state".
 */
export function noticesInDisclosure(state: NoticesState, atTime: string, communityId?: string): Notice[] {
  return listNotices(state, { onDisplayAt: atTime, ...(communityId !== undefined ? { communityId } : {}) });
}
