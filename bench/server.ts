/**
 * One server under benchmark, in its own process(es) so the load generator does not share its CPU:
 *   stockroom  the real app, `STOCKROOM_WORKERS` processes (node:cluster, as `stockroom serve`)
 *   bare       a minimal Fastify route returning a precomputed JSON body (BENCH_BARE_BODY_FILE, the
 *              W1 response): the HTTP ceiling
 * Prints `READY <port> <stats port>` once listening. The stats port answers GET with the server's
 * statement count (the database layer's counting hook, summed over every process), its RSS and the
 * CPU time its processes have used, so the runner can report statements per request, peak memory
 * and CPU milliseconds per request (which, unlike throughput, other work on the machine barely moves).
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import Fastify from 'fastify';
import { loadConfig } from '../src/platform/config.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { runPrimary } from '../src/workers.ts';

const mode = process.argv[2];

interface ProcessStats {
  queries: number;
  rss: number;
  maxRss: number;
  /** User + system CPU time of the process so far. */
  cpuMs: number;
}

const own = (queries: number): ProcessStats => {
  const cpu = process.cpuUsage();
  return { queries, rss: process.memoryUsage.rss(), maxRss: process.resourceUsage().maxRSS * 1024, cpuMs: (cpu.user + cpu.system) / 1000 };
};

function listenStats(collect: () => Promise<ProcessStats[]>): Promise<number> {
  const server: Server = createServer((_req, res) => {
    collect().then(
      (all) => {
        const sum = (key: keyof ProcessStats) => all.reduce((n, s) => n + s[key], 0);
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ processes: all.length, queries: sum('queries'), rss: sum('rss'), maxRss: sum('maxRss'), cpuMs: sum('cpuMs') }),
        );
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

async function stockroom(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', STOCKROOM_DEMO_DATA: 'false' });
  if (cluster.isPrimary && config.workers > 1) {
    // The primary: forks the workers (they run this file with the same argument), then gathers stats.
    let listening = 0;
    const statsPort = await listenStats(async () => {
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      const replies = await Promise.all(
        workers.map(
          (worker) =>
            new Promise<ProcessStats>((resolve) => {
              const onMessage = (message: unknown): void => {
                if (message && typeof message === 'object' && 'benchStats' in message) {
                  worker.off('message', onMessage);
                  resolve((message as { benchStats: ProcessStats }).benchStats);
                }
              };
              worker.on('message', onMessage);
              worker.send('bench:stats');
            }),
        ),
      );
      return [own(0), ...replies];
    });
    cluster.on('listening', () => {
      listening += 1;
      if (listening === config.workers) process.stdout.write(`READY ${config.port} ${statsPort}\n`);
    });
    await runPrimary(config, ['stockroom']);
    process.exit(0);
  }
  const server: RunningServer = await startServer(config, undefined, { prepare: cluster.isPrimary });
  if (cluster.isWorker) {
    process.on('message', (message) => {
      if (message === 'bench:stats') process.send?.({ benchStats: own(server.database.stats.queries) });
    });
  } else {
    const statsPort = await listenStats(async () => [own(server.database.stats.queries)]);
    process.stdout.write(`READY ${new URL(server.url).port} ${statsPort}\n`);
  }
  process.on('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
}

async function bare(): Promise<void> {
  const file = process.env.BENCH_BARE_BODY_FILE;
  if (!file) throw new Error('BENCH_BARE_BODY_FILE is not set');
  const body = readFileSync(file, 'utf8');
  const app = Fastify({ logger: false });
  app.get('/bare', async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const statsPort = await listenStats(async () => [own(0)]);
  process.stdout.write(`READY ${(app.server.address() as { port: number }).port} ${statsPort}\n`);
}

(mode === 'stockroom' ? stockroom() : mode === 'bare' ? bare() : Promise.reject(new Error(`unknown mode ${String(mode)}`))).catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
