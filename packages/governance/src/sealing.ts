/**
 * Sealing personal data on the way in, written once: every governance event passes through
 * core's `sealPersonalData` with the governance catalogue and the ledger's key store before
 * it reaches the store, so the ledger only ever holds ciphertext of personal fields. The CLI,
 * the reader's test ledger and the executor's tests all seal through this.
 */
import { type PersonalKeyStore, sealPersonalData } from '@govledger/core';
import { governanceCatalogue } from './catalogue.ts';
import type { Sealer } from './submit.ts';

/** The executor's sealer over `keys`; a failure stays a typed `PersonalDataError`. */
export function governanceSealer(keys: PersonalKeyStore): Sealer {
  return (event) => sealPersonalData(event, governanceCatalogue, keys);
}
