import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { closed, Nullable, Timestamp } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { checkEndpointUrl, systemResolver } from '../events/index.ts';
import { ACP_ORDER_EVENTS } from './acp.webhooks.ts';
import { AgentParams } from './agents.schemas.ts';
import { deleteAgentWebhook, getAgentWebhook, setAgentWebhook } from './agent-webhooks.ts';
import { UCP_ORDER_EVENTS } from './ucp.webhooks.ts';

const tags = ['Admin: agents'];
const noNul = { pattern: '^[^\\u0000]*$' } as const;

const WebhookFormat = Type.Union([Type.Literal('acp'), Type.Literal('ucp')], {
  description:
    'The wire format: `acp` sends ACP order webhooks (`order_create`, `order_update`); `ucp` sends UCP order events (the full order, ' +
    'signed with the shop’s key). Default `acp`.',
});

const FormatQuery = Type.Object({ format: Type.Optional(WebhookFormat) }, closed);

const AgentWebhookBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 2048,
      ...noNul,
      description: 'Where the agent’s platform receives order events (https in production)',
    }),
    format: Type.Optional(WebhookFormat),
    secret: Type.Optional(
      Type.String({
        minLength: 16,
        maxLength: 256,
        ...noNul,
        description:
          'ACP (required there): the signing secret the agent’s platform shared; `Merchant-Signature` is an HMAC-SHA256 keyed with it. ' +
          'Never shown again. UCP: not used (the shop signs with its own key, published at `/.well-known/ucp`).',
      }),
    ),
  },
  { ...closed, title: 'AgentWebhookInput' },
);

const AgentWebhook = Type.Object(
  {
    url: Type.String(),
    format: WebhookFormat,
    events: Type.Array(Type.String(), {
      description: `The outbox events delivered: ${ACP_ORDER_EVENTS.join(', ')} (acp); ${UCP_ORDER_EVENTS.join(', ')} (ucp)`,
    }),
    enabled: Type.Boolean({ description: 'false after every delivery failed for a day; setting the webhook again re-enables it' }),
    failingSince: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'AgentWebhook' },
);

/**
 * The owner sets where an agent receives its protocols' order webhooks (one URL per format; for UCP
 * the URL the platform gives at onboarding, its order capability's `webhook_url`). Deliveries go
 * through the events relay (outbox, retries, delivery log); see acp.webhooks.ts and ucp.webhooks.ts
 * for the wire formats.
 */
export const agentWebhookRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  const policy = { allowPrivate: config.webhooksAllowPrivate, resolve: systemResolver };

  app.put(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: "Set the agent's order webhook (ACP order_create / order_update, or UCP order events)",
        description:
          'Creates or replaces the webhook of `format`. With `acp`, orders the agent places through ACP are sent to `url` as ACP ' +
          'webhook events, signed with `secret` (`Merchant-Signature: t=…,v1=…`). With `ucp`, orders it places through UCP are sent ' +
          'as UCP order events (the full order), signed per RFC 9421 with the shop’s key from `/.well-known/ucp`. Either is retried ' +
          'with backoff until the receiver answers 2xx.',
        params: AgentParams,
        body: AgentWebhookBody,
        response: { 200: { ...AgentWebhook, description: 'The webhook (without its secret)' } },
      },
    },
    async (req, reply) => {
      const url = await checkEndpointUrl(req.body.url, policy); // may ask DNS: before the transaction
      return inRequestTransaction(req, reply, db, (tx) =>
        setAgentWebhook(tx, req.params.id, { url, format: req.body.format ?? 'acp', secret: req.body.secret }),
      );
    },
  );

  app.get(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:read' },
      schema: {
        tags,
        summary: "The agent's order webhook of a format",
        params: AgentParams,
        querystring: FormatQuery,
        response: { 200: { ...AgentWebhook, description: 'The webhook (without its secret)' } },
      },
    },
    async (req) => getAgentWebhook(db, req.params.id, req.query.format ?? 'acp'),
  );

  app.delete(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: "Remove the agent's order webhook of a format (and its pending deliveries)",
        params: AgentParams,
        querystring: FormatQuery,
        response: { 204: Type.Null({ description: 'No content' }) },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        await deleteAgentWebhook(tx, req.params.id, req.query.format ?? 'acp');
        reply.code(204);
        return null;
      }),
  );
};
