/**
 * The special maintenance fund 住宅专项维修资金 per community: balances, and for a chosen
 * community its balance over time, deposits, and each disbursement with the vote or the
 * emergency procedure that authorised it — `/v1/funds`, `/v1/funds/{communityId}`. Every
 * movement is a ledger entry a reader can check in the browser.
 */
import { chart, COLOURS } from '../charts.ts';
import { verifyButton } from '../entries.ts';
import { h, table } from '../dom.ts';
import { count, date, dateTime, yuan, axisYuan } from '../format.ts';
import { getJson } from '../http.ts';
import { label, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface FundBrief {
  readonly communityId: string;
  readonly unitCount: number;
  readonly balanceFen: number;
  readonly depositedFen: number;
  readonly disbursedFen: number;
  readonly refundedFen: number;
}

interface Movement {
  readonly index: number;
  readonly at: string;
  readonly kind: string;
  readonly ref: string;
  readonly changeFen: number;
  readonly balanceFen: number;
}

interface Disbursement {
  readonly disbursementId: string;
  readonly purpose: string;
  readonly amountFen: number;
  readonly authority: 'vote' | 'emergency';
  readonly voteId: string | null;
  readonly status: string;
  readonly emergencyConfirmedAt: string | null;
  readonly approvedAt: string | null;
  readonly disbursedAt: string | null;
}

interface Fund extends FundBrief {
  readonly history: readonly Movement[];
  readonly deposits: readonly { depositId: string; at: string; kind: string; totalFen: number; unitCount: number }[];
  readonly disbursements: readonly Disbursement[];
}

interface FundEvent {
  readonly index: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
}

let chosenCommunity: string | null = null;

/** The entries of the fund stream by index, to verify a movement the reader clicks. */
async function fundEvents(communityId: string): Promise<Map<number, FundEvent>> {
  const page = await getJson<{ events: FundEvent[] }>(
    `/v1/streams/fund-${encodeURIComponent(communityId)}/events?limit=500`,
  );
  return new Map(page.events.map((e) => [e.index, e]));
}

async function showFund(ctx: PanelContext, communityId: string, target: HTMLElement): Promise<void> {
  const [{ fund }, events] = await Promise.all([
    getJson<{ fund: Fund }>(ctx.state(`/v1/funds/${encodeURIComponent(communityId)}`)),
    fundEvents(communityId),
  ]);
  const check = (index: number) => {
    const event = events.get(index);
    return event ? verifyButton(ctx, event) : null;
  };
  const movementOf = new Map(fund.history.map((m) => [m.ref, m]));
  fill(
    target,
    chart(t('balanceChart', { community: nameOf(communityId) }), {
      grid: { left: 72, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => axisYuan(v / 100) } },
      series: [
        {
          type: 'line',
          step: 'end',
          name: t('balance'),
          showSymbol: false,
          data: fund.history.map((m) => [m.at, m.balanceFen]),
          itemStyle: { color: COLOURS.blue },
          areaStyle: { opacity: 0.1 },
        },
      ],
    }),
    table(
      t('disbursements'),
      [
        { header: t('time'), cell: (d: Disbursement) => date(d.disbursedAt ?? d.approvedAt) },
        { header: t('purpose'), cell: (d) => d.purpose },
        {
          header: t('amount'),
          // A disbursement is committed as fundLedger/<community>/disbursements/<id>.
          cell: (d) =>
            ctx.figures.cell<Disbursement>(
              yuan(d.amountFen),
              `${t('disbursements')} · ${d.purpose}`,
              'fundLedger',
              `${communityId}/disbursements/${d.disbursementId}`,
              [d.amountFen, d.status],
              (r) => [r.amountFen, r.status],
            ),
          numeric: true,
        },
        {
          header: t('authority'),
          cell: (d) =>
            d.authority === 'vote'
              ? t('authority.vote', { vote: d.voteId ?? '—' })
              : t('authority.emergency', { at: dateTime(d.emergencyConfirmedAt) }),
        },
        { header: t('status'), cell: (d) => label('fundStatus', d.status) },
        {
          header: t('entryCheck'),
          cell: (d) => {
            const m = movementOf.get(d.disbursementId);
            return m ? check(m.index) : null;
          },
        },
      ],
      fund.disbursements,
      { id: 'fund-disbursements' },
    ),
    h(
      'details',
      {},
      h('summary', {}, `${t('deposits')} / ${t('entriesTitle')} (${count(fund.history.length)})`),
      table(
        t('entriesTitle'),
        [
          { header: t('entryIndex'), cell: (m: Movement) => m.index, numeric: true },
          { header: t('time'), cell: (m) => dateTime(m.at) },
          { header: t('kind'), cell: (m) => m.kind },
          { header: t('amount'), cell: (m) => yuan(m.changeFen), numeric: true },
          {
            header: t('balance'),
            // The i-th balance point is committed as fundLedger/<community>/history/<i>.
            cell: (m) =>
              ctx.figures.cell<Movement>(
                yuan(m.balanceFen),
                `${t('entriesTitle')} · ${m.index}`,
                'fundLedger',
                `${communityId}/history/${fund.history.indexOf(m)}`,
                [m.index, m.changeFen, m.balanceFen],
                (r) => [r.index, r.changeFen, r.balanceFen],
              ),
            numeric: true,
          },
          { header: t('entryCheck'), cell: (m) => check(m.index) },
        ],
        fund.history,
        { id: 'fund-history' },
      ),
    ),
  );
}

/** The maintenance fund panel. */
export const fundsPanel: Panel = {
  id: 'funds',
  title: 'fundsTitle',
  async render(body, ctx) {
    const { asOf, funds } = await getJson<{ asOf: LedgerPoint; funds: readonly FundBrief[] }>(ctx.state('/v1/funds'));
    const detail = h('div', { class: 'fund-detail', 'aria-live': 'polite' });
    const chosen =
      funds.find((f) => f.communityId === chosenCommunity) ??
      [...funds].sort((a, b) => b.disbursedFen - a.disbursedFen)[0];
    const select = h(
      'select',
      { id: 'fund-select', 'aria-label': t('chooseCommunity') },
      funds.map((f) => h('option', { value: f.communityId, selected: f === chosen }, nameOf(f.communityId))),
    );
    select.addEventListener('change', () => {
      chosenCommunity = select.value;
      void showFund(ctx, select.value, detail)
        .then(() => ctx.figures.verify(asOf.size, ctx.asOf, ctx.checkpoints))
        .catch((error: unknown) =>
          fill(detail, h('p', { class: 'error' }, t('loadFailed', { reason: String(error) }))),
        );
    });
    body.append(
      h(
        'details',
        {},
        h('summary', {}, `${t('fundsTitle')} (${count(funds.length)})`),
        table(
          t('fundsTitle'),
          [
            { header: t('community'), cell: (f: FundBrief) => nameOf(f.communityId) },
            { header: t('units'), cell: (f) => count(f.unitCount), numeric: true },
            {
              header: t('balance'),
              // A community's fund is committed as fundLedger/<community>.
              cell: (f) =>
                ctx.figures.cell<FundBrief>(
                  yuan(f.balanceFen),
                  `${nameOf(f.communityId)} · ${t('balance')}`,
                  'fundLedger',
                  f.communityId,
                  [f.unitCount, f.balanceFen, f.depositedFen, f.disbursedFen, f.refundedFen],
                  (r) => [r.unitCount, r.balanceFen, r.depositedFen, r.disbursedFen, r.refundedFen],
                ),
              numeric: true,
            },
            { header: t('deposited'), cell: (f) => yuan(f.depositedFen), numeric: true },
            { header: t('disbursed'), cell: (f) => yuan(f.disbursedFen), numeric: true },
            { header: t('refunded'), cell: (f) => yuan(f.refundedFen), numeric: true },
          ],
          funds,
          { id: 'funds-list' },
        ),
      ),
      h('label', { class: 'control' }, `${t('chooseCommunity')} `, select),
      detail,
    );
    if (chosen) await showFund(ctx, chosen.communityId, detail);
    return asOf;
  },
};
