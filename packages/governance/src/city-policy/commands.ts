/**
 * The governance commands under a city policy: every command of the domain, with each
 * configurable area's commands replaced by the ones deciding under the city's policy for
 * that area, and the registry an executor runs them from.
 */
import { governanceCommands } from '../catalogue.ts';
import type { AnyCommandSpec } from '../command.ts';
import { CommandRegistry } from '../command-registry.ts';
import { AREA_POLICIES, type AreaName } from './areas.ts';
import type { CityPolicy } from './policy.ts';

/**
 * Every governance command, deciding under `city`. Throws if an area's policy-bound command
 * is not among the domain's commands (a wiring bug).
 */
export function cityCommands(city: CityPolicy): AnyCommandSpec[] {
  const bound = new Map<string, AnyCommandSpec>();
  for (const name of Object.keys(AREA_POLICIES) as AreaName[]) {
    const area = AREA_POLICIES[name] as { commandsWith(policy: unknown): AnyCommandSpec[] };
    for (const spec of area.commandsWith(city.areas[name])) bound.set(spec.name, spec);
  }
  const known = new Set(governanceCommands.map((spec) => spec.name));
  for (const name of bound.keys()) {
    if (!known.has(name)) throw new Error(`city policy binds ${name}, which is not a governance command`);
  }
  return governanceCommands.map((spec) => bound.get(spec.name) ?? spec);
}

/** The command registry of `city`, for an executor. */
export function cityRegistry(city: CityPolicy): CommandRegistry {
  return new CommandRegistry(cityCommands(city));
}
