/**
 * Errors a developer can act on: every error core returns or throws has a stable code and a
 * remedy, listed once here and in docs/errors.md.
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
export { type ExplainedError, explainError, formatError } from './explain.ts';
