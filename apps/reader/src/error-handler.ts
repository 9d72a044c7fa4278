/**
 * Fastify's error handler and not-found handler for the reader: every thrown error becomes
 * a failure of the catalogue (`errors.ts`). Schema validation errors name the parameter and
 * the reason; anything unexpected is logged and answered as a bare `Internal` error, never
 * with its message or stack.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { badParameter, notFound, type ReaderFailure, ReaderFailureError } from './errors.ts';
import { BODY_LIMIT_BYTES } from './limits.ts';
import { reasonForPattern } from './schema.ts';
import { sendFailure } from './send-failure.ts';

/** One Ajv error as Fastify reports it. */
interface ValidationIssue {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** The failure a validation error stands for: which parameter, and why. */
export function failureOfValidation(issue: ValidationIssue | undefined, context: string | undefined): ReaderFailure {
  const where = context === 'params' ? 'path segment' : 'parameter';
  if (!issue) return badParameter('(query)', 'is not valid');
  const name = issue.instancePath.replace(/^\//, '').split('/')[0] ?? '';
  switch (issue.keyword) {
    case 'required':
      return badParameter(String(issue.params.missingProperty), `this ${where} is required`);
    case 'additionalProperties':
      return badParameter(
        String(issue.params.additionalProperty),
        `unknown ${where} (see /openapi.json for this route's parameters)`,
      );
    case 'pattern': {
      const reason = reasonForPattern(String(issue.params.pattern));
      return badParameter(name, reason ? `must be ${reason}` : (issue.message ?? 'is not valid'));
    }
    case 'type':
      return badParameter(
        name,
        Array.isArray(issue.params.type) || issue.params.type !== 'string'
          ? `must be ${article(String(issue.params.type))} (given once)`
          : 'must be given once',
      );
    default:
      return badParameter(name || '(query)', issue.message ?? 'is not valid');
  }
}

function article(type: string): string {
  return type === 'integer' ? 'an integer' : type === 'boolean' ? 'true or false' : `a ${type}`;
}

/** The failure any thrown error stands for. */
export function failureOfError(error: FastifyError | Error): ReaderFailure | null {
  if (error instanceof ReaderFailureError) return error.failure;
  const fastifyError = error as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
  if (fastifyError.validation) return failureOfValidation(fastifyError.validation[0], fastifyError.validationContext);
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { _tag: 'TooLarge', what: 'body', limit: BODY_LIMIT_BYTES };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { _tag: 'UnsupportedMediaType' };
    default:
      return null;
  }
}

/** Fastify's `setErrorHandler` function. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const failure = failureOfError(error);
  if (failure) return sendFailure(reply, failure);
  request.log.error({ err: error }, 'unexpected error answering %s %s', request.method, request.routeOptions.url);
  return sendFailure(reply, { _tag: 'Internal' });
}

/** Fastify's `setNotFoundHandler` function: 405 for any method but GET and HEAD, else 404. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendFailure(reply, { _tag: 'MethodNotAllowed', method: request.method });
  }
  return sendFailure(reply, notFound('route', request.url.split('?')[0] ?? request.url));
}
