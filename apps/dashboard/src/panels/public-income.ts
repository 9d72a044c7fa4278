/**
 * Public income 公共收益 per community: income, what is allocated, unallocated and not yet
 * disclosed (`/v1/public-income`), and for a chosen community its sources
 * (`/v1/public-income/{communityId}`).
 */
import { chart, COLOURS } from '../charts.ts';
import { h, table } from '../dom.ts';
import { date, yuan, axisYuan } from '../format.ts';
import { getJson } from '../http.ts';
import { label, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface IncomeBrief {
  readonly communityId: string;
  readonly totalIncomeFen: number;
  readonly allocatedFen: number;
  readonly unallocatedFen: number;
  readonly undisclosedIncomeFen: number;
  readonly lastDisclosedAt: string | null;
}

interface Income extends IncomeBrief {
  readonly bySource: readonly { readonly source: string; readonly incomeFen: number }[];
}

async function showSources(ctx: PanelContext, communityId: string, target: HTMLElement): Promise<void> {
  const { income } = await getJson<{ income: Income }>(
    ctx.state(`/v1/public-income/${encodeURIComponent(communityId)}`),
  );
  fill(
    target,
    table(
      `${t('bySource')} · ${nameOf(communityId)}`,
      [
        { header: t('source'), cell: (s: Income['bySource'][number]) => label('source', s.source) },
        {
          header: t('totalIncome'),
          cell: (s) =>
            ctx.figures.cell<{ bySource: Record<string, number> }>(
              yuan(s.incomeFen),
              `${nameOf(communityId)} · ${label('source', s.source)}`,
              'publicIncome',
              communityId,
              s.incomeFen,
              (r) => r.bySource[s.source],
            ),
          numeric: true,
        },
      ],
      income.bySource,
      { id: 'income-sources' },
    ),
  );
}

/** The public income panel. */
export const publicIncomePanel: Panel = {
  id: 'public-income',
  title: 'incomeTitle',
  async render(body, ctx) {
    const { asOf, communities } = await getJson<{ asOf: LedgerPoint; communities: readonly IncomeBrief[] }>(
      ctx.state('/v1/public-income'),
    );
    const sources = h('div', { 'aria-live': 'polite' });
    // Each amount is committed by the community's record (publicIncome/<community>).
    type Amount = 'totalIncomeFen' | 'allocatedFen' | 'unallocatedFen' | 'undisclosedIncomeFen';
    const committed = (c: IncomeBrief, field: Amount, name: string) =>
      ctx.figures.cell<IncomeBrief>(
        yuan(c[field]),
        `${nameOf(c.communityId)} · ${name}`,
        'publicIncome',
        c.communityId,
        c[field],
        (r) => r[field],
      );
    const communityButton = (c: IncomeBrief) => {
      const button = h('button', { type: 'button', class: 'link' }, nameOf(c.communityId));
      button.addEventListener(
        'click',
        () =>
          void showSources(ctx, c.communityId, sources).then(() =>
            ctx.figures.verify(asOf.size, ctx.asOf, ctx.checkpoints),
          ),
      );
      return button;
    };
    body.append(
      chart(t('incomeChart'), {
        legend: { top: 0 },
        grid: { left: 64, right: 16, top: 32, bottom: 72 },
        xAxis: { type: 'category', data: communities.map((c) => nameOf(c.communityId)), axisLabel: { rotate: 30 } },
        yAxis: { type: 'value', axisLabel: { formatter: (v: number) => axisYuan(v / 100) } },
        series: [
          {
            type: 'bar',
            stack: 'income',
            name: t('allocated'),
            data: communities.map((c) => c.allocatedFen),
            itemStyle: { color: COLOURS.green },
          },
          {
            type: 'bar',
            stack: 'income',
            name: t('unallocated'),
            data: communities.map((c) => c.unallocatedFen),
            itemStyle: { color: COLOURS.amber },
          },
        ],
      }),
      table(
        t('incomeTitle'),
        [
          { header: t('community'), cell: (c: IncomeBrief) => communityButton(c) },
          { header: t('totalIncome'), cell: (c) => committed(c, 'totalIncomeFen', t('totalIncome')), numeric: true },
          { header: t('allocated'), cell: (c) => committed(c, 'allocatedFen', t('allocated')), numeric: true },
          { header: t('unallocated'), cell: (c) => committed(c, 'unallocatedFen', t('unallocated')), numeric: true },
          {
            header: t('undisclosed'),
            cell: (c) => committed(c, 'undisclosedIncomeFen', t('undisclosed')),
            numeric: true,
          },
          { header: t('lastDisclosed'), cell: (c) => date(c.lastDisclosedAt) },
        ],
        communities,
        { id: 'income-list' },
      ),
      sources,
    );
    return asOf;
  },
};
