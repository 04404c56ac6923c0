import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
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

/**
 * A browser origin as browsers send it: scheme, host and optional port, nothing else
 * (`https://shop.example`, `http://localhost:5173`). `shop.example` or a trailing slash would
 * never match an `Origin` header, so they are refused rather than silently ignored.
 */
function origins(env: string, value: string): readonly string[] {
  const entries = list(value);
  for (const entry of entries) {
    if (!/^https?:\/\/[^/\s?#]+$/.test(entry) || !URL.canParse(entry)) {
      throw new ConfigError(
        `Invalid ${env}: "${entry}" is not an origin; write it as the browser sends it, with its scheme and without a path, e.g. https://${entry.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '') || 'shop.example'}`,
      );
    }
  }
  return Object.freeze(entries);
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
  /** Comma-separated `postgres://…` URLs of read replicas: storefront catalog and search reads go to them in turn. */
  databaseReplicaUrls: setting('DATABASE_REPLICA_URLS', Type.String({ default: '' }), (value): readonly string[] => {
    const entries = list(value);
    for (const entry of entries) {
      if (!/^postgres(ql)?:\/\//.test(entry) || !URL.canParse(entry)) {
        throw new ConfigError('Invalid DATABASE_REPLICA_URLS: every entry must be a postgres:// URL');
      }
    }
    return Object.freeze(entries);
  }),
  /** A replica whose replay lags the primary by more than this is skipped until it catches up. */
  replicaMaxLagMs: setting('STOCKROOM_REPLICA_MAX_LAG_MS', Type.Integer({ minimum: 0, maximum: 3_600_000, default: 1000 })),
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
  /**
   * The shop's public base URL, for links in emails (`${publicUrl}/account/reset-password?token=…`):
   * an absolute http(s) URL, trailing slash stripped; `http://localhost:<PORT>` when unset.
   */
  publicUrl: optional('STOCKROOM_PUBLIC_URL', Type.String({ pattern: '^https?://' }), (value) => {
    if (!URL.canParse(value)) throw new ConfigError(`Invalid STOCKROOM_PUBLIC_URL: "${value}" is not an absolute http(s) URL`);
    return value.replace(/\/+$/, '');
  }),
  bodyLimit: setting('STOCKROOM_BODY_LIMIT', Type.Integer({ minimum: 1024, default: 1_048_576 })),
  /** The largest catalog import body (CSV or NDJSON, streamed), in bytes: 50 MiB by default. */
  importMaxBytes: setting('STOCKROOM_IMPORT_MAX_BYTES', Type.Integer({ minimum: 1024, default: 52_428_800 })),
  dbPoolSize: setting('STOCKROOM_DB_POOL_SIZE', Type.Integer({ minimum: 1, maximum: 200, default: 10 })),
  /** How long a request may wait for a database connection before it gets 503. */
  dbConnectTimeoutMs: setting('STOCKROOM_DB_CONNECT_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 3000 })),
  dbStatementTimeoutMs: setting('STOCKROOM_DB_STATEMENT_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 15000 })),
  shutdownTimeoutMs: setting('STOCKROOM_SHUTDOWN_TIMEOUT_MS', Type.Integer({ minimum: 100, default: 10000 })),
  /** Comma-separated origins allowed to call `/store` and `/auth` from a browser. */
  corsStoreOrigins: setting('STOCKROOM_CORS_STORE_ORIGINS', Type.String({ default: '' }), (value) =>
    origins('STOCKROOM_CORS_STORE_ORIGINS', value),
  ),
  /** Comma-separated origins allowed to call `/admin` from a browser. */
  corsAdminOrigins: setting('STOCKROOM_CORS_ADMIN_ORIGINS', Type.String({ default: '' }), (value) =>
    origins('STOCKROOM_CORS_ADMIN_ORIGINS', value),
  ),
  docs: setting('STOCKROOM_DOCS', Type.Union([Bool], { default: 'true' }), isTrue),
  metrics: setting('STOCKROOM_METRICS', Type.Union([Bool], { default: 'true' }), isTrue),
  /** GraphQL introspection; unset = on except when NODE_ENV=production. */
  graphqlIntrospection: optional('STOCKROOM_GRAPHQL_INTROSPECTION', Bool, isTrue),
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
  /** Stripe: the secret API key (`sk_live_…`/`sk_test_…`); the `stripe` provider is offered only when it is set. */
  stripeSecretKey: optional('STRIPE_SECRET_KEY', Type.String({ pattern: '^(sk|rk)_(test|live)_[A-Za-z0-9_]+$' })),
  /** Stripe: the publishable key (`pk_live_…`/`pk_test_…`); the storefront offers Stripe's Payment Element only when it and the secret key are set. */
  stripePublishableKey: optional('STRIPE_PUBLISHABLE_KEY', Type.String({ pattern: '^pk_(test|live)_[A-Za-z0-9_]+$' })),
  /** Stripe: the signing secret of the webhook endpoint (`whsec_…`) that verifies `POST /webhooks/payments/stripe`. */
  stripeWebhookSecret: optional('STRIPE_WEBHOOK_SECRET', Type.String({ pattern: '^whsec_[A-Za-z0-9_]+$' })),
  /** Stripe: `manual` authorizes at checkout and staff capture later; `automatic` captures at once. */
  stripeCaptureMethod: setting(
    'STRIPE_CAPTURE_METHOD',
    Type.Union([Type.Literal('manual'), Type.Literal('automatic')], { default: 'manual' }),
    (value): 'manual' | 'automatic' => value,
  ),
  /** Stripe: another API base URL (tests' local fake, an egress proxy); default Stripe's own. */
  stripeApiBase: optional('STRIPE_API_BASE', Type.String({ pattern: '^https?://[^/]+/?$' }), (value) => new URL(value)),
  /** Server processes sharing the port (node:cluster): a number, or `auto` for one per core. */
  workers: setting('STOCKROOM_WORKERS', Type.String({ pattern: '^(auto|[1-9][0-9]{0,2})$', default: '1' }), (value) =>
    value === 'auto' ? availableParallelism() : Number(value),
  ),
  /**
   * The longest a cached response (catalog reads) is served; changes invalidate it at once through
   * the database (LISTEN/NOTIFY), this only bounds an entry's life. 0 turns the response cache off.
   */
  cacheTtlMs: setting('STOCKROOM_CACHE_TTL_MS', Type.Integer({ minimum: 0, maximum: 3_600_000, default: 30_000 })),
  /** The shop's name as emails sign it. */
  shopName: setting('STOCKROOM_SHOP_NAME', Type.String({ minLength: 1, maxLength: 200, default: 'Stockroom' })),
  /** Run the events relay (outbox → webhooks and emails) in this server process. */
  eventsRelay: setting('STOCKROOM_EVENTS_RELAY', Type.Union([Bool], { default: 'true' }), isTrue),
  /**
   * Let webhook endpoints use http and reach loopback, private and reserved addresses (development
   * and tests only; otherwise https to public addresses, checked at registration and at connect time).
   */
  webhooksAllowPrivate: setting('STOCKROOM_WEBHOOKS_ALLOW_PRIVATE', Type.Union([Bool], { default: 'false' }), isTrue),
  /** How long a receiver has to answer a delivery before the attempt counts as failed. */
  webhooksTimeoutMs: setting('STOCKROOM_WEBHOOKS_TIMEOUT_MS', Type.Integer({ minimum: 100, maximum: 60000, default: 10000 })),
  /** The first retry delay of a failed delivery; each further one doubles (±25% jitter, at most 12 h), for up to 3 days. */
  webhooksRetryBaseMs: setting('STOCKROOM_WEBHOOKS_RETRY_BASE_MS', Type.Integer({ minimum: 10, default: 30000 })),
  /** How often the stored product feed for agent platforms is rebuilt (a job on the job runner); 0 turns the schedule off. */
  agentFeedIntervalMinutes: setting('STOCKROOM_AGENT_FEED_INTERVAL_MINUTES', Type.Integer({ minimum: 0, maximum: 10080, default: 60 })),
  /** URLs per child sitemap before the next one starts (the sitemap protocol allows 50,000). */
  sitemapMaxUrls: setting('STOCKROOM_SITEMAP_MAX_URLS', Type.Integer({ minimum: 1, maximum: 50_000, default: 50_000 })),
  /** Test-only fault injection, `<name>:crash|sleep|error`. */
  failpoint: optional('STOCKROOM_FAILPOINT', Type.String({ pattern: '^[a-z0-9_.-]+:(crash|sleep|error)$' })),
};

type Group = Readonly<Record<string, Setting>>;
type ValueOf<T> = T extends Setting<TSchema, infer V> ? V : { readonly [K in keyof T]: ValueOf<T[K]> };

export type Config = { readonly [K in keyof typeof SETTINGS]: ValueOf<(typeof SETTINGS)[K]> } & {
  /** Always set: `http://localhost:<PORT>` when STOCKROOM_PUBLIC_URL is unset. */
  readonly publicUrl: string;
};
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
  for (const [key, schema] of Object.entries(ConfigSchema.properties)) {
    const value = env[key];
    // An empty number (`PORT=`) is a mistake, not "use the default": say so instead of guessing.
    if (value === '' && isInteger(schema))
      throw new ConfigError(`Invalid ${key}: it is set but empty; give a whole number${range(schema)} or unset it`);
    if (value !== undefined && value !== '') known[key] = value;
  }
  const withDefaults = Value.Default(ConfigSchema, known);
  const converted = Value.Convert(ConfigSchema, withDefaults);
  const first = Value.Errors(ConfigSchema, converted).First();
  if (first) {
    const name = first.path.replace(/^\//, '') || 'environment';
    const schema = ConfigSchema.properties[name];
    const allowed = schema ? allowedValues(schema) : undefined;
    const value = known[name];
    if (allowed && value !== undefined) {
      throw new ConfigError(`Invalid ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    }
    if (schema && isInteger(schema) && value !== undefined) {
      throw new ConfigError(`Invalid ${name}: "${value}" is not a whole number${range(schema)}`);
    }
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
  const config = read(SETTINGS) as Omit<Config, 'publicUrl'> & { publicUrl: string | undefined };
  // Each value is its setting's `read` of its schema-checked variable; publicUrl falls back to the port.
  return Object.freeze({ ...config, publicUrl: config.publicUrl ?? `http://localhost:${config.port}` });
}

const isInteger = (schema: TSchema): boolean => schema.type === 'integer';

/** ` between 0 and 65535`, from an integer schema's bounds. */
function range(schema: TSchema): string {
  const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
  if (minimum !== undefined && maximum !== undefined) return ` between ${minimum} and ${maximum}`;
  if (minimum !== undefined) return ` of at least ${minimum}`;
  return '';
}

/** The values an enum-like setting allows (a union of literals, possibly nested), else undefined. */
function allowedValues(schema: TSchema): string[] | undefined {
  if (typeof schema.const === 'string') return [schema.const];
  if (!Array.isArray(schema.anyOf)) return undefined;
  const values = (schema.anyOf as TSchema[]).map(allowedValues);
  return values.every((v) => v !== undefined) ? values.flat() : undefined;
}
