import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { startReceiver } from '../../../test/support/receiver.ts';
import { queryRows } from '../../platform/db/index.ts';
import { modules } from '../index.ts';
import { createEventsModule } from './index.ts';
import { createRelay } from './runner.ts';
import { isPrivateAddress, type Resolver } from './ssrf.ts';

// CHECKS.md S8: in production (no STOCKROOM_WEBHOOKS_ALLOW_PRIVATE) webhook URLs must be https and
// reach public addresses only — refused at registration (422), and blocked again at connect time on
// the addresses DNS gives then; redirects are never followed. A loopback canary proves no connection.

let rebindCalls = 0;
/** An injected resolver: `rebind.example` is public at registration and 127.0.0.1 afterwards (DNS rebinding). */
const resolve: Resolver = async (hostname) => {
  if (hostname === 'public.example') return [{ address: '93.184.216.34', family: 4 }];
  if (hostname === 'internal.example') return [{ address: '10.0.0.5', family: 4 }];
  if (hostname === 'mixed.example')
    return [
      { address: '93.184.216.34', family: 4 },
      { address: 'fc00::1', family: 6 },
    ];
  if (hostname === 'rebind.example') {
    rebindCalls += 1;
    return [{ address: rebindCalls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
  }
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};

const withResolver = [...modules.filter((m) => m.name !== 'events'), createEventsModule({ resolve })];
const prod = await startTestApp({ NODE_ENV: 'production', STOCKROOM_EVENTS_RELAY: 'false' }, undefined, withResolver);
const owner = { authorization: `Bearer ${await createStaffToken(prod, 'owner')}` };

/** A TCP server on loopback that only counts connections. */
async function startCanary(): Promise<{ port: number; connections: () => number }> {
  let count = 0;
  const server: Server = createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  test.after(() => new Promise<void>((r) => server.close(() => r())));
  return { port: (server.address() as AddressInfo).port, connections: () => count };
}

const register = (url: string, headers = owner, app = prod.app) =>
  app.inject({ method: 'POST', url: '/admin/webhooks', headers, payload: { url, events: ['product.created'] } });

test('every loopback, private, reserved, non-https and user-info URL is refused at registration with 422', async () => {
  const refused = [
    'http://127.0.0.1/',
    'https://127.0.0.1/',
    'http://[::1]/',
    'https://[::1]/',
    'http://2130706433/',
    'https://2130706433/',
    'http://0x7f.1/',
    'https://0x7f.1/',
    'https://0177.0.0.1/',
    'https://127.1/',
    'http://[::ffff:127.0.0.1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:7f00:1]/',
    'https://10.0.0.1/',
    'https://10.255.255.255/',
    'https://172.16.0.1/',
    'https://172.31.255.254/',
    'https://192.168.0.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://100.127.255.254/',
    'https://0.0.0.0/',
    'https://[::]/',
    'https://[fc00::1]/',
    'https://[fd12:3456::1]/',
    'https://[fe80::1]/',
    'https://[::ffff:10.0.0.1]/',
    'https://[64:ff9b::7f00:1]/',
    'https://224.0.0.1/',
    'https://localhost/',
    'https://internal.example/',
    'https://mixed.example/',
    'https://does-not-resolve.example/',
    'http://public.example/',
    'ftp://public.example/',
    'file:///etc/passwd',
    'gopher://public.example/',
    'javascript:alert(1)',
    'https://user:pass@public.example/',
    'https://public.example@127.0.0.1/',
    'https://public.example:x@127.0.0.1/',
    'not a url',
  ];
  for (const url of refused) {
    const res = await register(url);
    assert.equal(res.statusCode, 422, `${url} → ${res.statusCode} ${res.body}`);
    assert.equal(res.json<{ code: string }>().code, 'webhook_url_forbidden', url);
  }
  const [row] = await queryRows<{ n: number }>(prod.database.db, sql`SELECT count(*)::int AS n FROM webhook_endpoints`);
  assert.equal(row?.n, 0, 'nothing was stored');
  const ok = await register('https://public.example/hooks');
  assert.equal(ok.statusCode, 201, ok.body);
  // A change of URL goes through the same check.
  const id = ok.json<{ id: string }>().id;
  const patch = await prod.app.inject({
    method: 'PATCH',
    url: `/admin/webhooks/${id}`,
    headers: owner,
    payload: { url: 'https://10.0.0.1/' },
  });
  assert.equal(patch.statusCode, 422);
  await prod.app.inject({ method: 'DELETE', url: `/admin/webhooks/${id}`, headers: owner });
});

test('the address classifier: public addresses pass, every special range is private', () => {
  for (const a of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '172.32.0.1', '100.128.0.1'])
    assert.equal(isPrivateAddress(a), false, a);
  for (const a of [
    '127.0.0.1',
    '127.9.9.9',
    '10.1.1.1',
    '172.20.1.1',
    '192.168.9.9',
    '169.254.1.1',
    '100.64.1.1',
    '0.0.0.0',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fdff::1',
    'fe80::1%eth0',
    '::ffff:127.0.0.1',
    '::ffff:8.8.8.8',
    'ff02::1',
    'nonsense',
  ])
    assert.equal(isPrivateAddress(a), true, a);
});

test('DNS rebinding: a host that resolved public at registration and loopback at delivery is never connected to', async () => {
  const canary = await startCanary();
  rebindCalls = 0;
  const res = await register(`https://rebind.example:${canary.port}/hook`);
  assert.equal(res.statusCode, 201, res.body);
  const endpointId = res.json<{ id: string }>().id;
  // An endpoint whose stored URL names a loopback literal (registered before the rules, say) is blocked too.
  const literal = await register('https://public.example/literal');
  const literalId = literal.json<{ id: string }>().id;
  await prod.database.db.execute(sql`UPDATE webhook_endpoints SET url = ${`https://127.0.0.1:${canary.port}/`} WHERE id = ${literalId}`);

  const created = await prod.app.inject({ method: 'POST', url: '/admin/products', headers: owner, payload: { title: 'Rebind' } });
  assert.equal(created.statusCode, 201);
  const relay = createRelay(prod.database.db, { timeoutMs: 1000, retryBaseMs: 60_000, allowPrivate: false, resolve });
  await relay.drain();
  await relay.stop();
  assert.equal(canary.connections(), 0, 'the canary saw no connection');
  for (const id of [endpointId, literalId]) {
    const log = await prod.app.inject({ method: 'GET', url: `/admin/webhooks/${id}/deliveries`, headers: owner });
    const [attempt] = log.json<{ items: { status: string; error: string; responseCode: number | null }[] }>().items;
    assert.ok(attempt, `an attempt was logged for ${id}`);
    assert.equal(attempt.status, 'failed');
    assert.equal(attempt.responseCode, null);
    assert.match(attempt.error, /refused|private/);
  }
  assert.ok(rebindCalls >= 2, 'the host was resolved again at connect time');
  await prod.database.db.execute(sql`DELETE FROM webhook_endpoints`);
});

test('redirects are not followed: a 302 to loopback is a failed attempt and the canary sees nothing', async () => {
  // The development flag, on the same database: loopback receivers are allowed, redirects still not followed.
  const dev = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' }, prod.testDatabase);
  const devOwner = { authorization: `Bearer ${await createStaffToken(dev, 'owner')}` };
  const canary = await startCanary();
  const receiver = await startReceiver(0, () => ({
    status: 302,
    headers: { location: `http://127.0.0.1:${canary.port}/` },
    body: 'x'.repeat(5000),
  }));
  const res = await register(receiver.url, devOwner, dev.app);
  assert.equal(res.statusCode, 201, res.body);
  await dev.app.inject({ method: 'POST', url: '/admin/products', headers: devOwner, payload: { title: 'Redirected' } });
  const relay = createRelay(dev.database.db, { timeoutMs: 1000, retryBaseMs: 60_000, allowPrivate: true, resolve });
  await relay.drain();
  await relay.stop();
  assert.equal(receiver.received.length, 1);
  assert.equal(canary.connections(), 0);
  const log = await dev.app.inject({
    method: 'GET',
    url: `/admin/webhooks/${res.json<{ id: string }>().id}/deliveries`,
    headers: devOwner,
  });
  const [attempt] = log.json<{ items: { status: string; responseCode: number; responseBody: string }[] }>().items;
  assert.equal(attempt?.status, 'failed');
  assert.equal(attempt.responseCode, 302);
  assert.equal(attempt.responseBody.length, 1024, 'only the first 1 KB of the answer is kept');
});
