/**
 * Notices 公示公告: those in their disclosure period at the time in question, and the most
 * recent ones with their periods (`/v1/notices`, `/v1/notices?all=true`).
 */
import { h, table } from '../dom.ts';
import { date, dateTime } from '../format.ts';
import { getJson } from '../http.ts';
import { label, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import type { LedgerPoint, Panel, PanelContext } from '../panel.ts';

interface Notice {
  readonly noticeId: string;
  readonly communityId: string | null;
  readonly kind: string;
  readonly title: string;
  readonly disclosureFrom: string;
  readonly disclosureUntil: string;
  readonly withdrawnAt: string | null;
  readonly onDisplay?: boolean;
}

const RECENT = 20;

/** What a notice row shows that its committed record (notices/<noticeId>) states. */
function noticeFigures(n: Omit<Notice, 'onDisplay' | 'noticeId'>): unknown {
  return [n.title, n.kind, n.communityId, n.disclosureFrom, n.disclosureUntil, n.withdrawnAt];
}

function noticeTable(ctx: PanelContext, caption: string, notices: readonly Notice[], id: string): HTMLElement {
  return table(
    caption,
    [
      {
        header: t('noticeTitle'),
        cell: (n: Notice) =>
          ctx.figures.cell<Notice>(n.title, n.title, 'notices', n.noticeId, noticeFigures(n), noticeFigures),
      },
      { header: t('kind'), cell: (n) => label('notice', n.kind) },
      { header: t('community'), cell: (n) => nameOf(n.communityId) },
      { header: t('disclosure'), cell: (n) => `${date(n.disclosureFrom)} – ${date(n.disclosureUntil)}` },
      { header: t('status'), cell: (n) => (n.withdrawnAt ? t('withdrawn') : '') },
    ],
    notices,
    { id },
  );
}

/** The notices panel. */
export const noticesPanel: Panel = {
  id: 'notices',
  title: 'noticesTitle',
  async render(body, ctx) {
    const [shown, all] = await Promise.all([
      getJson<{ asOf: LedgerPoint; at: string; notices: readonly Notice[] }>(ctx.state('/v1/notices')),
      getJson<{ notices: readonly Notice[] }>(ctx.state('/v1/notices', { all: true })),
    ]);
    const recent = [...all.notices].sort((a, b) => b.disclosureFrom.localeCompare(a.disclosureFrom)).slice(0, RECENT);
    body.append(
      shown.notices.length > 0
        ? noticeTable(ctx, t('onDisplay', { at: dateTime(shown.at) }), shown.notices, 'notices-on-display')
        : h('p', { id: 'notices-on-display' }, t('noneOnDisplay', { at: dateTime(shown.at) })),
      noticeTable(ctx, t('recentNotices'), recent, 'notices-recent'),
    );
    return shown.asOf;
  },
};
