import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ConfigSchema } from '../src/platform/config.ts';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

void test('every setting the server reads is documented in docs/configuration.md', () => {
  const guide = read('docs/configuration.md');
  const missing = Object.keys(ConfigSchema.properties).filter((name) => !guide.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});

void test('the README opens with the two set-up commands and links only to files that exist', () => {
  const readme = read('README.md');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands = firstBlock
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.replace(/\s+#.*$/, '').trim());
  assert.deepEqual(commands, ['npm ci && npm start', 'npm ci && npm test']);
  for (const doc of ['README.md', 'docs/api.md', 'docs/configuration.md', 'docs/operations.md', 'docs/contributing.md']) {
    const dir = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/') + 1) : '';
    for (const [, target] of read(doc).matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)) {
      assert.doesNotThrow(() => read(`${dir}${target}`), `${doc} links to ${target}, which does not exist`);
    }
  }
});
