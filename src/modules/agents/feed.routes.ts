import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { enqueue } from '../../platform/jobs.ts';
import { feedStream } from './feed.ts';
import { FEED_JOB, feedCurrencies, latestFeed, storedFeedStream } from './feed-store.ts';

const FeedQuery = Type.Object(
  {
    currency: Type.Optional(
      Type.String({ pattern: '^[A-Za-z]{3}$', description: 'The currency of the prices (ISO 4217); default: the first region’s' }),
    ),
  },
  { additionalProperties: false },
);

const schema = (tag: string, summary: string) => ({
  tags: [tag],
  summary,
  description:
    'gzip-compressed JSON Lines, one object per variant priced in the currency: `id` (the variant id checkout accepts), ' +
    '`item_group_id`, `title`, `description` (plain text), `link`, `image_link`, `sku`, `price` (minor units), `currency`, ' +
    '`availability`, `brand`, `gtin` and `mpn` (when known), `seller_name`, `seller_url`, `seller_privacy_policy`, ' +
    '`seller_tos`, `return_policy` (when set in the shop settings), `return_window` (days), `target_countries`, ' +
    '`is_eligible_search`, `is_eligible_checkout`. Served from the stored feed the job runner rebuilds on a schedule ' +
    '(STOCKROOM_AGENT_FEED_INTERVAL_MINUTES) with its SHA-256 as a strong `ETag` (`If-None-Match` → 304); before the first ' +
    'rebuild, built and streamed live a page of variants at a time.',
  querystring: FeedQuery,
  produces: ['application/gzip'],
  response: {
    200: Type.Unknown({ description: 'The feed (`feed.jsonl.gz`), streamed' }),
    304: Type.Null({ description: 'The agent platform already has this feed (its `ETag` matched `If-None-Match`)' }),
  },
});

async function sendFeed(request: FastifyRequest, reply: FastifyReply, db: Db, config: Config, currency: string | undefined) {
  const chosen = currency?.toUpperCase() ?? (await feedCurrencies(db))[0] ?? 'EUR';
  const stored = await latestFeed(db, chosen);
  reply.header('content-disposition', 'attachment; filename="feed.jsonl.gz"');
  if (!stored) {
    reply.type('application/gzip');
    reply.header('cache-control', 'no-store');
    return reply.send(feedStream(db, config, { currency: chosen }));
  }
  const etag = `"${stored.sha256}"`;
  reply.header('etag', etag);
  reply.header('last-modified', new Date(stored.finishedAt).toUTCString());
  reply.header('cache-control', 'no-cache');
  const match = request.headers['if-none-match'];
  if (typeof match === 'string' && match.split(',').some((m) => m.trim() === etag || m.trim() === '*')) {
    return reply.code(304).send();
  }
  reply.type('application/gzip');
  reply.header('content-length', String(stored.bytes));
  return reply.send(storedFeedStream(db, stored.id));
}

/** The feed for agents (any enabled agent, rate limited like its other requests). */
export const agentFeedRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  app.get(
    '/agents/feed.jsonl.gz',
    { config: { agentProtocol: 'any' }, schema: schema('Agents: feed', 'The product feed for agent platforms (agent key)') },
    async (req, reply) => sendFeed(req, reply, db, config, req.query.currency),
  );
};

/** The same feed for staff, to check it or upload it to a platform by hand. */
export const adminFeedRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  app.get(
    '/admin/agents/feed.jsonl.gz',
    { config: { permission: 'agents:read' }, schema: schema('Admin: agents', 'The product feed for agent platforms') },
    async (req, reply) => sendFeed(req, reply, db, config, req.query.currency),
  );

  app.post(
    '/admin/agents/feed/regenerate',
    {
      // Rebuilding twice yields the same feed: no Idempotency-Key needed.
      config: { permission: 'agents:write', idempotency: 'off' },
      schema: {
        tags: ['Admin: agents'],
        summary: 'Rebuild the stored product feed now (a background job)',
        description: 'Queues a rebuild of every currency’s stored feed on the job runner; follow it at `GET /admin/jobs/:jobId`.',
        response: {
          202: Type.Object({ jobId: Type.String() }, { additionalProperties: false, description: 'The queued rebuild' }),
        },
      },
    },
    async (_req, reply) => {
      const jobId = await enqueue(db, FEED_JOB, { payload: { scheduled: false } });
      reply.code(202);
      return { jobId };
    },
  );
};
