/**
 * Four-party joint meetings 联席会议 and their resolutions: open and completed resolutions,
 * meetings by quarter (`/v1/joint-meetings`), and a chosen meeting's parties and
 * resolutions with whether each is overdue (`/v1/joint-meetings/{meetingId}`).
 */
import { chart, COLOURS } from '../charts.ts';
import { entriesOf } from '../entries.ts';
import { figure, h, table } from '../dom.ts';
import { count, date, quarter } from '../format.ts';
import { getJson } from '../http.ts';
import { label, labelled, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface MeetingBrief {
  readonly meetingId: string;
  readonly communityId: string;
  readonly convenedAt: string;
  readonly partyCount: number;
  readonly resolutionCount: number;
  readonly openResolutions: number;
}

interface Resolution {
  readonly resolutionId: string;
  readonly decision: string;
  readonly responsibleOrganisationId: string;
  readonly dueAt: string;
  readonly status: string;
  readonly completedAt: string | null;
  readonly overdue: boolean;
}

interface Meeting extends MeetingBrief {
  readonly parties: readonly { readonly kind: string; readonly organisationId: string }[];
  readonly resolutions: readonly Resolution[];
}

function quarterOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The part of a meeting's committed record (jointMeetings/<meetingId>) the list shows. */
interface MeetingRecord {
  readonly convenedAt: string;
  readonly resolutionIds: readonly string[];
  readonly openResolutions: number;
}

async function showMeeting(ctx: PanelContext, meetingId: string, size: number, target: HTMLElement): Promise<void> {
  const { meeting } = await getJson<{ meeting: Meeting }>(
    ctx.state(`/v1/joint-meetings/${encodeURIComponent(meetingId)}`),
  );
  fill(
    target,
    h('h3', {}, `${meeting.meetingId} · ${nameOf(meeting.communityId)} · ${date(meeting.convenedAt)}`),
    h(
      'p',
      { class: 'muted' },
      `${labelled(t('parties'))}${meeting.parties.map((p) => nameOf(p.organisationId)).join('、')}`,
    ),
    table(
      t('resolutions'),
      [
        { header: t('decision'), cell: (r: Resolution) => r.decision },
        { header: t('responsible'), cell: (r) => nameOf(r.responsibleOrganisationId) },
        { header: t('dueAt'), cell: (r) => date(r.dueAt) },
        {
          header: t('status'),
          cell: (r) => `${label('resolution', r.status)}${r.overdue ? ` · ${t('overdue')}` : ''}`,
        },
      ],
      meeting.resolutions,
      { id: 'meeting-resolutions' },
    ),
    entriesOf(ctx, `meeting-${meetingId}`, size),
  );
}

/** The joint meetings panel. */
export const jointMeetingsPanel: Panel = {
  id: 'joint-meetings',
  title: 'meetingsTitle',
  async render(body, ctx) {
    const data = await getJson<{
      asOf: LedgerPoint;
      openResolutions: number;
      completedResolutions: number;
      meetings: readonly MeetingBrief[];
    }>(ctx.state('/v1/joint-meetings'));
    const byQuarter = new Map<string, { meetings: number; resolutions: number }>();
    for (const m of data.meetings) {
      const q = quarterOf(m.convenedAt);
      const tally = byQuarter.get(q) ?? { meetings: 0, resolutions: 0 };
      tally.meetings++;
      tally.resolutions += m.resolutionCount;
      byQuarter.set(q, tally);
    }
    const quarters = [...byQuarter.keys()].sort();
    const detail = h('div', { 'aria-live': 'polite' });
    const meetingButton = (m: MeetingBrief) => {
      const button = h('button', { type: 'button', class: 'link', 'data-meeting': m.meetingId }, m.meetingId);
      button.addEventListener(
        'click',
        () =>
          void showMeeting(ctx, m.meetingId, data.asOf.size, detail).catch((error: unknown) =>
            fill(detail, h('p', { class: 'error' }, t('loadFailed', { reason: String(error) }))),
          ),
      );
      return button;
    };
    body.append(
      h(
        'dl',
        { class: 'figures' },
        // Meetings convened are the JointMeetingConvened acts the ledger statistics commit; the
        // resolution totals are the jointMeetings/totals record.
        ctx.figures.figure<{ count: number }>(
          figure('meetings', t('meetingsTitle'), count(data.meetings.length)),
          'ledgerStatistics',
          'type:JointMeetingConvened',
          data.meetings.length,
          (r) => r.count,
        ),
        ctx.figures.figure<{ openResolutions: number }>(
          figure('openResolutions', t('openResolutions'), count(data.openResolutions)),
          'jointMeetings',
          'totals',
          data.openResolutions,
          (r) => r.openResolutions,
        ),
        ctx.figures.figure<{ completedResolutions: number }>(
          figure('completedResolutions', t('completedResolutions'), count(data.completedResolutions)),
          'jointMeetings',
          'totals',
          data.completedResolutions,
          (r) => r.completedResolutions,
        ),
      ),
      chart(
        t('meetingsChart'),
        {
          legend: { top: 0 },
          grid: { left: 36, right: 16, top: 32, bottom: 24 },
          xAxis: { type: 'category', data: quarters.map(quarter) },
          yAxis: { type: 'value' },
          series: [
            {
              type: 'bar',
              name: t('meetingsTitle'),
              data: quarters.map((q) => byQuarter.get(q)!.meetings),
              itemStyle: { color: COLOURS.blue },
            },
            {
              type: 'bar',
              name: t('resolutions'),
              data: quarters.map((q) => byQuarter.get(q)!.resolutions),
              itemStyle: { color: COLOURS.green },
            },
          ],
        },
        'small',
      ),
      table(
        t('meetingsChart'),
        [
          { header: t('quarter'), cell: (q: string) => quarter(q) },
          { header: t('meetingsTitle'), cell: (q) => count(byQuarter.get(q)!.meetings), numeric: true },
          { header: t('resolutions'), cell: (q) => count(byQuarter.get(q)!.resolutions), numeric: true },
        ],
        quarters,
      ),
      h(
        'details',
        {},
        h('summary', {}, `${t('meetingsTitle')} (${count(data.meetings.length)})`),
        table(
          t('meetingsTitle'),
          [
            { header: t('meeting'), cell: (m: MeetingBrief) => meetingButton(m) },
            { header: t('community'), cell: (m) => nameOf(m.communityId) },
            { header: t('convenedAt'), cell: (m) => date(m.convenedAt) },
            {
              header: t('resolutions'),
              // A meeting is committed as jointMeetings/<meetingId>.
              cell: (m) =>
                ctx.figures.cell<MeetingRecord>(
                  count(m.resolutionCount),
                  `${m.meetingId} · ${t('resolutions')}`,
                  'jointMeetings',
                  m.meetingId,
                  [m.convenedAt, m.resolutionCount, m.openResolutions],
                  (r) => [r.convenedAt, r.resolutionIds.length, r.openResolutions],
                ),
              numeric: true,
            },
            {
              header: t('openResolutions'),
              cell: (m) =>
                ctx.figures.cell<MeetingRecord>(
                  count(m.openResolutions),
                  `${m.meetingId} · ${t('openResolutions')}`,
                  'jointMeetings',
                  m.meetingId,
                  m.openResolutions,
                  (r) => r.openResolutions,
                ),
              numeric: true,
            },
          ],
          [...data.meetings].reverse(),
          { id: 'meetings-list' },
        ),
      ),
      detail,
    );
    return data.asOf;
  },
};
