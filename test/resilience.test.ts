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
import { postgresPoolConfig, QUERY_TIMEOUT_SLACK_MS } from '../src/platform/db/client.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { ModuleContext, StockroomModule } from '../src/platform/module.ts';

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, like a database outage. */
function startProxy(
  target: URL,
): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void>; stall(): void }> {
  const sockets = new Set<Socket>();
  let stalled = false;
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        // Forward both ways unless stalled: then bytes are swallowed and nothing is closed, as when a
        // network path silently drops packets.
        client.on('data', (chunk: Buffer) => {
          if (!stalled) upstream.write(chunk);
        });
        upstream.on('data', (chunk: Buffer) => {
          if (!stalled) client.write(chunk);
        });
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        if (address && typeof address === 'object') port = address.port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      server.close(() => resolve());
    });
  return listen().then(() => ({
    port,
    cut: stop,
    restore: listen,
    close: stop,
    stall: () => {
      stalled = true;
    },
  }));
}

const probeRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get('/store/probe', { schema: { response: { 200: Type.Object({ n: Type.Integer() }) } } }, async () => {
    const rows = await queryRows<{ n: number }>(db, sql`SELECT 1 AS n`);
    return { n: rows[0]?.n ?? 0 };
  });
};
const probe: StockroomModule = { name: 'probe', routes: probeRoutes };

test(
  'a stopped database gives 503 on readiness and API routes, and recovery needs no manual step',
  { skip: !TEST_DATABASE_URL },
  async () => {
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
  },
);

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
  // Read stderr from the start: an unread pipe that fills up would stall the child.
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}\n${stderr}`)), 180_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', () => reject(new Error(`server exited early: ${out}\n${stderr}`)));
    });
    const inFlight = fetch(`http://127.0.0.1:${port}/health/live`);
    await new Promise((resolve) => setTimeout(resolve, 500));
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

test('the pool bounds every query on the client and keeps TCP connections alive', () => {
  const config = loadConfig({ STOCKROOM_DB_STATEMENT_TIMEOUT_MS: '4000' });
  const pool = postgresPoolConfig('postgres://u@db.example:5432/shop', { statementTimeoutMs: config.dbStatementTimeoutMs });
  assert.equal(pool.query_timeout, 4000 + QUERY_TIMEOUT_SLACK_MS, 'a little above statement_timeout');
  assert.match(String(pool.options), /statement_timeout=4000/);
  assert.equal(pool.keepAlive, true);
  assert.ok((pool.keepAliveInitialDelayMillis ?? 0) > 0);
});

test(
  'a network path that silently drops packets gives 503 within the query timeout, not a hang',
  { skip: !TEST_DATABASE_URL },
  async () => {
    const url = new URL(TEST_DATABASE_URL!);
    const { schema } = await startTestDatabase({ migrate: false });
    const proxy = await startProxy(url);
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    proxied.hostname = '127.0.0.1';
    const database = await openDatabase({
      url: proxied.toString(),
      searchPath: schema,
      connectTimeoutMs: 1000,
      statementTimeoutMs: 1000,
      poolSize: 2,
    });
    try {
      await migrate(database);
      const t = await startTestApp({}, { database, schema: undefined }, [probe]);
      // Both pooled connections are open and idle when the path starts dropping packets.
      const warm = await Promise.all([1, 2].map(() => t.app.inject({ method: 'GET', url: '/store/probe' })));
      assert.deepEqual(
        warm.map((r) => r.statusCode),
        [200, 200],
      );
      proxy.stall();
      // Without a client-side bound this waits for TCP to give up (minutes); the guard only keeps a
      // regression from hanging the suite, it is far above the bound being tested (1 s + slack).
      let guard: NodeJS.Timeout | undefined;
      const hung = new Promise<'hung'>((resolve) => {
        guard = setTimeout(() => resolve('hung'), 60_000);
      });
      const api = await Promise.race([t.app.inject({ method: 'GET', url: '/store/probe' }), hung]);
      clearTimeout(guard);
      assert.notEqual(api, 'hung', 'the request hung on a stalled connection');
      if (api === 'hung') return;
      assert.equal(api.statusCode, 503, api.body);
      assert.equal(api.json<{ code: string }>().code, 'unavailable');
      await t.app.close();
    } finally {
      await proxy.close(); // destroys the stalled sockets, so the pool can end
      await database.close();
    }
  },
);
