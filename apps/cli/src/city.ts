/**
 * `--city NAME` of the writing verbs: which city's rules decide the commands (the periods of
 * a vote's procedure, notices' disclosure minimums, the credit policy, the ledger's skew).
 * The flag falls back to $GOVLEDGER_CITY, then to `default`. Only deciding depends on it:
 * every area stamps the values it decided under into its events, so replay, verification and
 * the read API never need to know which city wrote a ledger.
 */
import { city } from '@govledger/governance';
import { usageError } from './cli-error.ts';

/** The help text of `--city`. */
export const CITY_OPTION_HELP = `city whose rules decide the commands (${city.cityNames().join(', ')}; default: $GOVLEDGER_CITY or default)`;

/** The city policy named by `--city`, else $GOVLEDGER_CITY, else `default`; a usage error names the presets. */
export function resolveCity(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): city.CityPolicy {
  const name = option ?? env.GOVLEDGER_CITY ?? 'default';
  const policy = city.cityPolicyNamed(name);
  if (policy === null) {
    throw usageError(`--city ${name}: no such city; known cities: ${city.cityNames().join(', ')}`);
  }
  return policy;
}
