// `npm run lighthouse`: audits the storefront as a phone sees it. Starts its own production-mode
// server with the demo shop on a free port (a fresh data directory under .tmp/lighthouse/), audits
// the home page, a category and a product page with Lighthouse's mobile profile on Debian's
// Chromium, prints SEO / accessibility / best practices / performance, and writes each report's JSON
// to .tmp/lighthouse/. Exits 1 when a score is under its target. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const OUT = join('.tmp', 'lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const START_DEADLINE_MS = 10 * 60_000;
const TARGETS = { seo: 1, accessibility: 0.95, 'best-practices': 0.95, performance: 0.9 };

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(base, server) {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/robots.txt`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start in time');
}

async function firstLink(url, prefix) {
  const body = await (await fetch(url)).text();
  const match = new RegExp(`href="(${prefix}[^"]+)"`).exec(body);
  if (!match) throw new Error(`no ${prefix} link on ${url}`);
  return match[1];
}

mkdirSync(OUT, { recursive: true });
const dataDir = join(OUT, 'data');
rmSync(dataDir, { recursive: true, force: true });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['bin/stockroom.mjs', 'serve'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    STOCKROOM_PUBLIC_URL: base,
    STOCKROOM_DATA_DIR: dataDir,
    STOCKROOM_DEMO_DATA: 'true',
    STOCKROOM_WORKERS: '1',
    LOG_LEVEL: 'warn',
    // A throwaway owner, so no generated password is printed.
    STOCKROOM_OWNER_EMAIL: 'owner@example.test',
    STOCKROOM_OWNER_PASSWORD: randomBytes(18).toString('base64url'),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

let chrome;
let failed = false;
try {
  process.stdout.write(`starting a production server with the demo shop on ${base} …\n`);
  await waitUntilUp(base, server);
  const category = await firstLink(`${base}/`, '/categories/');
  const product = await firstLink(`${base}${category}`, '/products/');
  const pages = { home: '/', category, product };

  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    // A warm-up load, so the audit measures the page and not the server's first compile of it.
    await fetch(`${base}${path}`);
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    writeFileSync(join(OUT, `${name}.json`), result.report);
    const scores = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, result.lhr.categories[key]?.score ?? 0]));
    rows.push({ name, path, scores });
    for (const [key, target] of Object.entries(TARGETS)) {
      if (scores[key] < target) {
        failed = true;
        const audits = result.lhr.categories[key].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id} (${a.score})`);
        process.stdout.write(`  ${name} ${key} ${scores[key]} < ${target}: ${audits.join(', ')}\n`);
      }
    }
  }
  const header = ['page', ...Object.keys(TARGETS), 'path'];
  process.stdout.write(`\n${header.join('\t')}\n`);
  for (const row of rows) {
    process.stdout.write(`${[row.name, ...Object.keys(TARGETS).map((k) => row.scores[k].toFixed(2)), row.path].join('\t')}\n`);
  }
  process.stdout.write(
    `\ntargets: ${Object.entries(TARGETS)
      .map(([k, v]) => `${k} >= ${v}`)
      .join(', ')}; reports in ${OUT}/\n`,
  );
} catch (error) {
  failed = true;
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  if (chrome) await chrome.kill();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
