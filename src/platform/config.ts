import { isIP } from 'node:net';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * Every setting Stockroom reads from its environment. This is the only place that knows the
 * variable names; everything else receives the frozen `Config` object.
 */
const Bool = Type.Union([Type.Literal('true'), Type.Literal('false')]);

export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  STOCKROOM_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  /** fsync the embedded database's WAL after every committed transaction (`commit`) or never (`off`). */
  STOCKROOM_EMBEDDED_FSYNC: Type.Union([Type.Literal('commit'), Type.Literal('off')], { default: 'commit' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  STOCKROOM_DEMO_DATA: Type.Union([Bool], { default: 'true' }),
  STOCKROOM_OWNER_EMAIL: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 254 })),
  STOCKROOM_OWNER_PASSWORD: Type.Optional(Type.String({ minLength: 8, maxLength: 128 })),
  STOCKROOM_PUBLIC_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:3000' }),
  STOCKROOM_BODY_LIMIT: Type.Integer({ minimum: 1024, default: 1_048_576 }),
  /** The largest catalog import body (CSV or NDJSON, streamed), in bytes: 50 MiB by default. */
  STOCKROOM_IMPORT_MAX_BYTES: Type.Integer({ minimum: 1024, default: 52_428_800 }),
  STOCKROOM_DB_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  /** How long a request may wait for a database connection before it gets 503. */
  STOCKROOM_DB_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 3000 }),
  STOCKROOM_DB_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 15000 }),
  STOCKROOM_SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10000 }),
  /** Comma-separated origins allowed to call `/store` and `/auth` from a browser. */
  STOCKROOM_CORS_STORE_ORIGINS: Type.String({ default: '' }),
  /** Comma-separated origins allowed to call `/admin` from a browser. */
  STOCKROOM_CORS_ADMIN_ORIGINS: Type.String({ default: '' }),
  STOCKROOM_DOCS: Type.Union([Bool], { default: 'true' }),
  STOCKROOM_METRICS: Type.Union([Bool], { default: 'true' }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  /**
   * Comma-separated addresses or CIDR ranges of the proxies (load balancers, a server-side storefront)
   * whose `X-Forwarded-For` is believed; the client address is then the nearest untrusted address in
   * it. Default none: the socket's address is the client's.
   */
  STOCKROOM_TRUST_PROXY: Type.String({ default: '' }),
  /** Sign-in attempts per minute from one client address against one account. */
  STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT_AND_IP: Type.Integer({ minimum: 1, default: 5 }),
  /** Sign-in attempts per minute from one client address, across accounts. */
  STOCKROOM_LOGIN_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 30 }),
  /** Sign-in attempts per hour against one account from all new addresses (and again from known ones). */
  STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 20 }),
  /** Customer sign-ups per 10 minutes from one client address. */
  STOCKROOM_REGISTER_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 10 }),
  /** Password reset emails per 15 minutes to one email address. */
  STOCKROOM_RESET_LIMIT_PER_EMAIL: Type.Integer({ minimum: 1, default: 3 }),
  /** Password reset requests per 15 minutes from one client address. */
  STOCKROOM_RESET_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 10 }),
  /** Cart completions allowed per client IP, and per signed-in customer, per minute (429 beyond). */
  STOCKROOM_CHECKOUT_RATE_PER_IP: Type.Integer({ minimum: 1, default: 30 }),
  STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER: Type.Integer({ minimum: 1, default: 10 }),
  /** Units one order may hold (422 order_quantity_exceeded beyond). */
  STOCKROOM_MAX_ORDER_QUANTITY: Type.Integer({ minimum: 1, default: 100 }),
  /** Test-only fault injection, `<name>:crash|sleep|error`. */
  STOCKROOM_FAILPOINT: Type.Optional(Type.String({ pattern: '^[a-z0-9_.-]+:(crash|sleep|error)$' })),
});

type RawConfig = Static<typeof ConfigSchema>;

export interface Config {
  readonly env: RawConfig['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedFsync: boolean;
  readonly logLevel: string;
  readonly redisUrl: string | undefined;
  readonly demoData: boolean;
  readonly ownerEmail: string | undefined;
  readonly ownerPassword: string | undefined;
  readonly publicUrl: string;
  readonly bodyLimit: number;
  readonly importMaxBytes: number;
  readonly dbPoolSize: number;
  readonly dbConnectTimeoutMs: number;
  readonly dbStatementTimeoutMs: number;
  readonly shutdownTimeoutMs: number;
  readonly corsStoreOrigins: readonly string[];
  readonly corsAdminOrigins: readonly string[];
  readonly docs: boolean;
  readonly metrics: boolean;
  readonly smtpUrl: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); empty: none. */
  readonly trustProxy: readonly string[];
  readonly limits: Readonly<ThrottleLimits>;
  readonly failpoint: string | undefined;
  readonly checkoutRatePerIp: number;
  readonly checkoutRatePerCustomer: number;
  readonly maxOrderQuantity: number;
}

/** The throttles' limits (their windows are fixed; see the variables above). */
export interface ThrottleLimits {
  loginPerAccountAndIp: number;
  loginPerIp: number;
  loginPerAccount: number;
  registerPerIp: number;
  resetPerEmail: number;
  resetPerIp: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const list = (value: string): string[] =>
  value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

/** An IPv4/IPv6 address, optionally with a `/prefix` that fits it. */
function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

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
  const raw = converted as RawConfig; // checked by Value.Errors above
  const trustProxy = list(raw.STOCKROOM_TRUST_PROXY);
  const badProxy = trustProxy.find((entry) => !isAddressOrCidr(entry));
  if (badProxy !== undefined) {
    throw new ConfigError(`Invalid STOCKROOM_TRUST_PROXY: "${badProxy}" is not an IP address or CIDR range`);
  }
  return Object.freeze({
    env: raw.NODE_ENV,
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    dataDir: raw.STOCKROOM_DATA_DIR,
    embeddedFsync: raw.STOCKROOM_EMBEDDED_FSYNC === 'commit',
    logLevel: raw.LOG_LEVEL,
    redisUrl: raw.REDIS_URL,
    demoData: raw.STOCKROOM_DEMO_DATA === 'true',
    ownerEmail: raw.STOCKROOM_OWNER_EMAIL?.toLowerCase(),
    ownerPassword: raw.STOCKROOM_OWNER_PASSWORD,
    publicUrl: raw.STOCKROOM_PUBLIC_URL.replace(/\/+$/, ''),
    bodyLimit: raw.STOCKROOM_BODY_LIMIT,
    importMaxBytes: raw.STOCKROOM_IMPORT_MAX_BYTES,
    dbPoolSize: raw.STOCKROOM_DB_POOL_SIZE,
    dbConnectTimeoutMs: raw.STOCKROOM_DB_CONNECT_TIMEOUT_MS,
    dbStatementTimeoutMs: raw.STOCKROOM_DB_STATEMENT_TIMEOUT_MS,
    shutdownTimeoutMs: raw.STOCKROOM_SHUTDOWN_TIMEOUT_MS,
    corsStoreOrigins: Object.freeze(list(raw.STOCKROOM_CORS_STORE_ORIGINS)),
    corsAdminOrigins: Object.freeze(list(raw.STOCKROOM_CORS_ADMIN_ORIGINS)),
    docs: raw.STOCKROOM_DOCS === 'true',
    metrics: raw.STOCKROOM_METRICS === 'true',
    smtpUrl: raw.SMTP_URL,
    trustProxy: Object.freeze(trustProxy),
    limits: Object.freeze({
      loginPerAccountAndIp: raw.STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT_AND_IP,
      loginPerIp: raw.STOCKROOM_LOGIN_LIMIT_PER_IP,
      loginPerAccount: raw.STOCKROOM_LOGIN_LIMIT_PER_ACCOUNT,
      registerPerIp: raw.STOCKROOM_REGISTER_LIMIT_PER_IP,
      resetPerEmail: raw.STOCKROOM_RESET_LIMIT_PER_EMAIL,
      resetPerIp: raw.STOCKROOM_RESET_LIMIT_PER_IP,
    }),
    failpoint: raw.STOCKROOM_FAILPOINT,
    checkoutRatePerIp: raw.STOCKROOM_CHECKOUT_RATE_PER_IP,
    checkoutRatePerCustomer: raw.STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER,
    maxOrderQuantity: raw.STOCKROOM_MAX_ORDER_QUANTITY,
  });
}
