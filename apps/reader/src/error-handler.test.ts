import { describe, expect, it } from 'vitest';
import { failureOfError, failureOfValidation } from './error-handler.ts';
import { ReaderFailureError } from './errors.ts';
import { asOfParam } from './query-params.ts';

describe('failureOfValidation', () => {
  it('names a missing, unknown, mistyped or out-of-range parameter', () => {
    expect(
      failureOfValidation(
        { keyword: 'required', instancePath: '', params: { missingProperty: 'index' } },
        'querystring',
      ),
    ).toEqual({
      _tag: 'BadParameter',
      parameter: 'index',
      reason: 'this parameter is required',
    });
    expect(
      failureOfValidation(
        { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'x' } },
        'querystring',
      ),
    ).toMatchObject({
      parameter: 'x',
    });
    expect(
      failureOfValidation({ keyword: 'type', instancePath: '/limit', params: { type: 'integer' } }, 'querystring'),
    ).toMatchObject({
      parameter: 'limit',
      reason: 'must be an integer (given once)',
    });
    expect(
      failureOfValidation(
        { keyword: 'maximum', instancePath: '/limit', params: {}, message: 'must be <= 200' },
        'querystring',
      ),
    ).toMatchObject({
      parameter: 'limit',
      reason: 'must be <= 200',
    });
  });

  it('explains a pattern mismatch in words', () => {
    const failure = failureOfValidation(
      { keyword: 'pattern', instancePath: '/asOf', params: { pattern: asOfParam.pattern } },
      'querystring',
    );
    expect(failure).toMatchObject({ parameter: 'asOf' });
    expect((failure as { reason: string }).reason).toMatch(/^must be a ledger index/);
  });
});

describe('failureOfError', () => {
  it('unwraps a reader failure and leaves an unexpected error to the Internal answer', () => {
    expect(failureOfError(new ReaderFailureError({ _tag: 'Internal' }))).toEqual({ _tag: 'Internal' });
    expect(failureOfError(new Error('boom'))).toBeNull();
  });
});
