/**
 * Notices 公示公告 as the public sees them: what was published where, its disclosure period,
 * who published it (an organisation acting in its role), its withdrawal, and whether it is
 * on display at the time in question (within [disclosureFrom, disclosureUntil) and not
 * withdrawn by then). The notice text is a document referenced by its SHA-256.
 *
 * Reads governance's `notices` state.
 */
import { notices } from '@govledger/governance';
import { bool, count, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The notice kinds (governance's NOTICE_KINDS). */
export const NOTICE_KINDS = Object.keys(notices.NOTICE_KINDS) as readonly notices.Notice['kind'][];

/** One notice, as governance's notices projection holds it. */
export type NoticeView = notices.Notice;

/** The notices state, as governance's notices projection holds it. */
export type NoticesView = notices.NoticesState;

/** One notice as served. */
export interface NoticeDto {
  readonly noticeId: string;
  readonly communityId: string;
  readonly kind: string;
  readonly title: string;
  readonly subjectId: string | null;
  readonly documentSha256: string | null;
  readonly disclosureFrom: string;
  readonly disclosureUntil: string;
  readonly minimumDays: number;
  readonly publishedAt: string;
  readonly publisher: { readonly id: string; readonly role: string };
  readonly withdrawnAt: string | null;
  readonly withdrawalReason: string | null;
  readonly onDisplay: boolean;
}

/** True when the notice is on display at `at` (governance's `isInDisclosure`). */
export function isOnDisplay(n: NoticeView, at: string): boolean {
  return notices.isInDisclosure(n, at);
}

/** The DTO of a notice at `at`. */
export function noticeDto(n: NoticeView, at: string): NoticeDto {
  return {
    noticeId: n.noticeId,
    communityId: n.communityId,
    kind: n.kind,
    title: n.title,
    subjectId: n.subjectId,
    documentSha256: n.documentSha256,
    disclosureFrom: n.disclosureFrom,
    disclosureUntil: n.disclosureUntil,
    minimumDays: n.minimumDays,
    publishedAt: n.publishedAt,
    publisher: { id: n.publisher.id, role: n.publisher.role },
    withdrawnAt: n.withdrawnAt,
    withdrawalReason: n.withdrawalReason,
    onDisplay: isOnDisplay(n, at),
  };
}

/** A filter over notices. */
export interface NoticeFilter {
  readonly community?: string;
  readonly kind?: NoticeView['kind'];
  /** false: only notices on display at `at`; true: every notice. */
  readonly all: boolean;
  readonly at: string;
}

/** The notices matching `filter` with governance's `listNotices`, in its order (disclosure start, then id). */
export function noticeDtos(s: NoticesView, f: NoticeFilter): NoticeDto[] {
  return notices
    .listNotices(s, {
      ...(f.community !== undefined ? { communityId: f.community } : {}),
      ...(f.kind !== undefined ? { kind: f.kind } : {}),
      ...(f.all ? {} : { onDisplayAt: f.at }),
    })
    .map((n) => noticeDto(n, f.at));
}

/** Schema of {@link NoticeDto}. */
export const noticeSchema: Schema = obj({
  noticeId: str(),
  communityId: str(),
  kind: oneOf(NOTICE_KINDS),
  title: str(),
  subjectId: nullable(str('what it discloses: a vote, a disbursement, an election…')),
  documentSha256: nullable(str('SHA-256 (hex) of the notice document')),
  disclosureFrom: time(),
  disclosureUntil: time('end of the disclosure period (excluded)'),
  minimumDays: count('the minimum disclosure period in force for its kind when published'),
  publishedAt: time(),
  publisher: obj({ id: str('the publishing organisation'), role: str() }),
  withdrawnAt: nullable(time()),
  withdrawalReason: nullable(str()),
  onDisplay: bool('within its disclosure period and not withdrawn at the time in question'),
});
