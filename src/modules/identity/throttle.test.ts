import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp, type StockroomApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { startTestDatabase } from '../../../test/support/database.ts';
import { randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import { createIdentityModule } from './index.ts';

// Long enough for six argon2 verifications on a loaded 2-core machine, short enough to wait out.
const WINDOW_MS = 3000;
const { database } = await startTestDatabase();

/** An app with only the identity module and a short throttle window (so no test sleeps a minute). */
async function identityApp(env: Record<string, string>, prefix?: string, windowMs = WINDOW_MS): Promise<StockroomApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STOCKROOM_DEMO_DATA: 'false', ...env });
  const module = createIdentityModule({
    login: { windowMs, perAccount: 5, perIp: 8 },
    registration: { windowMs: WINDOW_MS, perIp: 4 },
    ...(prefix ? { throttlePrefix: prefix } : {}),
  });
  const app = await buildApp(config, { database, modules: [module] });
  await app.ready();
  after(() => app.close());
  return app;
}

const memoryApp = await identityApp({});
const prefix = `stockroom-test:${randomBytes(6).toString('hex')}:`;
const redisApps = [
  await identityApp({ REDIS_URL: 'redis://127.0.0.1:6379' }, prefix),
  await identityApp({ REDIS_URL: 'redis://127.0.0.1:6379' }, prefix),
];
// Tests that count attempts inside one window use a long one: nine argon2 verifications on a busy
// 2-core machine can outlast the short window, which would reset the count mid-test.
const LONG_WINDOW_MS = 60_000;
const longPrefix = `stockroom-test:${randomBytes(6).toString('hex')}:`;
const longMemoryApp = await identityApp({}, undefined, LONG_WINDOW_MS);
const longRedisApps = [
  await identityApp({ REDIS_URL: 'redis://127.0.0.1:6379' }, longPrefix, LONG_WINDOW_MS),
  await identityApp({ REDIS_URL: 'redis://127.0.0.1:6379' }, longPrefix, LONG_WINDOW_MS),
];

async function register(app: StockroomApp, password: string): Promise<string> {
  const email = uniqueEmail('throttle');
  const res = await app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password }, remoteAddress: randomIp() });
  assert.equal(res.statusCode, 201);
  return email;
}

const login = (app: StockroomApp, email: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password }, remoteAddress: ip });

async function sixthWrongPasswordIsLimited(apps: StockroomApp[]): Promise<void> {
  const email = await register(apps[0]!, 'the right password');
  for (let i = 0; i < 5; i += 1) {
    // Alternate processes and IPs: the account counter is shared and per account.
    const res = await login(apps[i % apps.length]!, email, 'a wrong password', `10.0.1.${i}`);
    assert.equal(res.statusCode, 401, `attempt ${i + 1}`);
  }
  const sixth = await login(apps.at(-1)!, email, 'a wrong password', '10.0.2.1');
  assert.equal(sixth.statusCode, 429);
  assert.equal(sixth.json().code, 'rate_limited');
  assert.ok(Number(sixth.headers['retry-after']) >= 1);
  const rightButBlocked = await login(apps[0]!, email, 'the right password', '10.0.2.2');
  assert.equal(rightButBlocked.statusCode, 429, 'the window holds even for the right password');
  await sleep(WINDOW_MS + 100);
  const afterWindow = await login(apps[0]!, email, 'the right password', '10.0.2.3');
  assert.equal(afterWindow.statusCode, 200, 'the victim can sign in once the window has passed');
}

void test('in-process: the 6th wrong password within the window gets 429; the right one works after it', async () => {
  await sixthWrongPasswordIsLimited([memoryApp]);
});

void test('Redis: the throttle is shared by two app instances', async () => {
  await sixthWrongPasswordIsLimited(redisApps);
});

void test('per IP: many accounts from one IP are limited, other IPs are not', async () => {
  for (const apps of [[longMemoryApp], longRedisApps]) {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 8; i += 1) {
      const res = await login(apps[i % apps.length]!, uniqueEmail('spray'), 'a wrong password', ip);
      assert.equal(res.statusCode, 401);
    }
    assert.equal((await login(apps[0]!, uniqueEmail('spray'), 'a wrong password', ip)).statusCode, 429);
    assert.equal((await login(apps[0]!, uniqueEmail('spray'), 'a wrong password', '10.8.0.1')).statusCode, 401);
  }
});

void test('staff login is throttled too', async () => {
  const email = uniqueEmail('staff');
  for (let i = 0; i < 5; i += 1) {
    assert.equal((await memoryApp.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password: 'wrong pw!' }, remoteAddress: '10.7.0.1' })).statusCode, 401);
  }
  assert.equal((await memoryApp.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password: 'wrong pw!' }, remoteAddress: '10.7.0.1' })).statusCode, 429);
});

void test('registrations are limited per IP (every attempt counts), in-process and shared through Redis', async () => {
  for (const apps of [[memoryApp], redisApps]) {
    const ip = randomIp();
    const signUp = (app: StockroomApp, email = uniqueEmail('signup'), from = ip) =>
      app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password: 'a sign-up password' }, remoteAddress: from });
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
