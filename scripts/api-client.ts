/**
 * Regenerates the typed API client's types (packages/api-client/src/schema.d.ts) from the API
 * description the app serves at GET /api/v1/openapi.json, with openapi-typescript:
 *
 *   npm run api-client
 *
 * apps/server/src/http/api-client.test.ts fails while the committed file differs from what this
 * writes, so the client can never drift from the routes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const CLIENT_SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/api-client/src/schema.d.ts');

const HEADER = `/**
 * Generated from GET /api/v1/openapi.json by openapi-typescript (npm run api-client).
 * Do not edit: change the routes and regenerate.
 */

`;

/** The TypeScript source of the client's types for an API description. */
export async function clientSchemaSource(document: object): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as OpenAPI3, { silent: true, alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const { createTestApp } = await import('../apps/server/src/testing/test-app');
  const t = await createTestApp();
  try {
    const document = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as object;
    writeFileSync(CLIENT_SCHEMA_PATH, await clientSchemaSource(document));
    console.log(`Wrote ${path.relative(process.cwd(), CLIENT_SCHEMA_PATH)}`);
  } finally {
    await t.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
