import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Cache } from './cache/cache.ts';
import type { Config } from './config.ts';
import type { Database, Db } from './db/types.ts';
import type { TokenResolver } from './http/auth.ts';
import type { GraphQLContribution } from './graphql/types.ts';
import type { JobHandler } from './jobs.ts';

/** What every module receives from the composition root: passed explicitly, never global. */
export interface ModuleContext {
  db: Db;
  /**
   * For storefront catalog and search reads only (anonymous, the same for everyone): plain reads
   * through it may go to a read replica (`DATABASE_REPLICA_URLS`), transactions never do. It is `db`
   * (or unset) when there are no replicas. A customer's own cart, orders and session, admin reads and anything
   * read to decide a write use `db`.
   */
  reads?: Db;
  database: Database;
  config: Config;
  /**
   * The process's cache of derived data (shop settings, rendered pages), in namespaces emptied when
   * the data under them changes (`catalog`: the catalog, shop settings, regions, shipping options).
   * Unset where nothing listens for changes (CLI commands): then read the database every time.
   */
  cache?: Cache<unknown>;
}

export interface CommandContext extends ModuleContext {
  log: FastifyBaseLogger;
  /** Writes a line for the person at the terminal (not a log line). */
  print(line: string): void;
}

/** A `stockroom <name>` subcommand; resolves to the process exit code. */
export interface CliCommand {
  summary: string;
  run(context: CommandContext, args: readonly string[]): Promise<number>;
}

/** A feature module as `app.ts`, `server.ts` and `cli.ts` see it (its public surface in index.ts). */
export interface StockroomModule {
  name: string;
  routes?: FastifyPluginAsyncTypebox<ModuleContext>;
  /** Its GraphQL types and resolvers for the store and admin schemas (served at /store/graphql, /admin/graphql). */
  graphql?: GraphQLContribution;
  /** Resolves the bearer tokens this module issues to principals (identity: sessions, API keys; agents: agent keys). */
  resolveToken?: TokenResolver;
  jobs?: Readonly<Record<string, JobHandler>>;
  /** Runs on every server start after migrations (first owner account, demo data on an empty shop). */
  bootstrap?(context: CommandContext): Promise<void>;
  commands?: Readonly<Record<string, CliCommand>>;
  /** The OpenAPI tags this module's routes use, each with its description (the document lists them). */
  apiTags?: Readonly<Record<string, string>>;
  /** Work the server runs beside HTTP while it is up (the events relay); stopped before the database closes. */
  background?(context: CommandContext): BackgroundService;
  /** Entries of the OpenAPI document's `webhooks` section (the requests this module sends out). */
  openApiWebhooks?: Readonly<Record<string, unknown>>;
}

export interface BackgroundService {
  stop(): Promise<void>;
}
