/**
 * Generates the dashboard's types of the read API from the reader's own OpenAPI document
 * (`GET /openapi.json`) with openapi-typescript: `pnpm api-types` rewrites
 * apps/dashboard/src/api-types.generated.ts, and a test fails when the file is not current,
 * so the dashboard's answer types are the served schemas, never a copy kept by hand.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeVerifierKey, generateSignerKey, MemoryStore } from '@govledger/core';
import { createReader } from '@govledger/reader';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live. */
export const API_TYPES_PATH = join(import.meta.dirname, '..', 'apps', 'dashboard', 'src', 'api-types.generated.ts');

const HEADER = `/**
 * The read API's paths and answer schemas as TypeScript types, generated from the reader's
 * OpenAPI document by openapi-typescript. Do not edit: run \`pnpm api-types\`.
 */
`;

/** The reader's OpenAPI document, from a reader over an empty ledger with every optional route on. */
export async function readerOpenApiDocument(): Promise<Record<string, unknown>> {
  const signer = generateSignerKey('api-types.example/openapi');
  if (signer._tag === 'Left') throw new Error(signer.left.reason);
  const app = createReader({
    store: new MemoryStore(),
    verifierKey: encodeVerifierKey(signer.right),
    auditorToken: 'api-types-generation-token-0123456789',
    rateLimit: false,
    warmUp: false,
  });
  try {
    const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (answer.statusCode !== 200) throw new Error(`GET /openapi.json answered ${answer.statusCode}`);
    return answer.json() as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

/** The text of the generated types file for the current reader. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await readerOpenApiDocument()), { exportType: true });
  return `${HEADER}${astToString(ast)}`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(API_TYPES_PATH, await renderApiTypes());
  console.log(`wrote ${API_TYPES_PATH}`);
}
