/**
 * Owners' assembly votes 业主大会表决: each vote's matter and status, and for a chosen vote its
 * Civil Code art. 278 breakdown drawn so a reader sees how close it was — participation by
 * area and by owners against 2/3, approval against more than half or 3/4 — from
 * `/v1/votes` and `/v1/votes/{voteId}`. Individual ballots are never shown or fetched. While
 * a vote of pseudonymous ballots is open its participating area is sealed: the panel says it
 * is not public until voting closes, never 0.
 */
import type { ApiAnswer } from '../api-types.ts';
import { chart, COLOURS } from '../charts.ts';
import { entriesOf } from '../entries.ts';
import { h, table } from '../dom.ts';
import { count, date, squareMetres } from '../format.ts';
import { getJson } from '../http.ts';
import { currentLanguage, label, t } from '../i18n.ts';
import { nameOf } from '../names.ts';
import { fill, type LedgerPoint, type Panel, type PanelContext } from '../panel.ts';

interface VoteBrief {
  readonly voteId: string;
  readonly communityId: string;
  readonly matter: number;
  readonly matterName: string;
  readonly title: string;
  readonly status: string;
  readonly proposedAt: string;
  readonly passed: boolean | null;
}

interface Check {
  readonly name: string;
  readonly rule: string;
  readonly actual: number;
  readonly of: number;
  readonly needed: number;
  readonly met: boolean;
}

/** Who took part, as the read API serves it (the area null while sealed). */
type Participation = ApiAnswer<'/v1/votes/{voteId}'>['vote']['participating'];

interface Vote extends VoteBrief {
  readonly electorate: { readonly areaM2Hundredths: number; readonly owners: number };
  readonly participating: Participation;
  readonly choices: unknown;
  readonly outcome: {
    readonly passed: boolean;
    readonly checks: readonly Check[];
    readonly reasons: readonly string[];
  } | null;
}

/** The part of a vote's committed result (voteResults/<voteId>) the panel shows. */
interface VoteRecord {
  readonly status: string;
  readonly participating: { readonly areaM2Hundredths: number | null; readonly owners: number };
  readonly outcome: { readonly passed: boolean; readonly checks: readonly Check[] } | null;
}

let chosenVote: string | null = null;

/** The matter's name in the page's language (the API gives "中文 (English)"). */
function matterName(name: string): string {
  const open = name.lastIndexOf(' (');
  if (open < 0) return name;
  return currentLanguage() === 'en' ? name.slice(open + 2, -1) : name.slice(0, open);
}

function resultOf(v: VoteBrief): string {
  return v.passed === null ? t('pending') : v.passed ? t('passed') : t('notPassed');
}

/** The threshold a rule names, as a fraction of the base (">  1/2" is drawn at one half). */
function thresholdOf(rule: string): number {
  if (rule.includes('3/4')) return 0.75;
  if (rule.includes('2/3')) return 2 / 3;
  return 0.5;
}

/**
 * Who took part so far, checked against the vote's committed record: heads, and the area or,
 * while pseudonymous ballots keep it sealed, that it is not public until voting closes.
 */
function participationLine(ctx: PanelContext, vote: Vote): HTMLElement {
  const { areaM2Hundredths, owners } = vote.participating;
  const area = areaM2Hundredths === null ? t('participatingAreaSealed') : squareMetres(areaM2Hundredths);
  const line = h(
    'p',
    {
      class: 'muted',
      id: 'vote-participation',
      'data-vote-id': vote.voteId,
      'data-area-withheld': vote.participating.areaWithheld ?? '',
    },
    t('participation', { owners: count(owners), area }),
  );
  return ctx.figures.claim<VoteRecord>(
    line,
    `${vote.title} · ${t('participationName')}`,
    'voteResults',
    vote.voteId,
    [owners, areaM2Hundredths],
    (r) => [r.participating.owners, r.participating.areaM2Hundredths],
  );
}

function breakdownChart(vote: Vote): HTMLElement {
  const checks = vote.outcome?.checks ?? [];
  const names = checks.map((c) => label('check', c.name));
  const rules = [...new Set(checks.map((c) => c.rule))];
  return chart(
    t('voteBreakdownChart'),
    {
      grid: { left: 140, right: 64, top: 12 + 18 * rules.length, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 130, overflow: 'break' } },
      tooltip: { trigger: 'item', renderMode: 'richText' },
      series: [
        {
          type: 'bar',
          name: t('actual'),
          label: { show: true, position: 'right', formatter: (p) => `${Number(p.value).toFixed(1)}%` },
          data: checks.map((c) => ({
            value: c.of === 0 ? 0 : (c.actual / c.of) * 100,
            itemStyle: { color: c.met ? COLOURS.green : COLOURS.red },
          })),
          markLine: {
            symbol: 'none',
            // Threshold names sit above the plot (the axis is inverted: its start is the top),
            // horizontal, one row each, clear of the bars, their values and each other.
            label: { formatter: '{b}', position: 'start', rotate: 0 },
            data: rules.map((rule, i) => ({
              name: rule,
              xAxis: thresholdOf(rule) * 100,
              label: { distance: 4 + 18 * (rules.length - 1 - i) },
            })),
          },
        },
      ],
    },
    'small',
  );
}

async function showVote(ctx: PanelContext, voteId: string, size: number, target: HTMLElement): Promise<void> {
  const { vote } = await getJson<{ vote: Vote }>(ctx.state(`/v1/votes/${encodeURIComponent(voteId)}`));
  const checks = vote.outcome?.checks ?? [];
  fill(
    target,
    h('h3', {}, t('voteBreakdown', { title: vote.title })),
    h('p', {}, `${matterName(vote.matterName)} · ${label('voteStatus', vote.status)} · ${resultOf(vote)}`),
    h(
      'p',
      { class: 'muted' },
      t('electorate', { owners: count(vote.electorate.owners), area: squareMetres(vote.electorate.areaM2Hundredths) }),
    ),
    participationLine(ctx, vote),
    vote.choices === null ? h('p', { class: 'muted' }, t('choicesHidden')) : null,
    checks.length > 0 ? breakdownChart(vote) : null,
    table(
      t('voteBreakdownChart'),
      [
        { header: t('check'), cell: (c: Check) => label('check', c.name) },
        { header: t('rule'), cell: (c) => c.rule },
        {
          header: t('actual'),
          // The check as the vote's committed result states it (voteResults/<voteId>).
          cell: (c) =>
            ctx.figures.cell<VoteRecord>(
              c.name.endsWith('area') ? squareMetres(c.actual) : count(c.actual),
              `${vote.title} · ${label('check', c.name)}`,
              'voteResults',
              vote.voteId,
              [c.actual, c.of, c.needed, c.met],
              (r) => {
                const proven = r.outcome!.checks.find((k) => k.name === c.name)!;
                return [proven.actual, proven.of, proven.needed, proven.met];
              },
            ),
          numeric: true,
        },
        { header: t('of'), cell: (c) => (c.name.endsWith('area') ? squareMetres(c.of) : count(c.of)), numeric: true },
        {
          header: t('needed'),
          cell: (c) => (c.name.endsWith('area') ? squareMetres(c.needed) : count(c.needed)),
          numeric: true,
        },
        { header: t('met'), cell: (c) => (c.met ? t('yes') : t('no')) },
      ],
      checks,
      { id: 'vote-checks' },
    ),
    entriesOf(ctx, `vote-${voteId}`, size, ['VoteProposed', 'VotingOpened', 'VotingClosed', 'ResultCertified']),
  );
}

/** The votes panel. */
export const votesPanel: Panel = {
  id: 'votes',
  title: 'votesTitle',
  async render(body, ctx) {
    const { asOf, votes } = await getJson<{ asOf: LedgerPoint; votes: readonly VoteBrief[] }>(ctx.state('/v1/votes'));
    const detail = h('div', { class: 'vote-detail', 'aria-live': 'polite' });
    const choose = (voteId: string) => {
      chosenVote = voteId;
      void showVote(ctx, voteId, asOf.size, detail)
        .then(() => ctx.figures.verify(asOf.size, ctx.asOf, ctx.checkpoints))
        .catch((error: unknown) =>
          fill(detail, h('p', { class: 'error' }, t('loadFailed', { reason: String(error) }))),
        );
    };
    const voteButton = (v: VoteBrief) => {
      const button = h('button', { type: 'button', class: 'link', 'data-vote': v.voteId }, v.voteId);
      button.addEventListener('click', () => choose(v.voteId));
      return button;
    };
    body.append(
      h(
        'div',
        { class: 'scroll' },
        table(
          t('votesTitle'),
          [
            { header: t('chooseVote'), cell: (v: VoteBrief) => voteButton(v) },
            { header: t('community'), cell: (v) => nameOf(v.communityId) },
            { header: t('matter'), cell: (v) => `${v.matter} · ${matterName(v.matterName)}` },
            { header: t('voteTitle'), cell: (v) => v.title },
            { header: t('proposedAt'), cell: (v) => date(v.proposedAt) },
            { header: t('status'), cell: (v) => label('voteStatus', v.status) },
            {
              header: t('passed'),
              cell: (v) =>
                ctx.figures.cell<VoteRecord>(
                  resultOf(v),
                  `${v.title} · ${t('passed')}`,
                  'voteResults',
                  v.voteId,
                  [v.status, v.passed],
                  (r) => [r.status, r.outcome?.passed ?? null],
                ),
            },
          ],
          [...votes].reverse(),
          { id: 'votes-list' },
        ),
      ),
      detail,
      h(
        'p',
        {},
        h(
          'a',
          { href: `/receipt.html${currentLanguage() === 'en' ? '?lang=en' : ''}`, id: 'receipt-link' },
          t('receiptLink'),
        ),
      ),
    );
    const chosen = votes.find((v) => v.voteId === chosenVote) ?? votes[votes.length - 1];
    if (chosen) await showVote(ctx, chosen.voteId, asOf.size, detail);
    return asOf;
  },
};
