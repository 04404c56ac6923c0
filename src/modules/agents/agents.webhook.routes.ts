import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { closed, Nullable, Timestamp } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { checkEndpointUrl, systemResolver } from '../events/index.ts';
import { ACP_ORDER_EVENTS } from './acp.webhooks.ts';
import { AgentParams } from './agents.schemas.ts';
import { deleteAgentWebhook, getAgentWebhook, setAgentWebhook } from './agent-webhooks.ts';

const tags = ['Admin: agents'];
const noNul = { pattern: '^[^\\u0000]*$' } as const;

const AgentWebhookBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 2048,
      ...noNul,
      description: 'Where the agent’s platform receives order events (https in production)',
    }),
    secret: Type.String({
      minLength: 16,
      maxLength: 256,
      ...noNul,
      description:
        'The signing secret the agent’s platform shared: `Merchant-Signature` is an HMAC-SHA256 keyed with it. Never shown again.',
    }),
  },
  { ...closed, title: 'AgentWebhookInput' },
);

const AgentWebhook = Type.Object(
  {
    url: Type.String(),
    format: Type.Literal('acp', { description: 'The wire format: ACP order webhooks (`order_create`, `order_update`)' }),
    events: Type.Array(Type.String(), { description: `The outbox events delivered: ${ACP_ORDER_EVENTS.join(', ')}` }),
    enabled: Type.Boolean({ description: 'false after every delivery failed for a day; setting the webhook again re-enables it' }),
    failingSince: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'AgentWebhook' },
);

/**
 * The owner sets where an agent receives its protocol's order webhooks. Deliveries go through the
 * events relay (outbox, retries, delivery log); see acp.webhooks.ts for the ACP wire format.
 */
export const agentWebhookRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  const policy = { allowPrivate: config.webhooksAllowPrivate, resolve: systemResolver };

  app.put(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: "Set the agent's order webhook (ACP order_create / order_update)",
        description:
          'Creates or replaces it. Orders the agent places through ACP are then sent to `url` as ACP webhook events, signed with ' +
          '`secret` (`Merchant-Signature: t=…,v1=…`), retried with backoff until the receiver answers 2xx.',
        params: AgentParams,
        body: AgentWebhookBody,
        response: { 200: { ...AgentWebhook, description: 'The webhook (without its secret)' } },
      },
    },
    async (req, reply) => {
      const url = await checkEndpointUrl(req.body.url, policy); // may ask DNS: before the transaction
      return inRequestTransaction(req, reply, db, (tx) => setAgentWebhook(tx, req.params.id, { url, secret: req.body.secret }));
    },
  );

  app.get(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:read' },
      schema: {
        tags,
        summary: "The agent's order webhook",
        params: AgentParams,
        response: { 200: { ...AgentWebhook, description: 'The webhook (without its secret)' } },
      },
    },
    async (req) => getAgentWebhook(db, req.params.id),
  );

  app.delete(
    '/admin/agents/:id/webhook',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: "Remove the agent's order webhook (and its pending deliveries)",
        params: AgentParams,
        response: { 204: Type.Null({ description: 'No content' }) },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        await deleteAgentWebhook(tx, req.params.id);
        reply.code(204);
        return null;
      }),
  );
};
