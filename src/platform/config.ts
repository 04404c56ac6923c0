import { isIP } from 'node:net';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** An IPv4/IPv6 address, optionally with a `/prefix` that fits it. */
function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Every setting Stockroom reads from its environment, written once: its variable, its schema (the
 * environment's strings are converted to it, defaults applied) and how its `Config` value is read.
 * This is the only place that knows the variable names; everything else receives the frozen
 * `Config` object, whose type is derived from this table.
 */
interface Setting<S extends TSchema = TSchema, V = unknown> {
  readonly env: string;
  readonly schema: S;
  readonly optional: boolean;
  read(value: Static<S>): V;
}

function setting<S extends TSchema>(env: string, schema: S): Setting<S, Static<S>>;
function setting<S extends TSchema, V>(env: string, schema: S, read: (value: Static<S>) => V): Setting<S, V>;
function setting<S extends TSchema, V>(env: string, schema: S, read?: (value: Static<S>) => V): Setting<S, V | Static<S>> {
  return { env, schema, optional: false, read: read ?? ((value) => value) };
}

/** A setting that may be unset (no default): its value is `undefined` then. */
function optional<S extends TSchema>(env: string, schema: S): Setting<S, Static<S> | undefined>;
function optional<S extends TSchema, V>(env: string, schema: S, read: (value: Static<S>) => V): Setting<S, V | undefined>;
function optional<S extends TSchema, V>(env: string, schema: S, read?: (value: Static<S>) => V): Setting<S, V | Static<S> | undefined> {
  return { env, schema, optional: true, read: read ?? ((value) => value) };
}

const Bool = Type.Union([Type.Literal('true'), Type.Literal('false')]);
const isTrue = (value: 'true' | 'false') => value === 'true';

const SETTINGS = {
  env: setting(
    'NODE_ENV',
    Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
      default: 'development',
    }),
  ),
  port: setting('PORT', Type.Integer({ minimum: 0, maximum: 65535, default: 3000 })),
  host: setting('HOST', Type.String({ minLength: 1, default: '127.0.0.1' })),
  databaseUrl: optional('DATABASE_URL', Type.String({ pattern: '^postgres(ql)?://' })),
  dataDir: setting('STOCKROOM_DATA_DIR', Type.String({ minLength: 1, default: './data' })),
  /** fsync the embedded database's WAL after every committed transaction (`commit`) or never (`off`). */
  embeddedFsync: setting(
    'STOCKROOM_EMBEDDED_FSYNC',
    Type.Union([Type.Literal('commit'), Type.Literal('off')], { default: 'commit' }),
    (value) => value === 'commit',
  ),
  logLevel: setting(
    'LOG_LEVEL',
    Type.Union(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
      { default: 'info' },
    ),
    (value): string => value,
  ),
  redisUrl: optional('REDIS_URL', Type.String({ pattern: '^rediss?://' })),
  demoData: setting('STOCKROOM_DEMO_DATA', Type.Union([Bool], { default: 'true' }), isTrue),
  ownerEmail: optional('STOCKROOM_OWNER_EMAIL', Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 254 }), (value) =>
    value.toLowerCase(),
  ),
  ownerPassword: optional('STOCKROOM_OWNER_PASSWORD', Type.String({ minLength: 8, maxLength: 128 })),
  /** The shop's public address (absolute http(s) URL, trailing slash stripped); `http://localhost:<PORT>` when unset. */
  publicUrl: optional('STOCKROOM_PUBLIC_URL', Type.String({ pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' }), (value) =>
    value.replace(/\/+$/, ''),
  ),
  bodyLimit: setting('STOCKROOM_BODY_LIMIT', Type.Integer({ minimum: 1024, default: 1_048_576 })),
  /** The largest catalog import body (CSV or NDJSON, streamed), in bytes: 50 MiB by default. */
  importMaxBytes: setting('STOCKROOM_IMPORT_MAX_BYTES', Type.Integer({ minimum: 1024, default: 52_428_800 })),
  dbPoolSize: setting('STOCKROOM_DB_POOL_SIZE', Type.Integer({ minimum: 1, maximum: 200, default: 10 })),
  /** How long a request may wait for a database connection before it gets 503. */
  dbConnectTimeoutMs: setting('STOCKROOM_DB_CONNECT_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 3000 })),
  dbStatementTimeoutMs: setting('STOCKROOM_DB_STATEMENT_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 15000 })),
  shutdownTimeoutMs: setting('STOCKROOM_SHUTDOWN_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 10000 })),
  /** Comma-separated origins allowed to call `/store` and `/auth` from a browser. */
  corsStoreOrigins: setting('STOCKROOM_CORS_STORE_ORIGINS', Type.String({ default: '' }), (value) => Object.freeze(list(value))),
  /** Comma-separated origins allowed to call `/admin` from a browser. */
  corsAdminOrigins: setting('STOCKROOM_CORS_ADMIN_ORIGINS', Type.String({ default: '' }), (value) => Object.freeze(list(value))),
  docs: setting('STOCKROOM_DOCS', Type.Union([Bool], { default: 'true' }), isTrue),
  metrics: setting('STOCKROOM_METRICS', Type.Union([Bool], { default: 'true' }), isTrue),
  smtpUrl: optional('SMTP_URL', Type.String({ pattern: '^smtps?://' })),
  /**
   * Comma-separated addresses or CIDR ranges of the proxies (load balancers, a server-side storefront)
   * whose `X-Forwarded-For` is believed; the client address is then the nearest untrusted address in
   * it. Default none: the socket's address is the client's.
   */
  trustProxy: setting('STOCKROOM_TRUST_PROXY', Type.String({ default: '' }), (value) => {
    const entries = list(value);
    const bad = entries.find((entry) => !isAddressOrCidr(entry));
    if (bad !== undefined) throw new ConfigError(`Invalid STOCKROOM_TRUST_PROXY: "${bad}" is not an IP address or CIDR range`);
    return Object.freeze(entries);
  }),
  /** The throttles' limits (their windows are fixed). */
  limits: {
    /** Sign-in attempts per minute from one client address against one account. */
    loginPerAccountAndIp: setting('STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT_AND_IP', Type.Integer({ minimum: 1, default: 5 })),
    /** Sign-in attempts per minute from one client address, across accounts. */
    loginPerIp: setting('STOCKROOM_LOGIN_LIMIT_PER_IP', Type.Integer({ minimum: 1, default: 30 })),
    /** Sign-in attempts per hour against one account from all new addresses (and again from known ones). */
    loginPerAccount: setting('STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT', Type.Integer({ minimum: 1, default: 20 })),
    /** Customer sign-ups per 10 minutes from one client address. */
    registerPerIp: setting('STOCKROOM_REGISTER_LIMIT_PER_IP', Type.Integer({ minimum: 1, default: 10 })),
    /** Password reset emails per 15 minutes to one email address. */
    resetPerEmail: setting('STOCKROOM_RESET_LIMIT_PER_EMAIL', Type.Integer({ minimum: 1, default: 3 })),
    /** Password reset requests per 15 minutes from one client address. */
    resetPerIp: setting('STOCKROOM_RESET_LIMIT_PER_IP', Type.Integer({ minimum: 1, default: 10 })),
  },
  /** Cart completions allowed per client IP per minute (429 beyond). */
  checkoutRatePerIp: setting('STOCKROOM_CHECKOUT_RATE_PER_IP', Type.Integer({ minimum: 1, default: 30 })),
  /** Cart completions allowed per signed-in customer per minute (429 beyond). */
  checkoutRatePerCustomer: setting('STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER', Type.Integer({ minimum: 1, default: 10 })),
  /** Units one order may hold (422 order_quantity_exceeded beyond). */
  maxOrderQuantity: setting('STOCKROOM_MAX_ORDER_QUANTITY', Type.Integer({ minimum: 1, default: 100 })),
  /** URLs per child sitemap before the next one starts (the sitemap protocol allows 50,000). */
  sitemapMaxUrls: setting('STOCKROOM_SITEMAP_MAX_URLS', Type.Integer({ minimum: 1, maximum: 50_000, default: 50_000 })),
  /** Test-only fault injection, `<name>:crash|sleep|error`. */
  failpoint: optional('STOCKROOM_FAILPOINT', Type.String({ pattern: '^[a-z0-9_.-]+:(crash|sleep|error)$' })),
};

type Group = Readonly<Record<string, Setting>>;
type ValueOf<T> = T extends Setting<TSchema, infer V> ? V : { readonly [K in keyof T]: ValueOf<T[K]> };

type RawConfig = { readonly [K in keyof typeof SETTINGS]: ValueOf<(typeof SETTINGS)[K]> };
export type Config = Omit<RawConfig, 'publicUrl'> & { readonly publicUrl: string };
export type ThrottleLimits = { -readonly [K in keyof typeof SETTINGS.limits]: ValueOf<(typeof SETTINGS.limits)[K]> };

const isSetting = (entry: Setting | Group): entry is Setting => typeof entry.env === 'string';
const allSettings = (group: Readonly<Record<string, Setting | Group>>): Setting[] =>
  Object.values(group).flatMap((entry) => (isSetting(entry) ? [entry] : allSettings(entry)));

/** The environment's variables as one schema, in the table's order (docs and tests walk it). */
export const ConfigSchema = Type.Object(
  Object.fromEntries(allSettings(SETTINGS).map((s) => [s.env, s.optional ? Type.Optional(s.schema) : s.schema])),
);

/**
 * Reads and validates the environment once. Throws a `ConfigError` whose message is one line
 * naming the variable, e.g. `Invalid PORT: Expected integer`.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') known[key] = value;
  }
  const withDefaults = Value.Default(ConfigSchema, known);
  const converted = Value.Convert(ConfigSchema, withDefaults);
  const first = Value.Errors(ConfigSchema, converted).First();
  if (first) {
    const name = first.path.replace(/^\//, '') || 'environment';
    throw new ConfigError(`Invalid ${name}: ${first.message}`);
  }
  const raw = converted as Record<string, unknown>; // checked by Value.Errors above
  const read = (group: Readonly<Record<string, Setting | Group>>): Record<string, unknown> =>
    Object.freeze(
      Object.fromEntries(
        Object.entries(group).map(([key, entry]) => {
          if (!isSetting(entry)) return [key, read(entry)];
          const value = raw[entry.env];
          return [key, value === undefined ? undefined : entry.read(value)];
        }),
      ),
    );
  const config = read(SETTINGS) as RawConfig; // each value is its setting's `read` of its schema-checked variable
  return Object.freeze({ ...config, publicUrl: config.publicUrl ?? `http://localhost:${config.port}` });
}
