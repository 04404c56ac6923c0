import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import {
  checkEndpointUrl,
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listAttempts,
  listEndpoints,
  redeliver,
  rotateSecret,
  updateEndpoint,
  type UrlPolicy,
} from './endpoints.ts';
import {
  AttemptPage,
  CreateWebhookBody,
  FeedPage,
  FeedQuery,
  IdParams,
  ListQuery,
  NoContent,
  RedeliverBody,
  RedeliveryView,
  RotateSecretBody,
  UpdateWebhookBody,
  WebhookPage,
  WebhookView,
  WebhookWithSecret,
} from './events.schemas.ts';
import { toAttemptView, toWebhookView } from './events.views.ts';
import { listEvents } from './feed.ts';

export interface EventsRouteContext extends ModuleContext {
  urlPolicy: UrlPolicy;
}

const tags = ['Admin: webhooks'];
const read = { permission: 'webhooks:read' };
const write = { permission: 'webhooks:write' };
const DEFAULT_OVERLAP_SECONDS = 24 * 3600;

/** `/admin/webhooks` (endpoints, their delivery log, redelivery) and `/admin/events` (the feed). */
export const eventsRoutes: FastifyPluginAsyncTypebox<EventsRouteContext> = async (app, { db, urlPolicy }) => {
  app.post(
    '/admin/webhooks',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a webhook endpoint; the answer shows its signing secret, once',
        description:
          '422 `webhook_url_forbidden` for a URL that is not https or reaches a private address (unless allowed by configuration).',
        body: CreateWebhookBody,
        response: { 201: WebhookWithSecret },
      },
    },
    async (req, reply) => {
      const url = await checkEndpointUrl(req.body.url, urlPolicy); // may ask DNS: before the transaction
      return inRequestTransaction(req, reply, db, async (tx) => {
        const row = await createEndpoint(tx, { ...req.body, url });
        reply.code(201);
        reply.header('location', `/admin/webhooks/${row.id}`);
        return { ...toWebhookView(row), secret: row.secret };
      });
    },
  );

  app.get(
    '/admin/webhooks',
    { config: read, schema: { tags, summary: 'List webhook endpoints', querystring: ListQuery, response: { 200: WebhookPage } } },
    async (req) => {
      const page = await listEndpoints(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toWebhookView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/webhooks/:id',
    { config: read, schema: { tags, summary: 'Get a webhook endpoint', params: IdParams, response: { 200: WebhookView } } },
    async (req) => toWebhookView(await getEndpoint(db, req.params.id)),
  );

  app.patch(
    '/admin/webhooks/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an endpoint (URL, events, description, enabled); enabling again clears its failure streak',
        params: IdParams,
        body: UpdateWebhookBody,
        response: { 200: WebhookView },
      },
    },
    async (req, reply) => {
      const url = req.body.url === undefined ? undefined : await checkEndpointUrl(req.body.url, urlPolicy);
      return inRequestTransaction(req, reply, db, async (tx) =>
        toWebhookView(await updateEndpoint(tx, req.params.id, { ...req.body, ...(url === undefined ? {} : { url }) })),
      );
    },
  );

  app.delete(
    '/admin/webhooks/:id',
    { config: write, schema: { tags, summary: 'Delete an endpoint and its deliveries', params: IdParams, response: { 204: NoContent } } },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        await deleteEndpoint(tx, req.params.id);
        reply.code(204);
        return null;
      }),
  );

  app.post(
    '/admin/webhooks/:id/rotate-secret',
    {
      config: write,
      schema: {
        tags,
        summary: 'Replace the signing secret; the old one keeps signing (a second v1) during the overlap',
        params: IdParams,
        body: RotateSecretBody,
        response: { 200: WebhookWithSecret },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const row = await rotateSecret(tx, req.params.id, req.body.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS);
        return { ...toWebhookView(row), secret: row.secret };
      }),
  );

  app.get(
    '/admin/webhooks/:id/deliveries',
    {
      config: read,
      schema: {
        tags,
        summary: 'The delivery log: every attempt with its outcome, response code, latency and the first 1 KB of the answer',
        params: IdParams,
        querystring: ListQuery,
        response: { 200: AttemptPage },
      },
    },
    async (req) => {
      const page = await listAttempts(db, req.params.id, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toAttemptView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/webhooks/:id/redeliver',
    {
      config: write,
      schema: {
        tags,
        summary: 'Deliver one event again, or every failed delivery since a time',
        params: IdParams,
        body: RedeliverBody,
        response: { 202: RedeliveryView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const scheduled = await redeliver(tx, req.params.id, req.body);
        reply.code(202);
        return { scheduled };
      }),
  );

  app.get(
    '/admin/events',
    {
      config: { permission: 'events:read' },
      schema: {
        tags: ['Admin: events'],
        summary: 'The event feed in commit order, for receivers that reconcile after an outage',
        querystring: FeedQuery,
        response: { 200: FeedPage },
      },
    },
    async (req) => listEvents(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor, type: req.query.type }),
  );
};
