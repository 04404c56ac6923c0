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
  url: string;
  /** Stops accepting, lets in-flight requests finish (bounded), stops workers, closes the database. */
  stop(): Promise<void>;
}

export function commandContext(config: Config, database: Database, log: FastifyBaseLogger): CommandContext {
  return { db: database.db, database, config, log, print: (line) => process.stdout.write(`${line}\n`) };
}

/** Opens and migrates the database, runs module bootstraps, starts workers and listens. */
export async function startServer(config: Config, modules: readonly StockroomModule[] = allModules): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  let app: StockroomApp;
  try {
    await migrate(database);
    app = await buildApp(config, { database, modules });
    const context = commandContext(config, database, app.log);
    for (const module of modules) await module.bootstrap?.(context);
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
  return { app, url, stop };
}
