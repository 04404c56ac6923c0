import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, ConfigSchema, loadConfig } from './config.ts';

test('defaults: port 3000, embedded database in ./data, demo data on', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.dataDir, './data');
  assert.equal(config.demoData, true);
  assert.ok(Object.isFrozen(config));
});

test('values are converted and validated', () => {
  const config = loadConfig({
    PORT: '8080',
    STOCKROOM_DEMO_DATA: 'false',
    STOCKROOM_CORS_STORE_ORIGINS: 'https://a.example, https://b.example',
  });
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
    assert.throws(
      () => loadConfig(env),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, new RegExp(`^Invalid ${name}: `));
        assert.ok(!error.message.includes('\n'));
        return true;
      },
    );
  }
});

test('the owner password never appears in a config error', () => {
  assert.throws(
    () => loadConfig({ STOCKROOM_OWNER_PASSWORD: 'x'.repeat(200) }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError && !error.message.includes('xxxxxxxx'));
      return true;
    },
  );
});

test('every variable reaches the Config: a non-default value of any one of them changes it', () => {
  const samples: Record<string, string> = {
    NODE_ENV: 'production',
    PORT: '8080',
    HOST: '0.0.0.0',
    DATABASE_URL: 'postgres://db/x',
    DATABASE_REPLICA_URLS: 'postgres://replica-1/x,postgres://replica-2/x',
    STOCKROOM_REPLICA_MAX_LAG_MS: '250',
    STOCKROOM_DATA_DIR: '/var/x',
    STOCKROOM_EMBEDDED_FSYNC: 'off',
    LOG_LEVEL: 'warn',
    REDIS_URL: 'redis://r',
    STOCKROOM_DEMO_DATA: 'false',
    STOCKROOM_OWNER_EMAIL: 'Owner@Example.test',
    STOCKROOM_OWNER_PASSWORD: 'long enough',
    STOCKROOM_PUBLIC_URL: 'https://shop.example/',
    STOCKROOM_BODY_LIMIT: '2048',
    STOCKROOM_IMPORT_MAX_BYTES: '4096',
    STOCKROOM_DB_POOL_SIZE: '3',
    STOCKROOM_DB_CONNECT_TIMEOUT_MS: '500',
    STOCKROOM_DB_STATEMENT_TIMEOUT_MS: '600',
    STOCKROOM_SHUTDOWN_TIMEOUT_MS: '700',
    STOCKROOM_CORS_STORE_ORIGINS: 'https://a.example',
    STOCKROOM_CORS_ADMIN_ORIGINS: 'https://b.example',
    STOCKROOM_DOCS: 'false',
    STOCKROOM_METRICS: 'false',
    STOCKROOM_GRAPHQL_INTROSPECTION: 'true',
    SMTP_URL: 'smtp://mail',
    STOCKROOM_TRUST_PROXY: '10.0.0.0/8',
    STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2',
    STOCKROOM_LOGIN_LIMIT_PER_IP: '3',
    STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT: '4',
    STOCKROOM_REGISTER_LIMIT_PER_IP: '5',
    STOCKROOM_RESET_LIMIT_PER_EMAIL: '6',
    STOCKROOM_RESET_LIMIT_PER_IP: '7',
    STOCKROOM_CHECKOUT_RATE_PER_IP: '8',
    STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER: '9',
    STOCKROOM_MAX_ORDER_QUANTITY: '11',
    STOCKROOM_SHOP_NAME: 'Corner Shop',
    STOCKROOM_EVENTS_RELAY: 'false',
    STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true',
    STOCKROOM_WEBHOOKS_TIMEOUT_MS: '2500',
    STOCKROOM_WEBHOOKS_RETRY_BASE_MS: '100',
    STOCKROOM_SITEMAP_MAX_URLS: '12',
    STOCKROOM_AGENT_FEED_INTERVAL_MINUTES: '15',
    STOCKROOM_FAILPOINT: 'x:error',
    STRIPE_SECRET_KEY: 'sk_test_abc',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc',
    STRIPE_PUBLISHABLE_KEY: 'pk_test_abc',
    STRIPE_CAPTURE_METHOD: 'automatic',
    STRIPE_API_BASE: 'http://127.0.0.1:12111',
    STOCKROOM_WORKERS: '3',
    STOCKROOM_CACHE_TTL_MS: '0',
  };
  assert.deepEqual(Object.keys(samples).sort(), Object.keys(ConfigSchema.properties).sort(), 'a sample for every variable');
  const defaults = JSON.stringify(loadConfig({}));
  for (const [name, value] of Object.entries(samples)) {
    assert.notEqual(JSON.stringify(loadConfig({ [name]: value })), defaults, `${name}=${value} changed nothing`);
  }
  const config = loadConfig(samples);
  assert.equal(config.ownerEmail, 'owner@example.test');
  assert.equal(config.publicUrl, 'https://shop.example');
  assert.equal(config.embeddedFsync, false);
  assert.deepEqual(config.limits, {
    loginPerAccountAndIp: 2,
    loginPerIp: 3,
    loginPerAccount: 4,
    registerPerIp: 5,
    resetPerEmail: 6,
    resetPerIp: 7,
  });
  assert.deepEqual([config.checkoutRatePerIp, config.checkoutRatePerCustomer, config.maxOrderQuantity], [8, 9, 11]);
  assert.equal(config.workers, 3);
  assert.equal(config.sitemapMaxUrls, 12);
  assert.equal(config.agentFeedIntervalMinutes, 15);
  assert.deepEqual(
    [config.shopName, config.eventsRelay, config.webhooksAllowPrivate, config.webhooksTimeoutMs, config.webhooksRetryBaseMs],
    ['Corner Shop', false, true, 2500, 100],
  );
  assert.ok(Object.isFrozen(config.limits) && Object.isFrozen(config.trustProxy));
});

test('an enum setting names its allowed values; a number its range; an empty number is refused', () => {
  const message = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.message;
    }
    assert.fail(`${JSON.stringify(env)} was accepted`);
  };
  assert.equal(
    message({ LOG_LEVEL: 'verbose' }),
    'Invalid LOG_LEVEL: "verbose" is not one of fatal, error, warn, info, debug, trace, silent',
  );
  assert.equal(message({ NODE_ENV: 'prod' }), 'Invalid NODE_ENV: "prod" is not one of development, production, test');
  assert.equal(message({ STOCKROOM_DEMO_DATA: 'yes' }), 'Invalid STOCKROOM_DEMO_DATA: "yes" is not one of true, false');
  assert.equal(message({ STOCKROOM_EMBEDDED_FSYNC: 'on' }), 'Invalid STOCKROOM_EMBEDDED_FSYNC: "on" is not one of commit, off');
  assert.equal(message({ PORT: 'abc' }), 'Invalid PORT: "abc" is not a whole number between 0 and 65535');
  assert.match(message({ PORT: '' }), /^Invalid PORT: it is set but empty; give a whole number between 0 and 65535 or unset it$/);
  assert.match(message({ STOCKROOM_DB_POOL_SIZE: '' }), /^Invalid STOCKROOM_DB_POOL_SIZE: it is set but empty/);
  assert.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined, 'an empty text setting still means unset');
});

test('CORS origins must be origins: a scheme, no path', () => {
  assert.match(
    (() => {
      try {
        loadConfig({ STOCKROOM_CORS_STORE_ORIGINS: 'https://ok.example, shop.example' });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })(),
    /^Invalid STOCKROOM_CORS_STORE_ORIGINS: "shop\.example" is not an origin; .* e\.g\. https:\/\/shop\.example$/,
  );
  assert.throws(
    () => loadConfig({ STOCKROOM_CORS_ADMIN_ORIGINS: 'https://admin.example/' }),
    /Invalid STOCKROOM_CORS_ADMIN_ORIGINS: "https:\/\/admin\.example\/"/,
  );
  assert.deepEqual(loadConfig({ STOCKROOM_CORS_ADMIN_ORIGINS: 'http://localhost:5173' }).corsAdminOrigins, ['http://localhost:5173']);
});

test('STOCKROOM_PUBLIC_URL: absolute http(s), trailing slash stripped, http://localhost:<PORT> when unset', () => {
  assert.equal(loadConfig({}).publicUrl, 'http://localhost:3000');
  assert.equal(loadConfig({ PORT: '8080' }).publicUrl, 'http://localhost:8080');
  assert.equal(loadConfig({ STOCKROOM_PUBLIC_URL: 'https://shop.example/base//' }).publicUrl, 'https://shop.example/base');
  assert.throws(() => loadConfig({ STOCKROOM_PUBLIC_URL: 'shop.example' }), /^ConfigError: Invalid STOCKROOM_PUBLIC_URL/);
  assert.throws(() => loadConfig({ STOCKROOM_PUBLIC_URL: 'https://' }), /Invalid STOCKROOM_PUBLIC_URL/);
});
