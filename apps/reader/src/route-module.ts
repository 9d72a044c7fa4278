/**
 * The shape of a route module (`routes/<resource>.ts`): the projections its answers read,
 * and a function registering its GET routes. A reader serves a module only when every
 * projection it needs is among the reader's projections.
 */
import type { FastifyInstance } from 'fastify';
import type { ReaderContext } from './context.ts';

/** The routes of one resource. */
export interface RouteModule {
  /** Names of the projections the routes read (empty for the log's own routes). */
  readonly needs: readonly string[];
  /** Registers the routes on `app`. */
  register(app: FastifyInstance, ctx: ReaderContext): void;
}
