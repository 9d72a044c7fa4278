/**
 * Errors a developer can act on: every error core returns or throws, every error a store
 * throws on purpose and every failure of the read API has a stable `GL_` code and a remedy,
 * listed once here and in docs/errors.md.
 */
export {
  type CoreError,
  type CoreErrorTag,
  errorCode,
  RETURNED_ERRORS,
  type ReturnedErrorCode,
  type ReturnedErrorEntry,
} from './returned-errors.ts';
export {
  type CoreThrownError,
  coreError,
  isCoreThrownError,
  THROWN_ERRORS,
  type ThrownErrorCode,
  type ThrownErrorEntry,
} from './thrown-errors.ts';
export {
  isStoreErrorCode,
  STORE_ERRORS,
  type StoreErrorCode,
  type StoreErrorEntry,
} from './store-errors.ts';
export { READ_API_ERRORS, type ReadApiErrorCode, type ReadApiErrorEntry } from './read-api-errors.ts';
export { type ExplainedError, explainError, formatError } from './explain.ts';
