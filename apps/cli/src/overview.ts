/**
 * The plain-text overview `replay` prints: the governance record in the terms of the source
 * document (coverage, pilots, party building) and the state of complaints, votes, funds and
 * the red-black list — what a person opening a ledger wants to see first.
 */
import type { complaints, coverage, fund, partyBuilding, pilots, ratings, votes } from '@govledger/governance';

type States = Readonly<Record<string, unknown>>;

function fen(amount: number): string {
  return `¥${(amount / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Lines describing the governance projections in `states` (absent projections are skipped). */
export function governanceOverview(states: States): string[] {
  const lines: string[] = [];
  const cov = states.coverage as coverage.CoverageState | undefined;
  if (cov) {
    const pct = ((cov.rate.basisPoints ?? 0) / 100).toFixed(2);
    lines.push(
      `coverage 物业管理全覆盖: ${cov.managementAreas} management areas, ${cov.covered}/${cov.oldCommunities} old communities covered (${pct}%)`,
    );
  }
  const pil = states.pilots as pilots.PilotsState | undefined;
  if (pil) {
    lines.push(
      `pilots 试点: ${pil.byKind['red-property'].projectIds.length} red-property pilot projects; demonstration sites 示范点: ${pil.demonstrationSites.provincial.count} provincial, ${pil.demonstrationSites['suzhou-municipal'].count} Suzhou-level; ${pil.byKind['property-elderly-care'].pilotIds.length} property + elderly-care pilots`,
    );
  }
  const party = states.partyBuilding as partyBuilding.PartyBuildingState | undefined;
  if (party)
    lines.push(
      `party building 党建: ${party.companiesCovered} property companies with party organisations, ${party.partyMembersCovered} party members`,
    );
  const stats = states.complaintStatistics as complaints.ComplaintStatisticsState | undefined;
  if (stats) {
    const t = stats.total;
    lines.push(
      `complaints 投诉报修: ${t.filed} filed, ${t.open} open (${t.overdue} overdue as of ${stats.asOf ?? '-'}), ${t.resolved} resolved, ${t.escalated} escalated to joint meetings`,
    );
  }
  const vr = states.voteResults as votes.VoteResultsState | undefined;
  if (vr) {
    const all = Object.values(vr.votes);
    const decided = all.filter((v) => v.outcome !== null);
    const passed = decided.filter((v) => v.outcome?.passed).length;
    lines.push(
      `owners' votes 业主表决: ${all.length} proposed, ${passed} passed and ${decided.length - passed} failed under Civil Code art. 278`,
    );
  }
  const fl = states.fundLedger as fund.FundLedgerState | undefined;
  if (fl) {
    const funds = Object.values(fl.communities);
    const sum = (pick: (f: (typeof funds)[number]) => number) => funds.reduce((total, f) => total + pick(f), 0);
    lines.push(
      `maintenance funds 维修资金: ${funds.length} community accounts, balance ${fen(sum((f) => f.balanceFen))} (deposited ${fen(sum((f) => f.depositedFen))}, disbursed ${fen(sum((f) => f.disbursedFen))})`,
    );
  }
  const lists = states.redBlackList as ratings.RedBlackLists | undefined;
  if (lists) {
    const quarters = Object.keys(lists).sort();
    const latest = quarters[quarters.length - 1];
    const list = latest ? lists[latest as keyof typeof lists] : undefined;
    if (list)
      lines.push(
        `red-black list 红黑榜: ${quarters.length} quarters published; ${latest}: ${list.red.length} red, ${list.black.length} black`,
      );
  }
  return lines;
}
