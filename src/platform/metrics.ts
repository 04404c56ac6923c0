import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/types.ts';

/** Prometheus metrics of one app: HTTP durations by route and status, database pool and queries, process. */
export function installMetrics(app: FastifyInstance, database: Database, expose: boolean): Registry {
  const registry = new Registry();
  // The standard process_* and nodejs_* names, unprefixed, so standard dashboards work; every metric
  // of our own is named stockroom_*.
  collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'stockroom_http_request_duration_seconds',
    help: 'HTTP request duration by route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  let reportedQueries = 0;
  new Counter({
    name: 'stockroom_db_queries_total',
    help: 'Statements sent to the database',
    registers: [registry],
    collect() {
      this.inc(database.stats.queries - reportedQueries);
      reportedQueries = database.stats.queries;
    },
  });
  new Gauge({
    name: 'stockroom_db_pool_connections',
    help: 'Database pool connections by state (server PostgreSQL only)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = database.poolStats();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  if (expose) {
    app.get(
      '/metrics',
      {
        schema: {
          tags: ['Platform'],
          summary: 'Prometheus metrics in text exposition format',
          produces: ['text/plain'],
          response: { 200: { type: 'string', description: 'Prometheus text format' } },
        },
        logLevel: 'warn',
      },
      async (_request, reply) => {
        reply.type(registry.contentType);
        return registry.metrics();
      },
    );
  }
  return registry;
}
