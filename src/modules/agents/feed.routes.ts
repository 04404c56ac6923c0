import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { feedStream } from './feed.ts';

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
    '`availability`, `brand`, `seller_name`, `seller_url`, `target_countries`, `is_eligible_search`, `is_eligible_checkout`. ' +
    'Built and streamed a page of variants at a time.',
  querystring: FeedQuery,
  produces: ['application/gzip'],
  response: { 200: Type.Unknown({ description: 'The feed (`feed.jsonl.gz`), streamed' }) },
});

function sendFeed(reply: FastifyReply, db: Db, config: Config, currency: string | undefined) {
  reply.type('application/gzip');
  reply.header('content-disposition', 'attachment; filename="feed.jsonl.gz"');
  reply.header('cache-control', 'no-store');
  return reply.send(feedStream(db, config, { currency }));
}

/** The feed for agents (any enabled agent, rate limited like its other requests). */
export const agentFeedRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  app.get(
    '/agents/feed.jsonl.gz',
    { config: { agentProtocol: 'any' }, schema: schema('Agents: feed', 'The product feed for agent platforms (agent key)') },
    async (req, reply) => sendFeed(reply, db, config, req.query.currency),
  );
};

/** The same feed for staff, to check it or upload it to a platform by hand. */
export const adminFeedRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  app.get(
    '/admin/agents/feed.jsonl.gz',
    { config: { permission: 'agents:read' }, schema: schema('Admin: agents', 'The product feed for agent platforms') },
    async (req, reply) => sendFeed(reply, db, config, req.query.currency),
  );
};
