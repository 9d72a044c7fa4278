/**
 * The ledger's one upcaster registry. Each area contributes the upcasters of its events here,
 * and the same registry is applied wherever events are read: the executor's folds of the
 * streams a command acts on and consults, the projections, the read API and the verification
 * of an export's state. So an old event means one thing everywhere. Upcasting happens on read
 * only: the stored leaf, and so every checkpoint root, never changes.
 */
import { type Upcaster, UpcasterRegistry } from '@govledger/core';
import { electorateRegisteredUpcaster } from './votes/electorate.ts';
import { voteUpcasters } from './votes/upcasters.ts';

/**
 * The upcasters of each area, by area. Adding an area's upcaster is adding it to its area's
 * list (an area without one has no entry).
 */
export const AREA_UPCASTERS: Readonly<Record<string, readonly Upcaster[]>> = {
  votes: [...voteUpcasters, electorateRegisteredUpcaster],
};

/**
 * A registry of every area's upcasters. Throws when two areas lift the same (type, schema
 * version): one event has one meaning.
 */
export function makeGovernanceUpcasters(areas: Readonly<Record<string, readonly Upcaster[]>> = AREA_UPCASTERS) {
  const registry = new UpcasterRegistry();
  for (const upcasters of Object.values(areas)) for (const upcaster of upcasters) registry.register(upcaster);
  return registry;
}

/**
 * The ledger-wide registry: pass it to the executor (`ExecutorOptions.upcasters`), every
 * projection runner and the reader. The rules' own folds still read every schema version, so
 * a reader without it replays the same states.
 */
export const governanceUpcasters: UpcasterRegistry = makeGovernanceUpcasters();
