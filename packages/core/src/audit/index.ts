/**
 * Audits: verify a store without trusting it, or an export offline.
 */
export type { AuditProblem, AuditProgress, AuditReport } from './audit-problem.ts';
export { describeMismatch, type VerifyLedgerOptions, verifyLedger } from './verify-ledger.ts';
export { type VerifyExportOptions, verifyExport } from './verify-export.ts';
export { type PeriodVerification, type VerifyPeriodOptions, verifyPeriod } from './verify-period.ts';
