/**
 * fundLedger: per community, the fund's balance and its history — one point per deposit,
 * disbursement and refund — the deposits, and every disbursement with what authorised it
 * (the vote id, or the emergency and when the street office confirmed it). Amounts in fen.
 * State is updated in place: O(1) per event (plus the units listed in it).
 */
import { isEventOf, type Projection, type RecordedEvent } from '@govledger/core';
import { ownEntry, positionOf } from '../public-records.ts';
import { DecisionRevoked, type DecisionRevokedData } from '../votes/events.ts';
import {
  type Authority,
  DisbursementApproved,
  DisbursementRequested,
  type DepositKind,
  EmergencyConfirmed,
  EmergencyRepairPublicised,
  FundAccountOpened,
  FundDeposited,
  FundsDisbursed,
  FundsRefunded,
  FundUnitsRegistered,
  isFundEvent,
} from './events.ts';

/** True for a revocation of a vote's decision: the one vote event the fund ledger folds. */
const isDecisionRevoked = isEventOf([DecisionRevoked]);

/** The balance after one movement of money. `index` is the ledger entry (0-based). */
export interface FundBalancePoint {
  readonly index: number;
  readonly at: string;
  readonly kind: 'deposit' | 'disbursement' | 'refund';
  /** The deposit, disbursement or refund id. */
  readonly ref: string;
  /** Positive for deposits, negative for disbursements and refunds. */
  readonly changeFen: number;
  readonly balanceFen: number;
}

/** One deposit as the public sees it. */
export interface FundDepositRecord {
  readonly depositId: string;
  readonly at: string;
  readonly kind: DepositKind;
  readonly totalFen: number;
  readonly unitCount: number;
  /** A top-up's matter-6 vote (null for other deposits, and on older ledgers). */
  readonly voteId: string | null;
}

/** One disbursement and its authority. Times are ISO-8601 UTC. */
export interface FundDisbursementRecord {
  readonly disbursementId: string;
  readonly purpose: string;
  readonly amountFen: number;
  readonly authority: Authority;
  status: 'requested' | 'approved' | 'disbursed';
  readonly requestedAt: string;
  emergencyConfirmedAt: string | null;
  approvedAt: string | null;
  disbursedAt: string | null;
  payeeId: string | null;
  /**
   * Emergency uses: the time by which the repair and its cost must be published (the fund
   * policy's days after the payment; null before the payment, and on older ledgers).
   */
  publicityDueBy: string | null;
  /** When the repair and its cost were published (the ledger's `recordedAt`), or null. */
  publicisedAt: string | null;
  /** The cost as published, in fen. */
  publicisedCostFen: number | null;
  /** Set when the vote that authorised it was revoked (by a court or the authority): who, the document, when. */
  authorisingDecisionRevoked: { revokedBy: string; reference: string; revokedAt: string } | null;
}

/** One community's fund. */
export interface CommunityFundLedger {
  readonly communityId: string;
  readonly openedAt: string;
  unitCount: number;
  totalAreaM2Hundredths: number;
  balanceFen: number;
  depositedFen: number;
  disbursedFen: number;
  refundedFen: number;
  readonly history: FundBalancePoint[];
  readonly deposits: FundDepositRecord[];
  readonly disbursements: Record<string, FundDisbursementRecord>;
  /** Disbursement ids in the order requested. */
  readonly disbursementOrder: string[];
}

/** Every community's fund ledger by community id. */
export interface FundLedgerState {
  readonly communities: Record<string, CommunityFundLedger>;
  /** The disbursements each vote authorised, as `<communityId>/<disbursementId>`, so a revocation reaches them in O(k). */
  readonly disbursementsByVote: Record<string, string[]>;
}

/** A revoked decision: every disbursement that rested on it shows the revocation. */
function revoked(state: FundLedgerState, data: DecisionRevokedData, recordedAt: string): void {
  for (const ref of state.disbursementsByVote[data.voteId] ?? []) {
    const [communityId = '', disbursementId = ''] = ref.split('/');
    const d = state.communities[communityId]?.disbursements[disbursementId];
    if (d) {
      d.authorisingDecisionRevoked = {
        revokedBy: data.revokedBy,
        reference: data.reference,
        revokedAt: recordedAt,
      };
    }
  }
}

function move(
  fund: CommunityFundLedger,
  event: RecordedEvent,
  kind: FundBalancePoint['kind'],
  ref: string,
  changeFen: number,
): void {
  fund.balanceFen += changeFen;
  fund.history.push({
    index: event.index,
    at: event.metadata.occurredAt,
    kind,
    ref,
    changeFen,
    balanceFen: fund.balanceFen,
  });
}

function evolveLedger(state: FundLedgerState, event: RecordedEvent): FundLedgerState {
  const at = event.metadata.occurredAt;
  if (isDecisionRevoked(event)) {
    revoked(state, event.data, event.metadata.recordedAt);
    return state;
  }
  if (!isFundEvent(event)) return state;
  const { type, data } = event;
  if (type === FundAccountOpened.type) {
    state.communities[data.communityId] = {
      communityId: data.communityId,
      openedAt: at,
      unitCount: data.units.length,
      totalAreaM2Hundredths: data.units.reduce((sum, u) => sum + u.areaM2Hundredths, 0),
      balanceFen: 0,
      depositedFen: 0,
      disbursedFen: 0,
      refundedFen: 0,
      history: [],
      deposits: [],
      disbursements: {},
      disbursementOrder: [],
    };
    return state;
  }
  const fund = state.communities[data.communityId];
  if (!fund) return state;
  switch (type) {
    case FundUnitsRegistered.type: {
      const { units } = data;
      fund.unitCount += units.length;
      fund.totalAreaM2Hundredths += units.reduce((sum, u) => sum + u.areaM2Hundredths, 0);
      break;
    }
    case FundDeposited.type: {
      fund.depositedFen += data.totalFen;
      fund.deposits.push({
        depositId: data.depositId,
        at,
        kind: data.kind,
        totalFen: data.totalFen,
        unitCount: data.deposits.length,
        voteId: data.voteId ?? null,
      });
      move(fund, event, 'deposit', data.depositId, data.totalFen);
      break;
    }
    case DisbursementRequested.type: {
      fund.disbursements[data.disbursementId] = {
        disbursementId: data.disbursementId,
        purpose: data.purpose,
        amountFen: data.amountFen,
        authority: structuredClone(data.authority),
        status: 'requested',
        requestedAt: at,
        emergencyConfirmedAt: null,
        approvedAt: null,
        disbursedAt: null,
        payeeId: null,
        publicityDueBy: null,
        publicisedAt: null,
        publicisedCostFen: null,
        authorisingDecisionRevoked: null,
      };
      fund.disbursementOrder.push(data.disbursementId);
      if (data.authority.kind === 'vote') {
        const refs = state.disbursementsByVote[data.authority.voteId] ?? [];
        refs.push(`${data.communityId}/${data.disbursementId}`);
        state.disbursementsByVote[data.authority.voteId] = refs;
      }
      break;
    }
    case EmergencyConfirmed.type: {
      const d = fund.disbursements[data.disbursementId];
      if (d) d.emergencyConfirmedAt = at;
      break;
    }
    case DisbursementApproved.type: {
      const d = fund.disbursements[data.disbursementId];
      if (d) Object.assign(d, { status: 'approved', approvedAt: at });
      break;
    }
    case FundsDisbursed.type: {
      const d = fund.disbursements[data.disbursementId];
      if (d) {
        Object.assign(d, { status: 'disbursed', disbursedAt: at, payeeId: data.payeeId });
        d.publicityDueBy = data.publicityDueBy ?? null;
      }
      fund.disbursedFen += data.amountFen;
      move(fund, event, 'disbursement', data.disbursementId, -data.amountFen);
      break;
    }
    case EmergencyRepairPublicised.type: {
      const d = fund.disbursements[data.disbursementId];
      if (d) {
        d.publicisedAt = event.metadata.recordedAt;
        d.publicisedCostFen = data.costFen;
      }
      break;
    }
    case FundsRefunded.type: {
      fund.refundedFen += data.totalFen;
      move(fund, event, 'refund', data.refundId, -data.totalFen);
      break;
    }
    default:
      break;
  }
  return state;
}

/** The event types that change a fund ledger (its records are touched by these only). */
const FUND_EVENT_TYPES: ReadonlySet<string> = new Set(
  [
    FundAccountOpened,
    FundUnitsRegistered,
    FundDeposited,
    DisbursementRequested,
    EmergencyConfirmed,
    DisbursementApproved,
    FundsDisbursed,
    FundsRefunded,
    EmergencyRepairPublicised,
  ].map((e) => e.type),
);

/** The fund ledger projection. */
export const fundLedger: Projection<FundLedgerState> = {
  name: 'fundLedger',
  version: 2,
  init: () => ({ communities: {}, disbursementsByVote: {} }),
  evolve: evolveLedger,
  /**
   * Public records: each community's fund keyed `<communityId>` (balance, totals, counts),
   * and, so that its history is provable point by point without ever rehashing it whole,
   * `<communityId>/history/<i>` (the i-th balance point), `<communityId>/deposits/<i>` and
   * `<communityId>/disbursements/<disbursementId>` (payees are organisations).
   */
  publicRecords: {
    touched(state, event) {
      if (isDecisionRevoked(event)) {
        const refs = state.disbursementsByVote[event.data.voteId] ?? [];
        return refs.map((ref) => ref.replace('/', '/disbursements/'));
      }
      if (!isFundEvent(event) || !FUND_EVENT_TYPES.has(event.type)) return [];
      const { data } = event;
      const { communityId } = data;
      const disbursementId = 'disbursementId' in data ? data.disbursementId : undefined;
      const fund = ownEntry(state.communities, communityId);
      if (fund === undefined) return [];
      const keys = [communityId];
      if (event.type === FundDeposited.type) keys.push(`${communityId}/deposits/${fund.deposits.length - 1}`);
      if (typeof disbursementId === 'string') keys.push(`${communityId}/disbursements/${disbursementId}`);
      if (fund.history.at(-1)?.index === event.index) keys.push(`${communityId}/history/${fund.history.length - 1}`);
      return keys;
    },
    read(state, key) {
      const [communityId, kind, ...rest] = key.split('/');
      const fund = ownEntry(state.communities, communityId ?? '');
      if (fund === undefined) return undefined;
      if (kind === undefined) {
        const { communityId: id, openedAt, unitCount, totalAreaM2Hundredths, balanceFen } = fund;
        const { depositedFen, disbursedFen, refundedFen, history, deposits, disbursementOrder } = fund;
        return {
          communityId: id,
          openedAt,
          unitCount,
          totalAreaM2Hundredths,
          balanceFen,
          depositedFen,
          disbursedFen,
          refundedFen,
          movements: history.length,
          deposits: deposits.length,
          disbursements: disbursementOrder.length,
        };
      }
      const ref = rest.join('/');
      if (kind === 'disbursements') return ownEntry(fund.disbursements, ref);
      const position = positionOf(ref);
      if (position === undefined) return undefined;
      if (kind === 'history') return fund.history[position];
      if (kind === 'deposits') return fund.deposits[position];
      return undefined;
    },
    *keys(state) {
      for (const fund of Object.values(state.communities)) {
        yield fund.communityId;
        for (let i = 0; i < fund.history.length; i++) yield `${fund.communityId}/history/${i}`;
        for (let i = 0; i < fund.deposits.length; i++) yield `${fund.communityId}/deposits/${i}`;
        for (const id of fund.disbursementOrder) yield `${fund.communityId}/disbursements/${id}`;
      }
    },
  },
};

/** Where the publicity of a paid emergency use stands at a moment: published in time, published late, or missing. */
export interface PublicityStanding {
  readonly communityId: string;
  readonly disbursementId: string;
  readonly dueBy: string;
  readonly publicisedAt: string | null;
  readonly standing: 'late' | 'missing';
}

/**
 * The paid emergency uses whose publicity (repair and cost) was late or is missing at `asOf`
 * (ISO-8601 UTC, normally the ledger's last `recordedAt`): late when published after its due
 * time, missing when still unpublished after it. Pure; O(disbursements).
 */
export function publicityFailures(state: FundLedgerState, asOf: string): PublicityStanding[] {
  const now = Date.parse(asOf);
  const out: PublicityStanding[] = [];
  for (const fund of Object.values(state.communities)) {
    for (const id of fund.disbursementOrder) {
      const d = fund.disbursements[id];
      if (!d || d.publicityDueBy === null) continue;
      const due = Date.parse(d.publicityDueBy);
      const base = { communityId: fund.communityId, disbursementId: id, dueBy: d.publicityDueBy };
      if (d.publicisedAt === null) {
        if (now > due) out.push({ ...base, publicisedAt: null, standing: 'missing' });
      } else if (Date.parse(d.publicisedAt) > due) {
        out.push({ ...base, publicisedAt: d.publicisedAt, standing: 'late' });
      }
    }
  }
  return out;
}
