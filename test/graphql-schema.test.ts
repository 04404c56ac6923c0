import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { modules } from '../src/modules/index.ts';
import { apiSchemaFiles } from '../src/platform/graphql/index.ts';

void test('the committed SDL in schema/ is the SDL the code serves (run `npm run graphql:schema` after a schema change)', () => {
  const files = apiSchemaFiles(modules.flatMap((m) => (m.graphql ? [m.graphql] : [])));
  for (const [api, sdl] of Object.entries(files)) {
    const committed = readFileSync(new URL(`../schema/${api}.graphql`, import.meta.url), 'utf8');
    assert.equal(committed, sdl, `schema/${api}.graphql is out of date`);
  }
});
