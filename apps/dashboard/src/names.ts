/**
 * Names for the ids a visitor would otherwise read (`co-changjiang`, `liangfeng`, `so-yangshe`):
 * the page shows a name wherever one is known and the id only where nothing else exists.
 *
 * The names come from the registry the read API serves at `/v1/registry` (property companies,
 * projects, street offices and residents' communities, each with its registered Chinese name)
 * and from the pilots' register (`/v1/pilots`, the pilot names such as 悦盛花苑"红色物业"试点),
 * fetched once per page at the latest state: a name stays the name of its id for every past
 * moment shown. The city as a whole (the housing bureau's own scope, `zjg`) is registered
 * nowhere on the ledger; the page names it in its own words ({@link CITY_ID}).
 */
import { getJson } from './http.ts';
import { t } from './i18n.ts';

/** What kind of thing an id names: a registry kind, a pilot, or the city (the bureau's scope). */
export type NamedKind = 'company' | 'project' | 'street-office' | 'residents-community' | 'pilot' | 'city';

/** A name and what it names. */
export interface Named {
  readonly name: string;
  readonly kind: NamedKind;
}

/** Every id with a known name. */
export type NameTable = ReadonlyMap<string, Named>;

/** The id the bureau's city-wide acts (notices, ratings) name as their scope. */
export const CITY_ID = 'zjg';

interface Sources {
  readonly registry: { readonly entries: readonly { id: string; kind: string; name: string }[] };
  readonly pilots: { readonly pilots: readonly { pilotId: string; name: string }[] };
}

const REGISTRY_KINDS: ReadonlySet<string> = new Set(['company', 'project', 'street-office', 'residents-community']);

/**
 * Builds the table from the answers; a name found earlier is never overridden (the registry
 * serves companies, then projects, then street offices, then residents' communities).
 */
export function nameTableOf(sources: Partial<Sources>): NameTable {
  const names = new Map<string, Named>();
  const add = (id: string, name: string | null | undefined, kind: NamedKind) => {
    if (name && !names.has(id)) names.set(id, { name, kind });
  };
  for (const e of sources.registry?.entries ?? [])
    if (REGISTRY_KINDS.has(e.kind)) add(e.id, e.name, e.kind as NamedKind);
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
  const [registry, pilots] = await Promise.all([
    optional<Sources['registry']>('/v1/registry'),
    optional<Sources['pilots']>('/v1/pilots'),
  ]);
  return nameTableOf({ ...(registry ? { registry } : {}), ...(pilots ? { pilots } : {}) });
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
  if (id === CITY_ID && !table.has(id)) return t('cityWide');
  return table.get(id)?.name ?? id;
}
