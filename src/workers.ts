import cluster, { type Worker } from 'node:cluster';
import pino from 'pino';
import { ConfigError, type Config } from './platform/config.ts';
import { openConfiguredDatabase } from './platform/db/index.ts';
import { prepareDatabase } from './server.ts';

/**
 * `STOCKROOM_WORKERS=N`: one primary process and N server processes sharing the port through
 * node:cluster (the primary accepts connections and hands them out round-robin). The primary
 * migrates and runs the module bootstraps once, before it forks, so workers never race on them;
 * each worker then runs the whole server: its own pool, its own job worker (jobs are claimed with
 * leases, so N job workers cooperate), its own catalog cache (invalidated across processes).
 *
 * A worker that dies is replaced (after a short pause, so a crash loop does not spin). SIGTERM or
 * SIGINT to the primary is passed on to every worker, which finishes its in-flight requests; the
 * primary exits once all of them have.
 */

/** True in a process forked by `runPrimary`: it runs one server and nothing else. */
export const isClusterWorker = cluster.isWorker;

const RESTART_DELAY_MS = 1000;

export async function runPrimary(config: Config, argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  if (!config.databaseUrl) {
    throw new ConfigError('Invalid STOCKROOM_WORKERS: more than one process needs DATABASE_URL (the embedded database has one writer)');
  }
  const log = pino({ level: config.logLevel });
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(config, database, log);
  } finally {
    await database.close();
  }

  cluster.setupPrimary({ args: [...argv] });
  let stopping = false;
  const live = new Set<Worker>();
  const fork = (): void => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) return;
      log.error({ pid: worker.process.pid, code, signal }, 'a server process exited; starting another');
      setTimeout(fork, RESTART_DELAY_MS).unref();
    });
  };
  for (let i = 0; i < config.workers; i += 1) fork();
  log.info({ workers: config.workers }, `Stockroom is starting ${config.workers} server processes`);

  return new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      stopping = true;
      log.info({ signal }, 'shutting down the server processes');
      for (const worker of live) worker.process.kill('SIGTERM');
      const check = setInterval(() => {
        if (live.size === 0) {
          clearInterval(check);
          resolve(0);
        }
      }, 50);
      setTimeout(() => {
        for (const worker of live) worker.process.kill('SIGKILL');
        resolve(1);
      }, config.shutdownTimeoutMs + 1000).unref();
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
