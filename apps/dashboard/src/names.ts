/**
 * Names for the ids a visitor would otherwise read (`co-changjiang`, `yuesheng`, `zjg`): the
 * page shows a name wherever one is known and the id only where nothing else exists.
 *
 * The names come from the read models that carry them today — companies (`/v1/companies`),
 * communities (`/v1/coverage`) and pilots (`/v1/pilots`) — fetched once per page, at the latest
 * state (a name stays the name of its id for every past moment shown). This is the one place
 * that knows where names come from: when the read API answers `/v1/registry` (id → name, kind),
 * {@link loadNames} reads that answer instead and nothing else changes.
 */
import { getJson } from './http.ts';

/** What kind of thing an id names. */
export type NamedKind = 'company' | 'community' | 'pilot';

/** A name and what it names. */
export interface Named {
  readonly name: string;
  readonly kind: NamedKind;
}

/** Every id with a known name. */
export type NameTable = ReadonlyMap<string, Named>;

interface Sources {
  readonly companies: { readonly companies: readonly { companyId: string; name: string | null }[] };
  readonly coverage: { readonly communities: readonly { communityId: string; name: string }[] };
  readonly pilots: { readonly pilots: readonly { pilotId: string; name: string }[] };
}

/** Builds the table from the three answers; a later source never overrides an earlier name. */
export function nameTableOf(sources: Partial<Sources>): NameTable {
  const names = new Map<string, Named>();
  const add = (id: string, name: string | null | undefined, kind: NamedKind) => {
    if (name && !names.has(id)) names.set(id, { name, kind });
  };
  for (const c of sources.companies?.companies ?? []) add(c.companyId, c.name, 'company');
  for (const c of sources.coverage?.communities ?? []) add(c.communityId, c.name, 'community');
  for (const p of sources.pilots?.pilots ?? []) add(p.pilotId, p.name, 'pilot');
  return names;
}

/** A source that fails leaves its ids unnamed rather than failing the page. */
async function optional<T>(path: string): Promise<T | undefined> {
  try {
    return await getJson<T>(path);
  } catch {
    return undefined;
  }
}

/** Fetches the names (see the module comment for where they come from). */
export async function loadNames(): Promise<NameTable> {
  const [companies, coverage, pilots] = await Promise.all([
    optional<Sources['companies']>('/v1/companies'),
    optional<Sources['coverage']>('/v1/coverage'),
    optional<Sources['pilots']>('/v1/pilots'),
  ]);
  return nameTableOf({
    ...(companies ? { companies } : {}),
    ...(coverage ? { coverage } : {}),
    ...(pilots ? { pilots } : {}),
  });
}

let table: NameTable = new Map();
let loading: Promise<NameTable> | null = null;

/** Loads the names once per page; later calls wait for the same load. */
export function ensureNames(): Promise<NameTable> {
  loading ??= loadNames().then((loaded) => {
    table = loaded;
    return loaded;
  });
  return loading;
}

/** The name of `id`, or the id itself when no name is known (or `id` is null: "—"). */
export function nameOf(id: string | null | undefined): string {
  if (id === null || id === undefined || id === '') return '—';
  return table.get(id)?.name ?? id;
}
