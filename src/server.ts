import { createServer } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './platform/config.ts';
import { openConfiguredDatabase, migrate, explainDatabaseError, type Database } from './platform/db/index.ts';
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

/** The configured port is taken by another process. */
export class PortInUse extends Error {
  override name = 'PortInUse';
  constructor(config: Config) {
    super(
      `Port ${config.port} on ${config.host} is already in use (another Stockroom, or \`npm run dev\`, still running?). ` +
        `Stop that process, or start this one on another port: PORT=${config.port + 1} npm start`,
    );
  }
}

/** Fails fast with PortInUse before anything slow (migrations, the demo shop) runs. */
async function assertPortFree(config: Config): Promise<void> {
  if (config.port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUse(config) : error);
    });
    probe.listen({ port: config.port, host: config.host, exclusive: true }, () => {
      probe.close(() => {
        resolve();
      });
    });
  });
}

/** Opens and migrates the configured database; a server that cannot be reached is explained in one line. */
export async function openMigratedDatabase(config: Config): Promise<{ database: Database; applied: string[] }> {
  let database: Database | undefined;
  try {
    database = await openConfiguredDatabase(config);
    const applied = await migrate(database);
    return { database, applied };
  } catch (error) {
    await database?.close().catch(() => undefined);
    throw explainDatabaseError(error, config.databaseUrl);
  }
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
  try {
    await migrate(database);
  } catch (error) {
    throw explainDatabaseError(error, config.databaseUrl);
  }
  const context = commandContext(config, database, log);
  for (const module of modules) await module.bootstrap?.(context);
}

/** Opens and migrates the database, runs module bootstraps, starts workers and listens. */
export async function startServer(
  config: Config,
  modules: readonly StockroomModule[] = allModules,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const prepare = options.prepare !== false;
  // A cluster worker shares the primary's listening socket: only a process that listens alone probes.
  if (prepare) await assertPortFree(config);
  const database = prepare ? (await openMigratedDatabase(config)).database : await openConfiguredDatabase(config);
  let app: StockroomApp;
  try {
    app = await buildApp(config, { database, modules });
    const context = commandContext(config, database, app.log);
    if (prepare) for (const module of modules) await module.bootstrap?.(context);
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

  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    clearInterval(housekeeping);
    await app.close();
    await worker.stop();
    await database.close();
    // Taken between the early check and now: the same message.
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new PortInUse(config) : error;
  }
  const backgroundContext = commandContext(config, database, app.log);
  const background = modules.flatMap((module) => (module.background ? [module.background(backgroundContext)] : []));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(housekeeping);
      await app.close(); // waits for in-flight requests; new ones are refused
      await Promise.all(background.map((service) => service.stop()));
      await worker.stop();
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url, stop };
}
