// Runs every *.test.ts under src/ and test/ with node's test runner, each file in its own process
// (and so on its own database: an in-memory PGlite, or its own schema when DATABASE_URL is set).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...find(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = [...find('src'), ...find('test')].sort();
if (filter.length > 0) files = files.filter((f) => filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '3';
// A test (or a whole file) that hangs fails after 15 minutes; a file that never exits (a handle left open) stops the
// whole run after TEST_RUN_TIMEOUT_MS instead of stalling CI.
const runTimeoutMs = Number(process.env.TEST_RUN_TIMEOUT_MS ?? 40 * 60 * 1000);
// Browser tests (a Chromium each) run after the rest, one file at a time: beside two other test
// files on a 2-core machine their pages raced the assertions that read them.
const browser = files.filter((f) => f.includes('.browser.test.'));
const rest = files.filter((f) => !browser.includes(f));
const started = Date.now();
let status = 0;
for (const [group, groupConcurrency] of [
  [rest, concurrency],
  [browser, '1'],
]) {
  if (group.length === 0) continue;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${groupConcurrency}`, '--test-timeout=900000', '--test-reporter=spec', ...group],
    { stdio: 'inherit', env: process.env, timeout: Math.max(1, runTimeoutMs - (Date.now() - started)), killSignal: 'SIGKILL' },
  );
  if (result.error) console.error(`test run stopped: ${result.error.message}`);
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
