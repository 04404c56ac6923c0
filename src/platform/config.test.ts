import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from './config.ts';

test('defaults: port 3000, embedded database in ./data, demo data on', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.dataDir, './data');
  assert.equal(config.demoData, true);
  assert.ok(Object.isFrozen(config));
});

test('values are converted and validated', () => {
  const config = loadConfig({ PORT: '8080', STOCKROOM_DEMO_DATA: 'false', STOCKROOM_CORS_STORE_ORIGINS: 'https://a.example, https://b.example' });
  assert.equal(config.port, 8080);
  assert.equal(config.demoData, false);
  assert.deepEqual(config.corsStoreOrigins, ['https://a.example', 'https://b.example']);
});

test('a bad value stops with one line naming the variable', () => {
  for (const [env, name] of [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STOCKROOM_DEMO_DATA: 'yes' }, 'STOCKROOM_DEMO_DATA'],
    [{ STOCKROOM_OWNER_PASSWORD: 'short' }, 'STOCKROOM_OWNER_PASSWORD'],
  ] as const) {
    assert.throws(() => loadConfig(env), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, new RegExp(`^Invalid ${name}: `));
      assert.ok(!error.message.includes('\n'));
      return true;
    });
  }
});

test('the owner password never appears in a config error', () => {
  assert.throws(() => loadConfig({ STOCKROOM_OWNER_PASSWORD: 'x'.repeat(200) }), (error: unknown) => {
    assert.ok(error instanceof ConfigError && !error.message.includes('xxxxxxxx'));
    return true;
  });
});
