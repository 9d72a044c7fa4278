/**
 * Every route module the reader serves, in the order they appear in the OpenAPI document.
 * Adding a resource means adding its `routes/<resource>.ts` here.
 */
import type { RouteModule } from './route-module.ts';
import { committeeRoutes } from './routes/committees.ts';
import { companyRoutes } from './routes/companies.ts';
import { complaintStatisticsRoutes } from './routes/complaint-statistics.ts';
import { complaintRoutes } from './routes/complaints.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { diffRoutes } from './routes/diff.ts';
import { entryRoutes } from './routes/entries.ts';
import { fundRoutes } from './routes/funds.ts';
import { historyRoutes } from './routes/history.ts';
import { jointMeetingRoutes } from './routes/joint-meetings.ts';
import { leafRoutes } from './routes/leaves.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { noticeRoutes } from './routes/notices.ts';
import { partyBuildingRoutes } from './routes/party-building.ts';
import { pilotRoutes } from './routes/pilots.ts';
import { registryRoutes } from './routes/registry.ts';
import { proofRoutes } from './routes/proofs.ts';
import { publicIncomeRoutes } from './routes/public-income.ts';
import { ratingRoutes } from './routes/ratings.ts';
import { streamRoutes } from './routes/streams.ts';
import { trailRoutes } from './routes/trail.ts';
import { tileRoutes } from './routes/tiles.ts';
import { bundleRoutes } from './routes/bundles.ts';
import { voteRoutes } from './routes/votes.ts';
import { ballotBoxRoutes } from './routes/ballot-box.ts';
import { stateRecordRoutes } from './routes/state-records.ts';
import { stateRecordBatchRoutes } from './routes/state-record-batch.ts';
import { stateSignedRoutes } from './routes/state-signed.ts';

/** The route modules, audit first, then the dashboards. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  ledgerRoutes,
  entryRoutes,
  leafRoutes,
  proofRoutes,
  bundleRoutes,
  tileRoutes,
  streamRoutes,
  historyRoutes,
  diffRoutes,
  trailRoutes,
  stateRecordRoutes,
  stateRecordBatchRoutes,
  stateSignedRoutes,
  complaintRoutes,
  complaintStatisticsRoutes,
  voteRoutes,
  ballotBoxRoutes,
  fundRoutes,
  committeeRoutes,
  publicIncomeRoutes,
  ratingRoutes,
  companyRoutes,
  coverageRoutes,
  partyBuildingRoutes,
  pilotRoutes,
  registryRoutes,
  jointMeetingRoutes,
  noticeRoutes,
];
