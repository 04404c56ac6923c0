// `npm run client`: regenerates the typed client's types from the current routes' OpenAPI document.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from './openapi-document.ts';
import { clientTypes, SCHEMA_FILE } from './client-types.ts';

const document = await openApiDocument();
writeFileSync(SCHEMA_FILE, await clientTypes(document));
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
