// Writes the SDL of the store and admin GraphQL schemas to schema/ (committed; a test compares).
import { mkdirSync, writeFileSync } from 'node:fs';
import { modules } from '../src/modules/index.ts';
import { apiSchemaFiles } from '../src/platform/graphql/index.ts';

const files = apiSchemaFiles(modules.flatMap((m) => (m.graphql ? [m.graphql] : [])));
mkdirSync('schema', { recursive: true });
for (const [api, sdl] of Object.entries(files)) {
  writeFileSync(`schema/${api}.graphql`, sdl);
  process.stdout.write(`wrote schema/${api}.graphql\n`);
}
