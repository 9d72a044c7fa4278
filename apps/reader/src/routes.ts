/**
 * Every route module the reader serves, in the order they appear in the OpenAPI document.
 * Adding a resource means adding its `routes/<resource>.ts` here.
 */
import type { RouteModule } from './route-module.ts';
import { complaintRoutes } from './routes/complaints.ts';
import { entryRoutes } from './routes/entries.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { proofRoutes } from './routes/proofs.ts';
import { streamRoutes } from './routes/streams.ts';

/** The route modules, audit first, then the dashboards. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  ledgerRoutes,
  entryRoutes,
  proofRoutes,
  streamRoutes,
  complaintRoutes,
];
