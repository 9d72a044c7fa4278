/**
 * Complaints and repair requests 投诉报修: open, overdue and resolved; resolution time and
 * satisfaction by month, community, company and category (`/v1/complaint-statistics`); and
 * a filterable list paged with the API's cursor (`/v1/complaints`). Never the complainant.
 */
import { chart, COLOURS } from '../charts.ts';
import { figure, h, table } from '../dom.ts';
import { count, date, days } from '../format.ts';
import { getJson } from '../http.ts';
import { label, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { type ApiAnswer, everyValueListed } from '../api-types.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface Tally {
  readonly key: string;
  readonly filed: number;
  readonly open: number;
  readonly overdue: number;
  readonly resolved: number;
  readonly closed: number;
  readonly averageResolutionSeconds: number | null;
  readonly averageSatisfaction: number | null;
}

interface Statistics {
  readonly asOf: LedgerPoint;
  readonly total: Omit<Tally, 'key'>;
  readonly byMonth: readonly Tally[];
  readonly byCommunity: readonly Tally[];
  readonly byCompany: readonly Tally[];
  readonly byCategory: readonly Tally[];
}

/** A page of `/v1/complaints`, as the read API's OpenAPI document declares it. */
type ComplaintPage = ApiAnswer<'/v1/complaints'>;

/** One complaint as served. */
type Complaint = ComplaintPage['items'][number];

/** The statuses and categories the filters offer: a compile error when the API's enums change. */
const STATUSES = [
  'filed',
  'assigned',
  'responded',
  'resolved',
  'reopened',
  'escalated',
  'closed',
] as const satisfies readonly Complaint['status'][];
const CATEGORIES = [
  'repair',
  'noise',
  'parking',
  'sanitation',
  'security',
  'fee',
  'other',
] as const satisfies readonly Complaint['category'][];
everyValueListed<Complaint['status'], (typeof STATUSES)[number]>(true);
everyValueListed<Complaint['category'], (typeof CATEGORIES)[number]>(true);
const PAGE_SIZE = 20;

/** The committed fields of a complaint card the list shows (complaintBoard/<id>). */
function cardFigures(c: Pick<Complaint, 'status' | 'companyId' | 'filedAt' | 'resolvedAt' | 'satisfaction'>): unknown {
  return [c.status, c.companyId, c.filedAt, c.resolvedAt, c.satisfaction];
}

/** The counters of a complaintStatistics record (`total`, `month/…`, `community/…`, `company/…`, `category/…`). */
interface CountersRecord {
  readonly filed: number;
  readonly open: number;
  readonly overdue: number;
  readonly resolved: number;
  readonly resolutionSecondsTotal: number;
  readonly resolutionSecondsCount: number;
  readonly satisfactionTotal: number;
  readonly satisfactionCount: number;
}

/** An average as the read API derives it from a record's exact sum and count (null when there is none). */
function average(total: number, n: number, digits: number): number | null {
  return n === 0 ? null : Math.round((total / n) * 10 ** digits) / 10 ** digits;
}

/** How each shown counter reads from its complaintStatistics record. */
const FROM_RECORD = {
  filed: (r: CountersRecord) => r.filed,
  open: (r: CountersRecord) => r.open,
  overdue: (r: CountersRecord) => r.overdue,
  resolved: (r: CountersRecord) => r.resolved,
  averageResolutionSeconds: (r: CountersRecord) => average(r.resolutionSecondsTotal, r.resolutionSecondsCount, 0),
  averageSatisfaction: (r: CountersRecord) => average(r.satisfactionTotal, r.satisfactionCount, 2),
} as const;

/** The record kind of each tally (`<kind>/<key>` in complaintStatistics). */
type TallyKind = 'month' | 'community' | 'company' | 'category';

/** Tallies by month, category, company or community, each cell claimed with its complaintStatistics record. */
function tallyTable(
  ctx: PanelContext,
  caption: string,
  keyHeader: string,
  keyLabel: (key: string) => string,
  rows: readonly Tally[],
  kind: TallyKind,
  id: string,
): HTMLElement {
  const claimed =
    (field: keyof typeof FROM_RECORD, header: string, text: (r: Tally) => string) =>
    (r: Tally): HTMLElement =>
      ctx.figures.cell<CountersRecord>(
        text(r),
        `${caption} · ${keyLabel(r.key)} · ${header}`,
        'complaintStatistics',
        `${kind}/${r.key}`,
        r[field],
        FROM_RECORD[field],
      );
  return table(
    caption,
    [
      { header: keyHeader, cell: (r: Tally) => keyLabel(r.key) },
      { header: t('filed'), cell: claimed('filed', t('filed'), (r) => count(r.filed)), numeric: true },
      { header: t('open'), cell: claimed('open', t('open'), (r) => count(r.open)), numeric: true },
      { header: t('overdue'), cell: claimed('overdue', t('overdue'), (r) => count(r.overdue)), numeric: true },
      { header: t('resolved'), cell: claimed('resolved', t('resolved'), (r) => count(r.resolved)), numeric: true },
      {
        header: t('averageResolutionDays'),
        cell: claimed('averageResolutionSeconds', t('averageResolutionDays'), (r) => days(r.averageResolutionSeconds)),
        numeric: true,
      },
      {
        header: t('averageSatisfaction'),
        cell: claimed('averageSatisfaction', t('averageSatisfaction'), (r) => r.averageSatisfaction?.toFixed(2) ?? '—'),
        numeric: true,
      },
    ],
    rows,
    { id },
  );
}

function options(values: readonly string[], prefix: string): HTMLOptionElement[] {
  return [h('option', { value: '' }, t('all')), ...values.map((v) => h('option', { value: v }, label(prefix, v)))];
}

function complaintList(ctx: PanelContext, stats: Statistics): { element: HTMLElement; first: Promise<void> } {
  const status = h('select', { name: 'status', 'aria-label': t('status') }, options(STATUSES, 'status'));
  const category = h('select', { name: 'category', 'aria-label': t('category') }, options(CATEGORIES, 'category'));
  const community = h('select', { name: 'community', 'aria-label': t('community') }, [
    h('option', { value: '' }, t('all')),
    ...stats.byCommunity.map((c) => h('option', { value: c.key }, nameOf(c.key))),
  ]);
  const company = h('select', { name: 'company', 'aria-label': t('company') }, [
    h('option', { value: '' }, t('all')),
    ...stats.byCompany.map((c) => h('option', { value: c.key }, nameOf(c.key))),
  ]);
  const overdue = h('input', { type: 'checkbox', name: 'overdue' });
  const results = h('div', { id: 'complaint-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'filters', id: 'complaint-filters' },
    h('label', {}, `${t('status')} `, status),
    h('label', {}, `${t('category')} `, category),
    h('label', {}, `${t('community')} `, community),
    h('label', {}, `${t('company')} `, company),
    h('label', {}, overdue, ` ${t('onlyOverdue')}`),
    h('button', { type: 'submit' }, t('filter')),
  );
  // cursors[i] is the cursor of page i (null for the first page).
  let cursors: (string | null)[] = [null];
  // The first page's figures are checked with the panel's; a later page's or filter's when shown.
  const load = async (pageIndex: number, first = false) => {
    const page = await getJson<ComplaintPage>(
      ctx.state('/v1/complaints', {
        status: status.value,
        category: category.value,
        community: community.value,
        company: company.value,
        overdue: overdue.checked ? true : null,
        order: 'newest',
        limit: PAGE_SIZE,
        cursor: cursors[pageIndex],
      }),
    );
    cursors = cursors.slice(0, pageIndex + 1);
    if (page.nextCursor) cursors.push(page.nextCursor);
    const previous = h('button', { type: 'button', disabled: pageIndex === 0 }, t('previousPage'));
    const next = h('button', { type: 'button', disabled: !page.nextCursor, 'data-action': 'next-page' }, t('nextPage'));
    previous.addEventListener('click', () => void load(pageIndex - 1));
    next.addEventListener('click', () => void load(pageIndex + 1));
    fill(
      results,
      table(
        t('complaintList'),
        [
          { header: t('complaintId'), cell: (c: Complaint) => c.complaintId },
          { header: t('community'), cell: (c) => nameOf(c.communityId) },
          { header: t('company'), cell: (c) => nameOf(c.companyId) },
          { header: t('category'), cell: (c) => label('category', c.category) },
          {
            header: t('status'),
            cell: (c) => [
              ctx.figures.cell<Complaint>(
                label('status', c.status),
                `${t('complaintList')} · ${c.complaintId}`,
                'complaintBoard',
                c.complaintId,
                cardFigures(c),
                cardFigures,
              ),
              c.overdue ? ` · ${t('overdue')}` : '',
            ],
          },
          { header: t('filedAt'), cell: (c) => date(c.filedAt) },
          { header: t('dueAt'), cell: (c) => date(c.dueAt) },
          { header: t('resolvedAt'), cell: (c) => date(c.resolvedAt) },
          { header: t('satisfaction'), cell: (c) => c.satisfaction ?? '—', numeric: true },
        ],
        page.items,
        { id: 'complaint-list' },
      ),
      h(
        'p',
        { class: 'pager' },
        previous,
        ' ',
        h('span', { 'data-total': page.total }, t('pageOf', { total: count(page.total), page: pageIndex + 1 })),
        ' ',
        next,
      ),
    );
    if (!first) await ctx.figures.verify(page.asOf.size, ctx.asOf, ctx.checkpoints);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursors = [null];
    void load(0);
  });
  const firstPage = load(0, true);
  return { element: h('div', {}, h('h3', {}, t('complaintList')), form, results), first: firstPage };
}

/** The complaints panel. */
export const complaintsPanel: Panel = {
  id: 'complaints',
  title: 'complaintsTitle',
  async render(body, ctx) {
    const stats = await getJson<Statistics>(ctx.state('/v1/complaint-statistics'));
    const { total } = stats;
    const fig = ctx.figures;
    const list = complaintList(ctx, stats);
    body.append(
      h(
        'dl',
        { class: 'figures' },
        // Every total is a counter of the committed `total` record; the averages are derived from
        // its exact sums and counts as the read API derives them.
        totalFigure(fig, figure('complaintsFiled', t('filed'), count(total.filed)), total, 'filed'),
        totalFigure(fig, figure('complaintsOpen', t('open'), count(total.open)), total, 'open'),
        totalFigure(fig, figure('complaintsOverdue', t('overdue'), count(total.overdue)), total, 'overdue'),
        totalFigure(fig, figure('complaintsResolved', t('resolved'), count(total.resolved)), total, 'resolved'),
        totalFigure(
          fig,
          figure('resolutionDays', t('averageResolutionDays'), days(total.averageResolutionSeconds)),
          total,
          'averageResolutionSeconds',
        ),
        totalFigure(
          fig,
          figure('satisfaction', t('averageSatisfaction'), total.averageSatisfaction?.toFixed(2) ?? '—'),
          total,
          'averageSatisfaction',
        ),
      ),
      chart(t('complaintsByMonthChart'), {
        // The legend names the line in full; the axis above the plot says only its unit, so that
        // a legend wrapped onto a second row (English at phone width) stays clear of it.
        legend: { top: 0 },
        grid: { left: 44, right: 52, top: 72, bottom: 28 },
        xAxis: { type: 'category', data: stats.byMonth.map((m) => m.key) },
        yAxis: [{ type: 'value' }, { type: 'value', name: t('resolutionDaysAxis'), nameTextStyle: { align: 'right' } }],
        series: [
          {
            type: 'bar',
            name: t('filed'),
            data: stats.byMonth.map((m) => m.filed),
            itemStyle: { color: COLOURS.blue },
          },
          {
            type: 'bar',
            name: t('resolved'),
            data: stats.byMonth.map((m) => m.resolved),
            itemStyle: { color: COLOURS.green },
          },
          {
            type: 'line',
            name: t('averageResolutionDays'),
            yAxisIndex: 1,
            data: stats.byMonth.map((m) =>
              m.averageResolutionSeconds === null ? null : Number(days(m.averageResolutionSeconds)),
            ),
            itemStyle: { color: COLOURS.amber },
          },
        ],
      }),
      details(
        t('byMonth'),
        tallyTable(ctx, t('byMonth'), t('month'), (k) => k, stats.byMonth, 'month', 'complaints-by-month'),
      ),
      chart(
        t('complaintsByCategoryChart'),
        {
          legend: { top: 0 },
          grid: { left: 44, right: 44, top: 32, bottom: 28 },
          xAxis: { type: 'category', data: stats.byCategory.map((c) => label('category', c.key)) },
          yAxis: [{ type: 'value' }, { type: 'value', min: 1, max: 5 }],
          series: [
            {
              type: 'bar',
              name: t('filed'),
              data: stats.byCategory.map((c) => c.filed),
              itemStyle: { color: COLOURS.blue },
            },
            {
              type: 'bar',
              name: t('overdue'),
              data: stats.byCategory.map((c) => c.overdue),
              itemStyle: { color: COLOURS.red },
            },
            {
              type: 'line',
              name: t('averageSatisfaction'),
              yAxisIndex: 1,
              data: stats.byCategory.map((c) => c.averageSatisfaction),
              itemStyle: { color: COLOURS.amber },
            },
          ],
        },
        'small',
      ),
      tallyTable(
        ctx,
        t('byCategory'),
        t('category'),
        (k) => label('category', k),
        stats.byCategory,
        'category',
        'complaints-by-category',
      ),
      details(
        t('byCompany'),
        tallyTable(ctx, t('byCompany'), t('company'), nameOf, stats.byCompany, 'company', 'complaints-by-company'),
      ),
      details(
        t('byCommunity'),
        tallyTable(
          ctx,
          t('byCommunity'),
          t('community'),
          nameOf,
          stats.byCommunity,
          'community',
          'complaints-by-community',
        ),
      ),
      list.element,
    );
    await list.first;
    return stats.asOf;
  },
};

function totalFigure(
  figures: PanelContext['figures'],
  wrapper: HTMLElement,
  total: Omit<Tally, 'key'>,
  field: keyof typeof FROM_RECORD,
): HTMLElement {
  return figures.figure<CountersRecord>(wrapper, 'complaintStatistics', 'total', total[field], FROM_RECORD[field]);
}

function details(summary: string, content: HTMLElement): HTMLElement {
  return h('details', {}, h('summary', {}, summary), content);
}
