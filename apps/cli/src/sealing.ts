/**
 * Sealing personal data on the way in: every governance event passes through
 * `sealPersonalData` with the governance catalogue and the ledger's key store before it
 * reaches the store, so the ledger file only ever holds ciphertext of personal fields.
 */
import { describePersonalDataError, type PersonalKeyStore, sealPersonalData } from '@govledger/core';
import { governanceCatalogue, type Sealer } from '@govledger/governance';
import { left } from 'fp-ts/lib/Either.js';

/** A sealer for the command executor over `keys`. */
export function governanceSealer(keys: PersonalKeyStore): Sealer {
  return async (event) => {
    const sealed = await sealPersonalData(event, governanceCatalogue, keys);
    return sealed._tag === 'Left' ? left(describePersonalDataError(sealed.left)) : sealed;
  };
}
