/**
 * "Did you mean" for an unknown long option that a known option abbreviates: commander suggests
 * options a few typing errors away (`--kye` → `--key`), but not a short form spelt out in full
 * (`--database` → `--db`). Here a known option whose letters appear, in order and from the same
 * first letter, in the unknown one is offered.
 */
import type { Command } from 'commander';

function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/** The known long options of `command` (and its parents) that `flag` spells out in full. */
export function abbreviationsOf(flag: string, command: Command): string[] {
  const unknown = flag.replace(/^--/, '');
  const known: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) if (option.long) known.push(option.long.replace(/^--/, ''));
  }
  return known.filter((name) => isAbbreviationOf(name, unknown)).map((name) => `--${name}`);
}

/** The command `args` run: the deepest subcommand their leading words name. */
function commandOf(program: Command, args: readonly string[]): Command {
  let command = program;
  for (const arg of args) {
    if (arg.startsWith('-')) break;
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    command = sub;
  }
  return command;
}

/**
 * The message for the first option in `args` that the command does not know but that spells
 * out one it does (`--database` for `--db`), or `undefined`. Checked before commander parses,
 * which would otherwise first report the short option as missing.
 */
export function spelledOutOption(program: Command, args: readonly string[]): string | undefined {
  const command = commandOf(program, args);
  const known = new Set<string>();
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) if (option.long) known.add(option.long);
  }
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const flag = arg.split('=')[0]!;
    if (known.has(flag) || known.has(flag.replace(/^--no-/, '--'))) continue;
    const candidates = abbreviationsOf(flag, command);
    if (candidates.length > 0) return `error: unknown option '${flag}'\n(Did you mean ${candidates.join(' or ')}?)\n`;
  }
  return undefined;
}
