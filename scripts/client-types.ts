// Turns the OpenAPI document into the typed client's declarations (packages/client/schema.d.ts).
// One function, used by `npm run client` and by the test that fails when the committed file drifts.
import openapiTS, { astToString } from 'openapi-typescript';

export const CLIENT_DIR = 'packages/client';
export const SCHEMA_FILE = `${CLIENT_DIR}/schema.d.ts`;

const HEADER = '// Generated from the Stockroom OpenAPI document by `npm run client`. Do not edit by hand.\n\n';

export async function clientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
