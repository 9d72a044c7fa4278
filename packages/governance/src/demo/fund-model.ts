/**
 * The demo's own copy of each community's maintenance-fund balances, per unit, kept exactly as
 * the fund's rules will compute them (charges apportioned by area with the fund's own
 * `apportionByArea`), so the demo only ever asks for a disbursement or refund the fund can pay.
 */
import { apportionByArea, chargesOf } from '../fund/apportion.ts';
import type { UnitAmount } from '../fund/events.ts';

interface Account {
  readonly areaM2Hundredths: number;
  balanceFen: number;
}

/** Every community's unit balances in fen. */
export class FundModel {
  readonly #funds = new Map<string, Map<string, Account>>();

  /** Opens a community's account with its units (balance 0). */
  open(communityId: string, units: readonly { unitId: string; areaM2Hundredths: number }[]): void {
    const accounts = new Map<string, Account>();
    for (const u of units) accounts.set(u.unitId, { areaM2Hundredths: u.areaM2Hundredths, balanceFen: 0 });
    this.#funds.set(communityId, accounts);
  }

  /** True once the community's account is open. */
  isOpen(communityId: string): boolean {
    return this.#funds.has(communityId);
  }

  /** Credits deposits to units. */
  deposit(communityId: string, lines: readonly UnitAmount[]): void {
    const accounts = this.#accounts(communityId);
    for (const line of lines) this.#account(accounts, line.unitId).balanceFen += line.amountFen;
  }

  /** The balance of one unit. */
  balance(communityId: string, unitId: string): number {
    return this.#account(this.#accounts(communityId), unitId).balanceFen;
  }

  /** The sum of the balances of `unitIds` (every unit when null). */
  total(communityId: string, unitIds: readonly string[] | null): number {
    const accounts = this.#accounts(communityId);
    let sum = 0;
    for (const id of unitIds ?? accounts.keys()) sum += this.#account(accounts, id).balanceFen;
    return sum;
  }

  /**
   * The charges a disbursement of `amountFen` over `unitIds` (every unit when null) would make,
   * or null when some unit cannot bear its share. Nothing changes.
   */
  charges(communityId: string, amountFen: number, unitIds: readonly string[] | null): UnitAmount[] | null {
    const accounts = this.#accounts(communityId);
    const ids = unitIds ?? [...accounts.keys()];
    const shares = apportionByArea(
      amountFen,
      ids.map((unitId) => ({ unitId, areaM2Hundredths: this.#account(accounts, unitId).areaM2Hundredths })),
    );
    if (shares.some((s) => s.amountFen > this.#account(accounts, s.unitId).balanceFen)) return null;
    return chargesOf(shares);
  }

  /** Debits charges or refunds (each at most the unit's balance). */
  debit(communityId: string, lines: readonly UnitAmount[]): void {
    const accounts = this.#accounts(communityId);
    for (const line of lines) {
      const account = this.#account(accounts, line.unitId);
      if (line.amountFen > account.balanceFen) throw new Error(`demo fund model: unit ${line.unitId} would overdraw`);
      account.balanceFen -= line.amountFen;
    }
  }

  #accounts(communityId: string): Map<string, Account> {
    const accounts = this.#funds.get(communityId);
    if (!accounts) throw new Error(`demo fund model: no account for ${communityId}`);
    return accounts;
  }

  #account(accounts: Map<string, Account>, unitId: string): Account {
    const account = accounts.get(unitId);
    if (!account) throw new Error(`demo fund model: no unit ${unitId}`);
    return account;
  }
}
