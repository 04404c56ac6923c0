import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Config } from './platform/config.ts';
import { openConfiguredDatabase, migrate, type Database, type ReplicaRouting } from './platform/db/index.ts';
import { configureFailpoint, failpoint } from './platform/failpoints.ts';
import { installAuth, type TokenResolver } from './platform/http/auth.ts';
import { Cache, listenForInvalidations } from './platform/cache/cache.ts';
import { installResponseCache, type CachedResponse } from './platform/cache/http.ts';
import { installIdempotency } from './platform/http/idempotency.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { handleClientError, handleFrameworkError, installProblemHandlers, sendProblem } from './platform/http/problem.ts';
import { installRequestHardening } from './platform/http/hardening.ts';
import { buildSerializer, buildValidator } from './platform/http/validation.ts';
import { Unavailable } from './platform/errors.ts';
import { installOneLineRequestLog, loggerOptions, usePrettyLogs } from './platform/logging.ts';
import { installMetrics } from './platform/metrics.ts';
import { jobRoutes } from './platform/jobs.routes.ts';
import { installGraphQL } from './platform/graphql/index.ts';
import type { ModuleContext, StockroomModule } from './platform/module.ts';
import { modules as allModules } from './modules/index.ts';

export interface BuildAppOptions {
  /** An opened, migrated database the caller owns (tests); otherwise the app opens and closes its own. */
  database?: Database;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  modules?: readonly StockroomModule[];
}

export type StockroomApp = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    /** The read replicas' routing when `DATABASE_REPLICA_URLS` is set (health and counters). */
    readReplicas: ReplicaRouting | undefined;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The browser origins that may call a path: the admin origins for /admin and for staff sign-in (the
 * admin web app signs staff in), both for /auth/logout (it revokes whichever session presents its
 * token), and the store origins for the rest of /auth and /store.
 */
function corsOriginsFor(config: Config, request: FastifyRequest): readonly string[] {
  const path = request.url.split('?', 1)[0] ?? '';
  if (path.startsWith('/admin') || path.startsWith('/auth/staff/')) return config.corsAdminOrigins;
  if (path === '/auth/logout') return [...config.corsStoreOrigins, ...config.corsAdminOrigins];
  return config.corsStoreOrigins;
}

/** The composition root: builds the HTTP app with the platform facilities and every module's routes. */
export async function buildApp(config: Config, options: BuildAppOptions = {}): Promise<StockroomApp> {
  configureFailpoint(config.failpoint);
  const ownsDatabase = !options.database;
  const database = options.database ?? (await openConfiguredDatabase(config));
  if (ownsDatabase) await migrate(database);
  const modules = options.modules ?? allModules;

  const pretty = usePrettyLogs(config.env, options.logStream);
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream, pretty),
    ...(pretty ? { logController: new LogController({ disableRequestLogging: true }) } : {}),
    bodyLimit: config.bodyLimit,
    requestIdHeader: false,
    // `request.ip` is the client's address: the socket's, or (from a configured proxy) the nearest
    // untrusted address in X-Forwarded-For. Every throttle and log line uses it.
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    schemaController: { compilersFactory: { buildValidator, buildSerializer } },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  if (pretty) installOneLineRequestLog(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    await failpoint('http.request');
  });
  // While shutting down, responses ask keep-alive clients to go, so a connection that is busy when
  // SIGTERM arrives does not hold the process open once its last request is answered.
  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (isClosing) reply.header('connection', 'close');
  });
  // JSON is the only body the API takes; a module adds a parser in its own scope where it needs
  // another (catalog import takes CSV and NDJSON streams).
  app.removeContentTypeParser('text/plain');
  installProblemHandlers(app);
  installRequestHardening(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  await app.register(cors, {
    delegator: (request, callback) => {
      const allowed = corsOriginsFor(config, request);
      const origin = request.headers.origin;
      callback(null, {
        origin: typeof origin === 'string' && allowed.includes(origin) ? origin : false,
        methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
        allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-request-id', 'x-order-token'],
        exposedHeaders: ['etag', 'location', 'retry-after', 'idempotent-replayed', 'x-request-id'],
        credentials: false,
        maxAge: 600,
      });
    },
  });

  // Each module that issues tokens (identity: sessions and API keys; agents: agent keys) resolves its own.
  const resolvers = modules.flatMap((m) => (m.resolveToken ? [m.resolveToken] : []));
  const resolveToken: TokenResolver = async (db, token) => {
    for (const resolve of resolvers) {
      const principal = await resolve(db, token);
      if (principal) return principal;
    }
    return undefined;
  };
  installAuth(app, database.db, resolveToken);
  installIdempotency(app, database.db);
  // Catalog reads and other cacheable routes (`config: { cache }`), emptied on change by every process.
  const responseCache = new Cache<CachedResponse>({ ttlMs: config.cacheTtlMs });
  installResponseCache(app, responseCache);
  // Derived data modules keep between requests (shop settings, rendered product pages), emptied alike.
  const dataCache = new Cache<unknown>({ ttlMs: config.cacheTtlMs });
  // Read replicas (server PostgreSQL only) serve the storefront's catalog and search reads.
  const replicas =
    config.databaseReplicaUrls.length > 0 && database.openReplicas
      ? database.openReplicas(config.databaseReplicaUrls, { maxLagMs: config.replicaMaxLagMs })
      : undefined;
  if (config.databaseReplicaUrls.length > 0 && !replicas) app.log.warn('DATABASE_REPLICA_URLS is ignored on the embedded database');
  app.decorate('readReplicas', replicas);
  const stopListening = await listenForInvalidations(database, [responseCache, dataCache], app.log, {
    onChange: replicas?.barrier,
    redisUrl: config.redisUrl,
  });
  app.addHook('onClose', async () => {
    await stopListening().catch(() => undefined);
    await replicas?.close();
  });
  const apiTags = Object.assign({}, ...modules.map((m) => m.apiTags ?? {})) as Record<string, string>;
  const webhooks = Object.assign({}, ...modules.map((m) => m.openApiWebhooks ?? {})) as Record<string, unknown>;
  await installOpenApi(app, { docs: config.docs, tags: apiTags, webhooks });
  installMetrics(app, database, config.metrics);

  const Status = Type.Object({ status: Type.String(), database: Type.Optional(Type.String()) }, { additionalProperties: false });
  app.get(
    '/health/live',
    {
      schema: { tags: ['Platform'], summary: 'The process is running', response: { 200: Status } },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/health/ready',
    {
      schema: { tags: ['Platform'], summary: 'The database answers; 503 otherwise', response: { 200: Status } },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      try {
        await database.ping(2000);
        return { status: 'ok', database: database.kind };
      } catch {
        return sendProblem(reply, new Unavailable({ detail: 'The database is not answering.' }));
      }
    },
  );

  await app.register(jobRoutes, { db: database.db });

  const context: ModuleContext = { db: database.db, reads: replicas?.db ?? database.db, database, config, cache: dataCache };
  for (const module of modules) {
    if (module.routes) await app.register(module.routes, context);
  }
  await installGraphQL(
    app,
    database.db,
    config,
    modules.flatMap((m) => (m.graphql ? [m.graphql] : [])),
    dataCache,
  );

  if (ownsDatabase)
    app.addHook('onClose', async () => {
      await database.close();
    });
  return app;
}
