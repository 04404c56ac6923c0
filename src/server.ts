import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './platform/config.ts';
import { openConfiguredDatabase, migrate, type Database } from './platform/db/index.ts';
import { pruneIdempotencyKeys } from './platform/http/idempotency.ts';
import { startWorker, type JobHandler } from './platform/jobs.ts';
import type { CommandContext, StockroomModule } from './platform/module.ts';
import { buildApp, type StockroomApp } from './app.ts';
import { modules as allModules } from './modules/index.ts';

export interface RunningServer {
  app: StockroomApp;
  database: Database;
  url: string;
  /** Stops accepting, lets in-flight requests finish (bounded), stops workers, closes the database. */
  stop(): Promise<void>;
}

export function commandContext(config: Config, database: Database, log: FastifyBaseLogger): CommandContext {
  return { db: database.db, database, config, log, print: (line) => process.stdout.write(`${line}\n`) };
}

export interface StartServerOptions {
  /**
   * Migrate and run module bootstraps first (default true). A cluster's primary does both once
   * before it forks, and its workers start with `false`.
   */
  prepare?: boolean;
}

/** Migrates the database and runs every module's bootstrap (demo data, the first owner). */
export async function prepareDatabase(config: Config, database: Database, log: FastifyBaseLogger, modules = allModules): Promise<void> {
  await migrate(database);
  const context = commandContext(config, database, log);
  for (const module of modules) await module.bootstrap?.(context);
}

/** Opens and migrates the database, runs module bootstraps, starts workers and listens. */
export async function startServer(
  config: Config,
  modules: readonly StockroomModule[] = allModules,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  let app: StockroomApp;
  try {
    if (options.prepare !== false) await migrate(database);
    app = await buildApp(config, { database, modules });
    const context = commandContext(config, database, app.log);
    if (options.prepare !== false) for (const module of modules) await module.bootstrap?.(context);
  } catch (error) {
    await database.close();
    throw error;
  }

  const handlers: Record<string, JobHandler> = {};
  for (const module of modules) Object.assign(handlers, module.jobs ?? {});
  const worker = startWorker(database.db, handlers, { onError: (error) => app.log.error({ err: error }, 'job worker failed') });
  const housekeeping = setInterval(
    () => {
      pruneIdempotencyKeys(database.db).catch((error: unknown) => app.log.warn({ err: error }, 'pruning idempotency keys failed'));
    },
    60 * 60 * 1000,
  );
  housekeeping.unref();

  const url = await app.listen({ port: config.port, host: config.host });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(housekeeping);
      await app.close(); // waits for in-flight requests; new ones are refused
      await worker.stop();
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url, stop };
}
