import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

// The server explains itself: what a person sees on the console when a setting is wrong, the
// database or the port is not there, and on the first start. Each case is a real `stockroom` process.

/** A clean environment: the embedded database in a fresh directory, nothing inherited that matters. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, STOCKROOM_DEMO_DATA: 'false', PORT: '0', LOG_LEVEL: 'info' };
  for (const key of Object.keys(base))
    if (key === 'DATABASE_URL' || key === 'NODE_ENV' || key.startsWith('STOCKROOM_CORS')) delete base[key];
  delete base.NODE_TEST_CONTEXT;
  return { ...base, ...extra };
}

function run(environment: NodeJS.ProcessEnv, args: string[], input?: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/stockroom.mjs', ...args],
      { env: environment, timeout: 180_000 },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

/** `stockroom serve` in a child process, with everything it wrote kept. */
async function serve(environment: NodeJS.ProcessEnv): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['bin/stockroom.mjs', 'serve'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`server exited before listening: ${output}`)));
  });
  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-startup-'));
  test.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

test('a bad setting stops the process with one line that says what is allowed', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ LOG_LEVEL: 'verbose' }, /^Invalid LOG_LEVEL: "verbose" is not one of fatal, error, warn, info, debug, trace, silent$/],
    [{ NODE_ENV: 'prod' }, /^Invalid NODE_ENV: "prod" is not one of development, production, test$/],
    [{ STOCKROOM_DEMO_DATA: 'yes' }, /^Invalid STOCKROOM_DEMO_DATA: "yes" is not one of true, false$/],
    [{ STOCKROOM_EMBEDDED_FSYNC: 'on' }, /^Invalid STOCKROOM_EMBEDDED_FSYNC: "on" is not one of commit, off$/],
    [{ PORT: '' }, /^Invalid PORT: it is set but empty; give a whole number between 0 and 65535 or unset it$/],
    [
      { STOCKROOM_CORS_STORE_ORIGINS: 'shop.example' },
      /^Invalid STOCKROOM_CORS_STORE_ORIGINS: "shop\.example" is not an origin; .*https:\/\/shop\.example$/,
    ],
  ];
  const results = await Promise.all(cases.map(([extra]) => run(env({ STOCKROOM_DATA_DIR: tempDir(), ...extra }), ['serve'])));
  results.forEach((result, i) => {
    const [extra, expected] = cases[i]!;
    assert.equal(result.status, 1, JSON.stringify(extra));
    assert.match(result.stderr.trim(), expected);
    assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(result.stdout, '');
  });
});

test('an unreachable database names DATABASE_URL and what to try, without its password', async () => {
  const result = await run(env({ DATABASE_URL: 'postgres://shop:s3cret@127.0.0.1:1/shop' }), ['serve']);
  assert.equal(result.status, 1);
  const line = result.stderr.trim();
  assert.match(
    line,
    /^Cannot connect to the database at DATABASE_URL=postgres:\/\/shop:\*\*\*@127\.0\.0\.1:1\/shop \(.*ECONNREFUSED.*\)\. /,
  );
  assert.match(line, /Is PostgreSQL running and listening on that host and port\? Or unset DATABASE_URL to use the embedded database\.$/);
  assert.ok(!line.includes('s3cret'));
});

test('a taken port is reported before the database or the demo shop is touched', async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const port = (holder.address() as AddressInfo).port;
  const dataDir = join(tempDir(), 'data');
  const result = await run(env({ PORT: String(port), STOCKROOM_DATA_DIR: dataDir, STOCKROOM_DEMO_DATA: 'true' }), ['serve']);
  await new Promise((resolve) => holder.close(resolve));
  assert.equal(result.status, 1);
  assert.match(result.stderr.trim(), new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use .* PORT=${port + 1} npm start$`));
  assert.equal(existsSync(dataDir), false, 'the database was never opened');
});

test('first start: the /docs URL, the owner, how to reset the password; pretty logs in development, JSON in production', async () => {
  const dataDir = tempDir();
  const first = await serve(env({ STOCKROOM_DATA_DIR: dataDir, NODE_ENV: 'development' }));
  assert.equal((await fetch(`${first.url}/store/products?limit=1`)).status, 200);
  await first.stop();
  const printed = first.output();
  assert.match(printed, /Created the first owner: owner@localhost/);
  const password = /Generated password \(shown once, change it after signing in\): (\S+)/.exec(printed)?.[1];
  assert.ok(password);
  assert.match(printed, /Lost it\? Set a new one with: npx stockroom reset-password --email=owner@localhost/);
  assert.match(printed, new RegExp(`API reference at ${first.url.replace(/[.]/g, '\\.')}/docs`));
  assert.match(printed, /GET \/store\/products\?limit=1 200 \d+ ms/, 'one pretty line per request');
  assert.doesNotMatch(printed, /^\{"level"/m, 'no JSON lines in development');

  const reset = await run(env({ STOCKROOM_DATA_DIR: dataDir }), ['reset-password', '--email=owner@localhost']);
  assert.equal(reset.status, 0, reset.stderr);
  const generated = /New password \(shown once\): (\S+)/.exec(reset.stdout)?.[1];
  assert.ok(generated && generated !== password);
  assert.equal(`${reset.stdout}${reset.stderr}`.split(generated).length, 2, 'printed once, never logged');

  const chosen = 'a brand new owner password';
  const piped = await run(
    env({ STOCKROOM_DATA_DIR: dataDir }),
    ['reset-password', '--email', 'owner@localhost', '--password-stdin'],
    `${chosen}\n`,
  );
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(!`${piped.stdout}${piped.stderr}`.includes(chosen), 'a piped password is never printed');
  const unknown = await run(env({ STOCKROOM_DATA_DIR: dataDir }), ['reset-password', '--email=ghost@example.test']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stdout, /No staff member has the email ghost@example\.test/);

  const second = await serve(env({ STOCKROOM_DATA_DIR: dataDir, NODE_ENV: 'production' }));
  try {
    const login = (pw: string) =>
      fetch(`${second.url}/auth/staff/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@localhost', password: pw }),
      });
    assert.equal((await login(chosen)).status, 200);
    assert.equal((await login(password)).status, 401);
  } finally {
    await second.stop();
  }
  assert.match(second.output(), /^\{"level":30,.*"msg":"request completed"/m, 'production logs stay JSON');
});
