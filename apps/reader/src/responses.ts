/**
 * Response schemas shared by every route: the error body, and the ledger point a state
 * answer stands at (the size of the ledger folded and that tree's root, so an auditor can
 * tie any dashboard figure to a signed checkpoint).
 */
import type { StateView } from './projection-states.ts';
import { count, obj, type Schema, str } from './schema.ts';

/** `{"error": {"code", "message", "parameter"?}}`. */
export const errorSchema: Schema = {
  type: 'object',
  description: 'An error: a stable code and a message naming the parameter, id or rule.',
  additionalProperties: false,
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        parameter: { type: 'string', description: 'the parameter at fault (BadParameter only)' },
      },
    },
  },
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter is malformed or out of range (the message names it and says why).',
  401: 'An auditor token is needed, or the one given is not valid.',
  404: 'No such thing (as of the state asked for).',
  503: 'A service the answer needs is not configured or not answering.',
};

/** Response schemas: `ok` for 200, the error body for each other status. */
export function responses(ok: Schema, ...errors: number[]): Record<number, Schema> {
  const out: Record<number, Schema> = { 200: ok };
  for (const status of [400, ...errors]) {
    out[status] = { ...errorSchema, description: ERROR_DESCRIPTIONS[status] ?? 'An error.' };
  }
  return out;
}

/** Where in the ledger an answer stands. */
export interface LedgerPoint {
  /** The number of entries folded into the answer. */
  readonly size: number;
  /** Standard base64 RFC 6962 root of those entries. */
  readonly root: string;
  /** Where the signed checkpoint of that size is served (when one was issued at that size). */
  readonly checkpoint: string;
}

/** The path of the checkpoint of `size` (the `Link` of every state answer). */
export function checkpointLinkOf(size: number): string {
  return `/v1/ledger/checkpoint?size=${size}`;
}

/** The ledger point of a state view (or of any size and its base64 root). */
export function ledgerPointOf(view: Pick<StateView, 'size' | 'root'>): LedgerPoint {
  return { size: view.size, root: view.root, checkpoint: checkpointLinkOf(view.size) };
}

/** Schema of {@link LedgerPoint}. */
export const ledgerPointSchema: Schema = obj(
  {
    size: count('entries folded into this answer'),
    root: str('standard base64 RFC 6962 root of those entries'),
    checkpoint: str('path of the signed checkpoint of that size (the same as the Link header)'),
  },
  'The ledger point the answer stands at: compare the root with a signed checkpoint of the same size.',
);
