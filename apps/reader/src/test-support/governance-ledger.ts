/**
 * A small but complete governance ledger for the reader's tests, built the way the CLI
 * builds one: commands through governance's `CommandExecutor`, personal fields sealed with
 * core's `sealPersonalData` under an in-memory key store, into a `MemoryStore` whose clock
 * records each command at its `occurredAt`. It exports the personal values it used, so a
 * test can scan every public answer for them. Test code only.
 */
import { describePersonalDataError, erasePersonalData, InMemoryKeyStore, MemoryStore } from '@govledger/core';
import {
  CommandExecutor,
  governanceCatalogue,
  governanceRegistry,
  governancePseudonymiser,
  governanceSealer,
  votes,
} from '@govledger/governance';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import { SCENARIO, type ScenarioCommand } from './scenario.ts';

/** Names, phone numbers and ID numbers the scenario records, all sealed in the ledger. */
export const PERSONAL_VALUES: readonly string[] = [
  '张伟',
  '13912345678',
  '320582198807061234',
  '李娜',
  '13800001111',
  '王芳',
  '赵强',
  '孙丽',
  '周杰',
  '吴敏',
  '郑华',
  '钱明',
];

/** The owners who cast ballots in the scenario, with their choices (what must never be public together). */
export const BALLOTS: readonly { readonly voteId: string; readonly ownerId: string; readonly choice: string }[] = [
  { voteId: 'v-1', ownerId: 'person-wang', choice: 'approve' },
  { voteId: 'v-1', ownerId: 'person-zhao', choice: 'reject' },
  { voteId: 'v-1', ownerId: 'developer-1', choice: 'approve' },
  { voteId: 'v-2', ownerId: 'person-wang', choice: 'approve' },
  { voteId: 'v-3', ownerId: 'person-wang', choice: 'approve' },
  { voteId: 'v-3', ownerId: 'person-zhao', choice: 'abstain' },
  { voteId: 'v-3', ownerId: 'person-zhao', choice: 'approve' },
];

/** The subject erased at the end of the scenario. */
export const ERASED_SUBJECT = 'person-li';

/** The input keying material of the test inspecting authority's key pair (tests only: it opens every ballot). */
export const TEST_AUTHORITY_IKM: Uint8Array = Buffer.alloc(32, 5);

/** A built ledger: the store, the key store that opens it, and the time of its last act. */
export interface GovernanceLedger {
  readonly store: MemoryStore;
  readonly keys: InMemoryKeyStore;
  readonly lastAt: string;
}

/**
 * Builds the scenario ledger, or a ledger of other `commands`; the full scenario ends by
 * erasing {@link ERASED_SUBJECT}. Throws on any refusal: a test bug.
 */
export async function buildGovernanceLedger(
  commands: readonly ScenarioCommand[] = SCENARIO,
): Promise<GovernanceLedger> {
  let now = '2024-01-01T00:00:00.000Z';
  let ids = 0;
  const store = new MemoryStore({
    clock: () => new Date(now),
    newEventId: () => `event-${String(++ids).padStart(6, '0')}`,
  });
  const keys = new InMemoryKeyStore({ keySeed: 'reader-tests' });
  const executor = new CommandExecutor(store, {
    clock: () => new Date(now),
    registry: governanceRegistry,
    catalogue: governanceCatalogue,
    // Ballots are sealed to a test authority key derived from a fixed input, with seeded ephemerals.
    seal: governanceSealer(keys, async () =>
      right(
        votes.authorityBallotSealer(
          await votes.generateAuthorityKeyPair(TEST_AUTHORITY_IKM),
          votes.seededEphemerals('reader-tests'),
        ),
      ),
    ),
    pseudonymise: governancePseudonymiser(keys),
  });
  for (const [i, command] of commands.entries()) {
    now = command.occurredAt;
    const result = await executor.submit([{ line: i + 1, value: command }]);
    if (isLeft(result))
      throw new Error(`scenario command ${i + 1} (${command.command}) refused: ${JSON.stringify(result.left)}`);
  }
  if (commands !== SCENARIO) return { store, keys, lastAt: now };
  now = '2024-06-20T00:00:00.000Z';
  const erased = await erasePersonalData(
    {
      subject: ERASED_SUBJECT,
      requestedBy: ERASED_SUBJECT,
      reason: 'PIPL art. 47 request',
      actor: { id: 'operator', role: 'system' },
      occurredAt: now,
    },
    keys,
    (group) => store.appendBatch([group]),
  );
  if (isLeft(erased)) throw new Error(`erasure refused: ${describePersonalDataError(erased.left)}`);
  return { store, keys, lastAt: now };
}
