// Writes the OpenAPI document the app serves at /openapi.json to a file (for linters and clients).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from './openapi-document.ts';

const out = process.argv[2] ?? '.tmp/openapi.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await openApiDocument());
process.stdout.write(`wrote ${out}\n`);
