/**
 * Who may act: every command names the roles allowed to issue it; an actor in any other role
 * is refused with a clear error naming the command, the role used and the roles allowed.
 */
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { CommandInput, DomainError } from './command.ts';
import { ROLES, type Role } from './roles.ts';

/** The actor's role is not allowed to issue this command. */
export interface Forbidden extends DomainError {
  readonly _tag: 'Forbidden';
  readonly command: string;
  readonly role: string;
  readonly allowed: readonly Role[];
}

/** Refuses unless the actor acts in one of `allowed`. */
export function requireRole(
  command: string,
  input: CommandInput<unknown>,
  ...allowed: readonly Role[]
): Either<Forbidden, void> {
  if ((allowed as readonly string[]).includes(input.actor.role)) return right(undefined);
  // ROLES holds "居民 (resident)": show the id with its Chinese term only, not a second bracket.
  const names = allowed.map((r) => `${r} (${ROLES[r].replace(/ \(.*\)$/, '')})`).join(' or ');
  return left({
    _tag: 'Forbidden',
    command,
    role: input.actor.role,
    allowed,
    message: `${command} may only be issued by ${names}; actor ${input.actor.id} acts as ${input.actor.role}`,
  });
}
