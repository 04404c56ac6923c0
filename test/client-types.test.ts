import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startTestApp } from './support/app.ts';
import { clientTypes, SCHEMA_FILE } from '../scripts/client-types.ts';

// The typed client (packages/client) ships declarations generated from the OpenAPI document. When a
// route changes, this fails until `npm run client` regenerates them, so the client cannot drift.
const t = await startTestApp();

test('the committed client types are the ones the current OpenAPI document generates', async () => {
  const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).body;
  const expected = await clientTypes(document);
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== expected) {
    const a = committed.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    assert.fail(
      `${SCHEMA_FILE} is out of date: run \`npm run client\` (first difference at line ${line + 1}: ` +
        `committed ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])})`,
    );
  }
});
