import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { TEST_DATABASE_URL, startTestDatabase } from './support/database.ts';
import { startTestApp } from './support/app.ts';
import { openDatabase, migrate, queryRows } from '../src/platform/db/index.ts';
import type { ModuleContext, StockroomModule } from '../src/platform/module.ts';

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, like a database outage. */
function startProxy(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () => new Promise<void>((resolve) => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') port = address.port;
      resolve();
    });
  });
  const stop = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    sockets.clear();
    server.close(() => resolve());
  });
  return listen().then(() => ({ port, cut: stop, restore: listen, close: stop }));
}

const probeRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get('/store/probe', { schema: { response: { 200: Type.Object({ n: Type.Integer() }) } } }, async () => {
    const rows = await queryRows<{ n: number }>(db, sql`SELECT 1 AS n`);
    return { n: rows[0]?.n ?? 0 };
  });
};
const probe: StockroomModule = { name: 'probe', routes: probeRoutes };

test('a stopped database gives 503 on readiness and API routes, and recovery needs no manual step', { skip: !TEST_DATABASE_URL }, async () => {
  const url = new URL(TEST_DATABASE_URL!);
  const { schema } = await startTestDatabase({ migrate: false }); // this file's own schema, dropped after
  const proxy = await startProxy(url);
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  proxied.hostname = '127.0.0.1';
  const database = await openDatabase({ url: proxied.toString(), searchPath: schema, connectTimeoutMs: 1000 });
  try {
    await migrate(database);
    const t = await startTestApp({}, { database, schema: undefined }, [probe]);
    assert.equal((await t.app.inject({ method: 'GET', url: '/store/probe' })).statusCode, 200);

    await proxy.cut();
    const started = Date.now();
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json<{ code: string }>().code, 'unavailable');
    const api = await t.app.inject({ method: 'GET', url: '/store/probe' });
    assert.equal(api.statusCode, 503);
    assert.match(String(api.headers['content-type']), /problem\+json/);
    assert.equal(api.json<{ code: string }>().code, 'unavailable');
    assert.ok(api.headers['retry-after']);
    assert.doesNotMatch(api.body, /ECONNREFUSED|pg|stack|SELECT/i);
    assert.ok(Date.now() - started < 5000, 'fails fast instead of hanging');
    assert.equal((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200);

    await proxy.restore();
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i += 1) {
      recovered = (await t.app.inject({ method: 'GET', url: '/store/probe' })).statusCode === 200;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(recovered, 'serves again once the database is back');
    assert.equal((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200);
    await t.app.close();
  } finally {
    await database.close();
    await proxy.close(); // an open proxy would keep this test file's process alive
  }
});

test('SIGTERM during a slow in-flight request lets it finish, then exits 0', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-sigterm-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    STOCKROOM_DATA_DIR: dataDir,
    STOCKROOM_DEMO_DATA: 'false',
    STOCKROOM_FAILPOINT: 'http.request:sleep',
    LOG_LEVEL: 'info',
  };
  delete env.NODE_TEST_CONTEXT; // the child is a server, not a test process
  if (TEST_DATABASE_URL) {
    // On the server run, give the child its own schema through a search_path in the URL options.
    const { schema } = await startTestDatabase();
    const withSchema = new URL(TEST_DATABASE_URL);
    withSchema.searchParams.set('options', `-c search_path=${schema ?? 'public'}`);
    env.DATABASE_URL = withSchema.toString();
  } else {
    delete env.DATABASE_URL;
  }
  const child = spawn(process.execPath, ['bin/stockroom.mjs', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', () => reject(new Error(`server exited early: ${out}`)));
    });
    const inFlight = fetch(`http://127.0.0.1:${port}/health/live`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const response = await inFlight;
    assert.equal(response.status, 200, 'the in-flight request finished');
    assert.equal(await exited, 0, stderr);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
