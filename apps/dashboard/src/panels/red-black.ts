/**
 * The red-black list 红黑榜 of a chosen quarter with every project's rating, and the credit
 * file of a company a reader clicks: listings, tender suspensions and award blocks with the
 * list that caused each, and eligibility with until when — `/v1/red-black-lists`,
 * `/v1/ratings/{quarter}`, `/v1/companies/{id}/credit-file`.
 */
import { chart, COLOURS } from '../charts.ts';
import { entriesOf } from '../entries.ts';
import { h, table } from '../dom.ts';
import { count, dateTime, quarter as quarterName } from '../format.ts';
import { getJson } from '../http.ts';
import { bracketed, label, labelled, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface ListBrief {
  readonly quarter: string;
  readonly publishedAt: string;
  readonly redCount: number;
  readonly blackCount: number;
}

interface Listed {
  readonly projectId: string;
  readonly companyId: string;
  readonly score: number;
  readonly grade: string;
}

interface RedBlackList {
  readonly quarter: string;
  readonly publishedAt: string;
  readonly red: readonly Listed[];
  readonly black: readonly Listed[];
  readonly policy: { readonly redMinScore: number; readonly blackBelowScore: number };
}

interface Rating extends Listed {
  readonly ratedAt: string;
}

interface CreditFile {
  readonly companyId: string;
  readonly name: string;
  readonly creditPoints: number;
  readonly tenderSuspendedThrough: string | null;
  readonly awardBlockedThrough: string | null;
  readonly listings: readonly { quarter: string; listing: string; projectId: string; score: number; grade: string }[];
  readonly tenderSuspensions: readonly { from: string; through: string; listedIn: string }[];
  readonly awardBlocks: readonly { from: string; through: string; listedIn: string }[];
  readonly awards: readonly { projectId: string; awardedAt: string; quarter: string }[];
  readonly eligibility: { quarter: string; mayTender: boolean; mayBeConsideredForAwards: boolean };
}

let chosenQuarter: string | null = null;

function companyButton(ctx: PanelContext, companyId: string, target: HTMLElement): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'link', 'data-company': companyId, title: t('openCreditFile') },
    nameOf(companyId),
  );
  button.addEventListener('click', () => void showCreditFile(ctx, companyId, target));
  return button;
}

async function showCreditFile(ctx: PanelContext, companyId: string, target: HTMLElement): Promise<void> {
  fill(target, h('p', { class: 'muted' }, t('loading')));
  try {
    const { creditFile: file } = await getJson<{ creditFile: CreditFile }>(
      ctx.state(`/v1/companies/${encodeURIComponent(companyId)}/credit-file`),
    );
    const spans = (rows: CreditFile['tenderSuspensions'], caption: string) =>
      table(
        caption,
        [
          {
            header: t('quarter'),
            cell: (s: CreditFile['tenderSuspensions'][number]) => `${quarterName(s.from)} – ${quarterName(s.through)}`,
          },
          { header: t('causedBy'), cell: (s) => `${t('blackList')} ${quarterName(s.listedIn)}` },
        ],
        rows,
      );
    // "Yes" with a suspension shown beside it reads as a contradiction: a period is named only
    // when it is why the answer is "no" (the eligibility quarter falls within it).
    const answer = (may: boolean, through: string | null) =>
      may
        ? `${t('yes')}${bracketed(t('eligibility', { quarter: quarterName(file.eligibility.quarter) }))}`
        : `${t('no')}${through ? bracketed(t('suspendedThrough', { quarter: quarterName(through) })) : ''}`;
    fill(
      target,
      h('h3', {}, t('creditFile', { company: file.name })),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, t('creditPoints')),
        h('dd', {}, String(file.creditPoints)),
        h('dt', {}, t('mayTender')),
        h('dd', { 'data-eligibility': 'tender' }, answer(file.eligibility.mayTender, file.tenderSuspendedThrough)),
        h('dt', {}, t('mayBeAwarded')),
        h(
          'dd',
          { 'data-eligibility': 'award' },
          answer(file.eligibility.mayBeConsideredForAwards, file.awardBlockedThrough),
        ),
      ),
      table(
        t('listings'),
        [
          { header: t('quarter'), cell: (l: CreditFile['listings'][number]) => quarterName(l.quarter) },
          { header: t('listing'), cell: (l) => label('listing', l.listing) },
          { header: t('project'), cell: (l) => nameOf(l.projectId) },
          { header: t('score'), cell: (l) => l.score, numeric: true },
        ],
        file.listings,
      ),
      spans(file.tenderSuspensions, t('tenderSuspensions')),
      spans(file.awardBlocks, t('awardBlocks')),
      table(
        t('awards'),
        [
          { header: t('project'), cell: (a: CreditFile['awards'][number]) => nameOf(a.projectId) },
          { header: t('quarter'), cell: (a) => quarterName(a.quarter) },
        ],
        file.awards,
      ),
    );
  } catch (error) {
    fill(
      target,
      h('p', { class: 'error' }, t('loadFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  }
}

async function showQuarter(ctx: PanelContext, quarter: string, size: number, target: HTMLElement): Promise<void> {
  const [{ list }, { ratings }] = await Promise.all([
    getJson<{ list: RedBlackList }>(ctx.state(`/v1/red-black-lists/${quarter}`)),
    getJson<{ ratings: { ratings: readonly Rating[] } }>(ctx.state(`/v1/ratings/${quarter}`)),
  ]);
  const listing = new Map<string, string>();
  for (const r of list.red) listing.set(r.projectId, 'red');
  for (const r of list.black) listing.set(r.projectId, 'black');
  const sorted = [...ratings.ratings].sort((a, b) => b.score - a.score || a.projectId.localeCompare(b.projectId));
  const credit = h('div', { class: 'credit-file', id: 'credit-file', 'aria-live': 'polite' });
  // A listed project's score and grade are committed by the published list of the quarter
  // (redBlackList/<quarter>); a rating's by the rating (quarterlyRatings/<quarter>/<project>).
  const listedIn = (side: 'red' | 'black', projectId: string) => (r: RedBlackList) =>
    r[side].find((l) => l.projectId === projectId);
  const listedColumns = (side: 'red' | 'black') => [
    { header: t('project'), cell: (r: Listed) => nameOf(r.projectId) },
    { header: t('company'), cell: (r: Listed) => companyButton(ctx, r.companyId, credit) },
    {
      header: t('score'),
      cell: (r: Listed) =>
        ctx.figures.cell<RedBlackList>(
          r.score,
          `${side === 'red' ? t('redList') : t('blackList')} · ${nameOf(r.projectId)} · ${t('score')}`,
          'redBlackList',
          quarter,
          [r.companyId, r.score, r.grade],
          (l) => {
            const entry = listedIn(side, r.projectId)(l)!;
            return [entry.companyId, entry.score, entry.grade];
          },
        ),
      numeric: true,
    },
    { header: t('grade'), cell: (r: Listed) => label('grade', r.grade) },
  ];
  fill(
    target,
    h('p', { class: 'muted' }, `${labelled(t('publishedAt'))}${dateTime(list.publishedAt)}`),
    chart(
      t('scoresChart', {
        quarter: quarterName(quarter),
        red: list.policy.redMinScore,
        black: list.policy.blackBelowScore,
      }),
      {
        grid: { left: 40, right: 96, top: 24, bottom: 96 },
        xAxis: {
          type: 'category',
          data: sorted.map((r) => nameOf(r.projectId)),
          axisLabel: { rotate: 90, interval: 'auto', fontSize: 10, width: 88, overflow: 'truncate' },
        },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            type: 'bar',
            name: t('score'),
            data: sorted.map((r) => ({
              value: r.score,
              itemStyle: {
                color:
                  listing.get(r.projectId) === 'red'
                    ? COLOURS.red
                    : listing.get(r.projectId) === 'black'
                      ? COLOURS.black
                      : COLOURS.grey,
              },
            })),
            markLine: {
              symbol: 'none',
              // Labels to the right of the plot, inside the grid's margin, never clipped.
              label: { position: 'end', formatter: '{b} {c}' },
              data: [
                { name: t('redList'), yAxis: list.policy.redMinScore },
                { name: t('blackList'), yAxis: list.policy.blackBelowScore },
              ],
            },
          },
        ],
      },
      'medium',
    ),
    h(
      'ul',
      { class: 'chart-key', id: 'red-black-key' },
      h('li', { class: 'key-red' }, t('redRule', { red: list.policy.redMinScore })),
      h('li', { class: 'key-black' }, t('blackRule', { black: list.policy.blackBelowScore })),
      h('li', { class: 'key-grey' }, t('greyExplained', { red: list.policy.redMinScore })),
    ),
    h(
      'div',
      { class: 'pair' },
      table(`${t('redList')} ${quarterName(quarter)}`, listedColumns('red'), list.red, { id: 'red-list' }),
      table(`${t('blackList')} ${quarterName(quarter)}`, listedColumns('black'), list.black, { id: 'black-list' }),
    ),
    credit,
    h(
      'details',
      {},
      h('summary', {}, t('ratingsOfQuarter', { quarter: quarterName(quarter) })),
      table(
        t('ratingsOfQuarter', { quarter: quarterName(quarter) }),
        [
          { header: t('project'), cell: (r: Rating) => nameOf(r.projectId) },
          { header: t('company'), cell: (r: Rating) => companyButton(ctx, r.companyId, credit) },
          {
            header: t('score'),
            cell: (r: Rating) =>
              ctx.figures.cell<Rating>(
                r.score,
                `${t('ratingsOfQuarter', { quarter: quarterName(quarter) })} · ${nameOf(r.projectId)} · ${t('score')}`,
                'quarterlyRatings',
                `${quarter}/${r.projectId}`,
                [r.companyId, r.score, r.grade],
                (rated) => [rated.companyId, rated.score, rated.grade],
              ),
            numeric: true,
          },
          { header: t('grade'), cell: (r: Rating) => label('grade', r.grade) },
          {
            header: t('listing'),
            cell: (r: Rating) =>
              listing.has(r.projectId) ? label('listing', listing.get(r.projectId)!) : t('notListed'),
          },
        ],
        sorted,
        { id: 'ratings' },
      ),
    ),
    entriesOf(ctx, `ratings-${quarter}`, size, ['RedBlackListPublished', 'RatingCorrected']),
  );
}

/** The red-black list panel. */
export const redBlackPanel: Panel = {
  id: 'red-black',
  title: 'redBlackTitle',
  async render(body, ctx) {
    const { asOf, lists } = await getJson<{ asOf: LedgerPoint; lists: readonly ListBrief[] }>(
      ctx.state('/v1/red-black-lists'),
    );
    if (lists.length === 0) {
      body.append(h('p', {}, t('noRatings')));
      return asOf;
    }
    const quarters = lists.map((l) => l.quarter);
    const quarter = chosenQuarter && quarters.includes(chosenQuarter) ? chosenQuarter : quarters[quarters.length - 1]!;
    const detail = h('div', { class: 'quarter-detail' });
    const select = h(
      'select',
      { id: 'quarter-select', 'aria-label': t('quarter') },
      lists.map((l) =>
        h(
          'option',
          { value: l.quarter, selected: l.quarter === quarter },
          `${quarterName(l.quarter)}${bracketed(`${t('redList')} ${count(l.redCount)} / ${t('blackList')} ${count(l.blackCount)}`)}`,
        ),
      ),
    );
    select.addEventListener('change', () => {
      chosenQuarter = select.value;
      // The figures of the quarter chosen are checked as the first quarter's were.
      void showQuarter(ctx, select.value, asOf.size, detail)
        .then(() => ctx.figures.verify(asOf.size, ctx.asOf, ctx.checkpoints))
        .catch((error: unknown) =>
          fill(detail, h('p', { class: 'error' }, t('loadFailed', { reason: String(error) }))),
        );
    });
    body.append(h('label', { class: 'control' }, `${t('quarter')} `, select), detail);
    await showQuarter(ctx, quarter, asOf.size, detail);
    return asOf;
  },
};
