// Compares the committed GraphQL SDL (schema/*.graphql) with the same files at a git ref (default
// HEAD) using @graphql-inspector/cli: every change is listed, and the exit status is 1 when any
// change is breaking (a removed field, a narrowed type, a new required argument).
// Usage: npm run graphql:diff [-- <ref>]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ref = process.argv[2] ?? 'HEAD';
const apis = ['store', 'admin'];
const inspector = join('node_modules', '.bin', 'graphql-inspector');
const dir = mkdtempSync(join(tmpdir(), 'graphql-diff-'));
let breaking = false;
try {
  for (const api of apis) {
    const current = join('schema', `${api}.graphql`);
    if (!existsSync(current)) continue;
    let old;
    try {
      old = execFileSync('git', ['show', `${ref}:schema/${api}.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      console.log(`${api}: no schema/${api}.graphql at ${ref}; nothing to compare`);
      continue;
    }
    const before = join(dir, `${api}.graphql`);
    writeFileSync(before, old);
    console.log(`== ${api} schema: ${ref} → working tree`);
    const result = spawnSync(inspector, ['diff', before, current], { stdio: 'inherit' });
    if (result.status !== 0) breaking = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (breaking) {
  console.error('graphql:diff: breaking changes (see above); name them in the change note.');
  process.exit(1);
}
