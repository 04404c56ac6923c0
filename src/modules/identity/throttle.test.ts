import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { buildApp, type StockroomApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { queryRows } from '../../platform/db/index.ts';
import { startTestDatabase } from '../../../test/support/database.ts';
import { randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import { createIdentityModule, type IdentityOptions } from './index.ts';
import { memoryThrottle, throttleAddress } from './throttle.ts';

// Long enough for six argon2 verifications on a loaded 2-core machine, short enough to wait out.
const WINDOW_MS = 3000;
// Tests that count attempts inside one window use a long one: many argon2 verifications on a busy
// 2-core machine can outlast the short window, which would reset the count mid-test.
const LONG_WINDOW_MS = 60_000;
const { database } = await startTestDatabase();
const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };

const limits = (windowMs: number): IdentityOptions => ({
  // Known-address markers outlive the test by little, so test keys do not linger in Redis for a month.
  login: { windowMs, perAccountAndIp: 5, perIp: 8, accountWindowMs: windowMs, perAccount: 7, knownAddressMs: 2 * LONG_WINDOW_MS },
  registration: { windowMs, perIp: 4 },
  reset: { windowMs, perEmail: 3, perIp: 6 },
});

/** An app with only the identity module and short throttle limits (so no test sleeps an hour). */
async function identityApp(env: Record<string, string>, options: IdentityOptions): Promise<StockroomApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STOCKROOM_DEMO_DATA: 'false', ...env });
  const app = await buildApp(config, { database, modules: [createIdentityModule(options)] });
  await app.ready();
  after(() => app.close());
  return app;
}

const newPrefix = () => `stockroom-test:${randomBytes(6).toString('hex')}:`;
const memoryApp = await identityApp({}, limits(WINDOW_MS));
const redisPrefix = newPrefix();
const redisApps = [
  await identityApp(REDIS, { ...limits(WINDOW_MS), throttlePrefix: redisPrefix }),
  await identityApp(REDIS, { ...limits(WINDOW_MS), throttlePrefix: redisPrefix }),
];
const longMemoryApp = await identityApp({}, limits(LONG_WINDOW_MS));
const longPrefix = newPrefix();
const longRedisApps = [
  await identityApp(REDIS, { ...limits(LONG_WINDOW_MS), throttlePrefix: longPrefix }),
  await identityApp(REDIS, { ...limits(LONG_WINDOW_MS), throttlePrefix: longPrefix }),
];
/** Each kind of store: one in-process app, and two app instances sharing Redis. */
const LONG_SETUPS: [string, StockroomApp[]][] = [
  ['in-process', [longMemoryApp]],
  ['Redis', longRedisApps],
];

async function register(app: StockroomApp, password: string): Promise<string> {
  const email = uniqueEmail('throttle');
  const res = await app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  assert.equal(res.statusCode, 201);
  return email;
}

const login = (app: StockroomApp, email: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password }, remoteAddress: ip });

async function sixthWrongPasswordFromOneAddressIsLimited(apps: StockroomApp[]): Promise<void> {
  const email = await register(apps[0]!, 'the right password');
  const ip = randomIp();
  for (let i = 0; i < 5; i += 1) {
    // Alternate processes: the counter is shared.
    const res = await login(apps[i % apps.length]!, email, 'a wrong password', ip);
    assert.equal(res.statusCode, 401, `attempt ${i + 1}`);
  }
  const sixth = await login(apps.at(-1)!, email, 'a wrong password', ip);
  assert.equal(sixth.statusCode, 429);
  assert.equal(sixth.json().code, 'rate_limited');
  assert.ok(Number(sixth.headers['retry-after']) >= 1);
  const rightButBlocked = await login(apps[0]!, email, 'the right password', ip);
  assert.equal(rightButBlocked.statusCode, 429, 'the window holds even for the right password');
  await sleep(WINDOW_MS + 100);
  const afterWindow = await login(apps[0]!, email, 'the right password', ip);
  assert.equal(afterWindow.statusCode, 200, 'the address may sign in once the window has passed');
}

void test('in-process: the 6th wrong password from one address within the window gets 429; the right one works after it', async () => {
  await sixthWrongPasswordFromOneAddressIsLimited([memoryApp]);
});

void test('Redis: the throttle is shared by two app instances', async () => {
  await sixthWrongPasswordFromOneAddressIsLimited(redisApps);
});

void test('a concurrent burst of wrong passwords gets at most `limit` attempts to the password check; the right password in it is refused', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const email = await register(apps[0]!, 'the right password');
    const ip = randomIp();
    // 30 wrong guesses at once, spread over the app instances, then the right password: on each
    // instance requests reach the throttle in the order sent, so at least 15 attempts are counted or
    // refused before the right one, and the limit (5) is passed by then.
    const wrong = Array.from({ length: 30 }, (_, i) => login(apps[i % apps.length]!, email, `wrong guess ${i}`, ip));
    const right = login(apps[0]!, email, 'the right password', ip);
    const answers = (await Promise.all(wrong)).map((r) => r.statusCode);
    const checked = answers.filter((s) => s !== 429);
    assert.ok(
      checked.every((s) => s === 401),
      `${name}: ${answers.join(',')}`,
    );
    assert.ok(checked.length <= 5, `${name}: ${checked.length} attempts reached the password check, limit 5`);
    assert.equal(checked.length, 5, `${name}: the limit is used, not undercounted`);
    assert.equal((await right).statusCode, 429, `${name}: the right password inside the burst does not get in`);
  }
});

void test('an attacker at one address does not lock the real user out: other addresses still sign in', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const email = await register(apps[0]!, 'the right password');
    const attacker = randomIp();
    for (let i = 0; i < 5; i += 1) assert.equal((await login(apps[i % apps.length]!, email, 'a wrong password', attacker)).statusCode, 401);
    assert.equal((await login(apps[0]!, email, 'a wrong password', attacker)).statusCode, 429, `${name}: the attacker is stopped`);
    assert.equal(
      (await login(apps.at(-1)!, email, 'the right password', randomIp())).statusCode,
      200,
      `${name}: the owner signs in elsewhere`,
    );
    assert.equal(
      (await login(apps[0]!, email, 'the right password', attacker)).statusCode,
      429,
      `${name}: still not from the attacker's address`,
    );
  }
});

void test('per account: a ceiling over all new addresses, which does not stop addresses the account signed in from', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const email = await register(apps[0]!, 'the right password');
    const home = randomIp();
    assert.equal((await login(apps[0]!, email, 'the right password', home)).statusCode, 200, `${name}: home becomes a known address`);
    // The ceiling is 7 per window: 7 wrong passwords, each from a different new address.
    for (let i = 0; i < 7; i += 1) {
      assert.equal((await login(apps[i % apps.length]!, email, 'a wrong password', randomIp())).statusCode, 401, `${name}: guess ${i + 1}`);
    }
    const fromNew = await login(apps[0]!, email, 'the right password', randomIp());
    assert.equal(fromNew.statusCode, 429, `${name}: no more attempts from new addresses, even with the right password`);
    assert.ok(Number(fromNew.headers['retry-after']) >= 1);
    assert.equal(
      (await login(apps.at(-1)!, email, 'the right password', home)).statusCode,
      200,
      `${name}: the known address still signs in`,
    );
  }
});

void test('per IP: many accounts from one address are limited, other addresses are not', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const ip = randomIp();
    for (let i = 0; i < 8; i += 1) {
      assert.equal((await login(apps[i % apps.length]!, uniqueEmail('spray'), 'a wrong password', ip)).statusCode, 401, name);
    }
    assert.equal((await login(apps[0]!, uniqueEmail('spray'), 'a wrong password', ip)).statusCode, 429, name);
    assert.equal((await login(apps[0]!, uniqueEmail('spray'), 'a wrong password', randomIp())).statusCode, 401, name);
  }
});

void test('successful sign-ins use up no budget', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const email = await register(apps[0]!, 'the right password');
    const ip = randomIp();
    for (let i = 0; i < 12; i += 1) {
      assert.equal((await login(apps[i % apps.length]!, email, 'the right password', ip)).statusCode, 200, `${name}: sign-in ${i + 1}`);
    }
  }
});

void test('staff login is throttled too', async () => {
  const email = uniqueEmail('staff');
  for (let i = 0; i < 5; i += 1) {
    assert.equal(
      (
        await memoryApp.inject({
          method: 'POST',
          url: '/auth/staff/login',
          payload: { email, password: 'wrong pw!' },
          remoteAddress: '10.7.0.1',
        })
      ).statusCode,
      401,
    );
  }
  assert.equal(
    (
      await memoryApp.inject({
        method: 'POST',
        url: '/auth/staff/login',
        payload: { email, password: 'wrong pw!' },
        remoteAddress: '10.7.0.1',
      })
    ).statusCode,
    429,
  );
});

void test('registrations are limited per IP (every attempt counts), in-process and shared through Redis', async () => {
  for (const apps of [[memoryApp], redisApps]) {
    const ip = randomIp();
    const signUp = (app: StockroomApp, email = uniqueEmail('signup'), from = ip) =>
      app.inject({
        method: 'POST',
        url: '/auth/customers/register',
        payload: { email, password: 'a sign-up password' },
        remoteAddress: from,
      });
    const taken = uniqueEmail('taken');
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await signUp(apps[i % apps.length]!, i < 2 ? taken : undefined)).statusCode);
    assert.deepEqual(answers, [201, 409, 201, 201], 'a taken email counts as an attempt too');
    const fifth = await signUp(apps.at(-1)!);
    assert.equal(fifth.statusCode, 429);
    assert.equal(fifth.json().code, 'rate_limited');
    assert.ok(Number(fifth.headers['retry-after']) >= 1);
    assert.equal((await signUp(apps[0]!, uniqueEmail('other'), randomIp())).statusCode, 201, 'another IP is not affected');
    await sleep(WINDOW_MS + 100);
    assert.equal((await signUp(apps[0]!)).statusCode, 201, 'the IP may sign up again after the window');
  }
});

void test('a concurrent burst of sign-ups from one address creates at most `limit` accounts', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const ip = randomIp();
    const answers = (
      await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          apps[i % apps.length]!.inject({
            method: 'POST',
            url: '/auth/customers/register',
            payload: { email: uniqueEmail('burst'), password: 'a sign-up password' },
            remoteAddress: ip,
          }),
        ),
      )
    ).map((r) => r.statusCode);
    assert.equal(answers.filter((s) => s === 201).length, 4, `${name}: ${answers.join(',')}`);
    assert.equal(answers.filter((s) => s === 429).length, 12, name);
  }
});

void test('a concurrent burst of reset requests sends at most `limit` emails to one address, and is limited per IP', async () => {
  for (const [name, apps] of LONG_SETUPS) {
    const email = await register(apps[0]!, 'the right password');
    const reset = (i: number, ip: string) =>
      apps[i % apps.length]!.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email }, remoteAddress: ip });
    // From many addresses at once: the per-email limit (3) holds.
    const spread = await Promise.all(Array.from({ length: 12 }, (_, i) => reset(i, randomIp())));
    assert.ok(
      spread.every((r) => r.statusCode === 202),
      name,
    );
    const [sent] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM emails WHERE to_address = ${email}`);
    assert.equal(sent?.n, 3, `${name}: emails sent to one address`);
    // From one address at once: the per-IP limit (6) holds.
    const ip = randomIp();
    const answers = (await Promise.all(Array.from({ length: 12 }, (_, i) => reset(i, ip)))).map((r) => r.statusCode);
    assert.equal(answers.filter((s) => s === 202).length, 6, `${name}: ${answers.join(',')}`);
    assert.equal(answers.filter((s) => s === 429).length, 6, name);
  }
});

void test('IPv6 clients are counted by their /64 network; IPv4-mapped addresses as IPv4', async () => {
  assert.equal(throttleAddress('203.0.113.7'), '203.0.113.7');
  assert.equal(throttleAddress('::ffff:203.0.113.7'), '203.0.113.7');
  assert.equal(throttleAddress('::ffff:cb00:7107'), '203.0.113.7');
  assert.equal(throttleAddress('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(throttleAddress('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
  assert.equal(throttleAddress('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(throttleAddress('fe80::1%eth0'), 'fe80:0:0:0::/64');
  assert.equal(throttleAddress('::1'), '0:0:0:0::/64');
  const prefix = `2001:db8:${randomBytes(2).toString('hex')}:7`;
  const statuses = [];
  for (let i = 0; i < 5; i += 1) {
    statuses.push(
      (
        await memoryApp.inject({
          method: 'POST',
          url: '/auth/customers/register',
          payload: { email: uniqueEmail('v6'), password: 'a sign-up password' },
          remoteAddress: `${prefix}::${i + 1}`,
        })
      ).statusCode,
    );
  }
  assert.deepEqual(statuses, [201, 201, 201, 201, 429], 'five addresses of one /64 share one counter');
});

void test('in-process markers are capped and expire; counters are untouched by them', async () => {
  let clock = 0;
  const throttle = memoryThrottle({ now: () => clock });
  assert.equal(await throttle.take([{ key: 'c', limit: 1, windowMs: 1000 }]), 0);
  for (let i = 0; i < 100_010; i += 1) await throttle.mark(`m${i}`, 5000);
  assert.equal(await throttle.isMarked('m0'), false, 'the oldest marker went past the cap');
  assert.equal(await throttle.isMarked('m100009'), true);
  assert.ok((await throttle.take([{ key: 'c', limit: 1, windowMs: 1000 }])) > 0, 'the counter still holds');
  clock = 6000;
  assert.equal(await throttle.isMarked('m100009'), false, 'markers expire');
  assert.equal(await throttle.take([{ key: 'c', limit: 1, windowMs: 1000 }]), 0);
  await throttle.close();
});
