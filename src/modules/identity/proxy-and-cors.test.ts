import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from '../../platform/config.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { uniqueEmail } from '../../../test/support/auth.ts';

// Two sign-ups per address and window, so a third from the same client is refused.
const t = await startTestApp({ STOCKROOM_TRUST_PROXY: '10.20.0.0/16, 192.0.2.7', STOCKROOM_REGISTER_LIMIT_PER_IP: '2' });

const signUp = (remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email: uniqueEmail('proxy'), password: 'a sign-up password' },
    remoteAddress,
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });

void test('behind a trusted proxy, clients with different X-Forwarded-For have their own counters', async () => {
  // Both clients arrive through the same load balancer (10.20.0.5, inside the trusted range).
  for (let i = 0; i < 2; i += 1) {
    assert.equal((await signUp('10.20.0.5', '198.51.100.1')).statusCode, 201);
    assert.equal((await signUp('10.20.0.5', '198.51.100.2')).statusCode, 201);
  }
  assert.equal((await signUp('10.20.0.5', '198.51.100.1')).statusCode, 429, 'the first client is over its limit');
  assert.equal((await signUp('192.0.2.7', '198.51.100.3')).statusCode, 201, 'a single trusted address works too');
  // A chain: the client's address is the nearest one not in the trusted list.
  assert.equal((await signUp('10.20.0.5', '203.0.113.9, 198.51.100.1')).statusCode, 429, 'a spoofed first hop does not help');
  const logged = t.logs
    .map((line) => JSON.parse(line) as { req?: { remoteAddress?: string } })
    .flatMap((l) => (l.req?.remoteAddress ? [l.req.remoteAddress] : []));
  assert.ok(logged.includes('198.51.100.2'), 'request log lines name the client, not the proxy');
  assert.ok(!logged.includes('10.20.0.5'));
});

void test("an untrusted sender's X-Forwarded-For is ignored", async () => {
  const statuses = [];
  for (let i = 0; i < 3; i += 1) statuses.push((await signUp('10.30.0.9', `198.51.100.${10 + i}`)).statusCode);
  assert.deepEqual(statuses, [201, 201, 429], 'one counter for the sender, whatever it claims');
});

void test('STOCKROOM_TRUST_PROXY takes addresses and CIDR ranges only; the default trusts nobody', () => {
  const base = { NODE_ENV: 'test' };
  assert.deepEqual(loadConfig(base).trustProxy, []);
  assert.deepEqual(loadConfig({ ...base, STOCKROOM_TRUST_PROXY: '10.0.0.0/8,::1, 2001:db8::/32' }).trustProxy, [
    '10.0.0.0/8',
    '::1',
    '2001:db8::/32',
  ]);
  for (const bad of ['everything', '10.0.0.0/33', '10.0.0.1/8/9', '::1/129', '*']) {
    assert.throws(
      () => loadConfig({ ...base, STOCKROOM_TRUST_PROXY: bad }),
      (error: unknown) => error instanceof ConfigError && error.message.startsWith('Invalid STOCKROOM_TRUST_PROXY'),
      bad,
    );
  }
  assert.throws(() => loadConfig({ ...base, STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '0' }), ConfigError);
  assert.equal(loadConfig({ ...base, STOCKROOM_LOGIN_LIMIT_PER_IP: '50' }).limits.loginPerIp, 50);
});

void test('CORS: staff sign-in follows the admin origins, customer sign-in the store origins, logout both', async () => {
  const cors = await startTestApp({
    STOCKROOM_CORS_STORE_ORIGINS: 'https://shop.example',
    STOCKROOM_CORS_ADMIN_ORIGINS: 'https://admin.example',
  });
  const preflight = async (url: string, origin: string) =>
    (
      await cors.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    ).headers['access-control-allow-origin'];
  assert.equal(await preflight('/auth/staff/login', 'https://admin.example'), 'https://admin.example');
  assert.equal(await preflight('/auth/staff/login?x=1', 'https://admin.example'), 'https://admin.example');
  assert.equal(await preflight('/auth/staff/login', 'https://shop.example'), undefined);
  assert.equal(await preflight('/auth/customers/login', 'https://shop.example'), 'https://shop.example');
  assert.equal(await preflight('/auth/customers/login', 'https://admin.example'), undefined);
  assert.equal(await preflight('/auth/logout', 'https://admin.example'), 'https://admin.example');
  assert.equal(await preflight('/auth/logout', 'https://shop.example'), 'https://shop.example');
  assert.equal(await preflight('/auth/logout', 'https://evil.example'), undefined);
  const login = await cors.app.inject({
    method: 'POST',
    url: '/auth/staff/login',
    headers: { origin: 'https://admin.example' },
    payload: { email: uniqueEmail('nobody'), password: 'not a password' },
  });
  assert.equal(login.headers['access-control-allow-origin'], 'https://admin.example', 'the answer itself is readable by the admin app');
});
