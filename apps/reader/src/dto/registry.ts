/**
 * The registry as the public sees it: every registered company, project (小区), street office,
 * residents' community and management area (物业管理区域) by kind and id, with its Chinese name, whether it is active, and
 * for a project the companies that managed it over time. Organisations and places only: no
 * personal data. What a page uses to show a name for any id it shows.
 *
 * Reads governance's `registry` state.
 */
import type { registry } from '@govledger/governance';
import { bool, list, nullable, obj, oneOf, str, time, type Schema } from '../schema.ts';

/** The kinds of registered entry, in the order they are served. */
export const REGISTRY_KINDS: readonly registry.RegistryKind[] = [
  'company',
  'project',
  'street-office',
  'residents-community',
  'management-area',
];

/** The registry state, as governance's registry projection holds it. */
export type RegistryView = registry.RegistryState;

/** One registered entry as served. */
export interface RegistryEntryDto {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly active: boolean;
  readonly registeredAt: string;
  readonly endedAt: string | null;
  readonly within: string | null;
  readonly managedBy: readonly { readonly companyId: string; readonly from: string; readonly until: string | null }[];
}

/** One entry's DTO. */
export function registryEntryDto(entry: registry.RegistryEntry): RegistryEntryDto {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    active: entry.active,
    registeredAt: entry.registeredAt,
    endedAt: entry.endedAt,
    within: entry.within,
    managedBy: entry.managedBy.map((p) => ({ companyId: p.companyId, from: p.from, until: p.until })),
  };
}

/** Every entry of `kinds`, kind by kind, ids in order. */
export function registryEntriesDto(view: RegistryView, kinds: readonly registry.RegistryKind[]): RegistryEntryDto[] {
  return kinds.flatMap((kind) =>
    Object.keys(view[kind])
      .sort()
      .map((id) => registryEntryDto(view[kind][id]!)),
  );
}

/** The response schema of one entry. */
export const registryEntrySchema: Schema = obj({
  id: str(),
  kind: oneOf(REGISTRY_KINDS),
  name: str('the registered Chinese name'),
  active: bool('false once the registration ended'),
  registeredAt: time('when the ledger recorded the registration'),
  endedAt: nullable(time('when the registration ended, or null')),
  within: nullable(str("a project's town, a community's street office id, or null")),
  managedBy: list(
    obj({
      companyId: str(),
      from: time(),
      until: nullable(time('null while the company still manages the project')),
    }),
    "a project's managing companies, oldest first (empty for other kinds)",
  ),
});
