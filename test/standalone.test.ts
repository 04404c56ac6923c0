import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without type declarations
import { findOutsideReferences } from '../scripts/check-standalone.mjs';

const find = findOutsideReferences as (root: string, files: string[]) => string[];

void test('no file of the repository refers to a path outside it', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.length > 0);
  assert.deepEqual(find(root, files), []);
});

void test('the check catches links, imports and workspace paths that leave the repository', () => {
  // Built from parts, so that this file does not itself contain what the check looks for.
  const up = '..' + '/';
  const outside = `${up}shared/API.md`;
  const deepOutside = `${up}${up}${up}shared/API.md`;
  const workspace = '/' + 'work/shared';
  const root = mkdtempSync(join(tmpdir(), 'standalone-'));
  mkdirSync(join(root, 'src', 'a'), { recursive: true });
  writeFileSync(join(root, 'README.md'), `See [the contract](${outside}) and [ours](docs/api.md).\n`);
  writeFileSync(
    join(root, 'src', 'a', 'x.test.ts'),
    `readFileSync(new URL('${deepOutside}', import.meta.url));\nimport y from '${up}b/y.ts';\n`,
  );
  writeFileSync(join(root, 'src', 'a', 'z.ts'), `const notes = '${workspace}/DESIGN.md';\n`);
  const found = find(root, ['README.md', 'src/a/x.test.ts', 'src/a/z.ts']);
  assert.deepEqual(found, [`README.md:1: ${outside}`, `src/a/x.test.ts:1: ${deepOutside}`, `src/a/z.ts:1: ${workspace}`]);
});
