import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { PageQuery } from '../../platform/http/pagination.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { AgentRow, AgentSessionRow } from './agents.tables.ts';
import {
  AgentPage,
  AgentParams,
  AgentSessionPage,
  AgentView,
  CreateAgentBody,
  CreatedAgentView,
  UpdateAgentBody,
  type AgentView as AgentViewType,
} from './agents.schemas.ts';
import { getAgent, listAgents, registerAgent, updateAgent } from './registry.ts';
import { listAgentSessions } from './sessions.ts';

const tags = ['Admin: agents'];

function toAgentView(row: AgentRow): AgentViewType {
  return {
    id: row.id,
    name: row.name,
    protocols: row.protocols,
    hasBearerKey: row.keyHash !== null,
    publicKeys: row.publicKeys as AgentViewType['publicKeys'],
    rateLimitPerMinute: row.rateLimitPerMinute,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSessionView(row: AgentSessionRow) {
  return {
    id: row.id,
    protocol: row.protocol,
    status: row.status,
    cartId: row.cartId,
    orderId: row.orderId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The owner's side of agents: register, list, change or disable them, and see their sessions and orders. */
export const agentAdminRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.post(
    '/admin/agents',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: 'Register an AI shopping agent',
        description: 'Without public keys the agent gets a bearer key (`agk_…`), shown here once and stored only hashed.',
        body: CreateAgentBody,
        response: { 201: { ...CreatedAgentView, description: 'The agent, and its bearer key (shown once)' } },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const { agent, bearerKey } = await registerAgent(tx, req.body);
        reply.code(201);
        reply.header('location', `/admin/agents/${agent.id}`);
        return { agent: toAgentView(agent), bearerKey: bearerKey ?? null };
      }),
  );

  app.get(
    '/admin/agents',
    {
      config: { permission: 'agents:read' },
      schema: {
        tags,
        summary: 'Registered agents, newest first',
        querystring: PageQuery,
        response: { 200: { ...AgentPage, description: 'A page of agents' } },
      },
    },
    async (req) => {
      const page = await listAgents(db, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toAgentView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/agents/:id',
    {
      config: { permission: 'agents:read' },
      schema: { tags, summary: 'One agent', params: AgentParams, response: { 200: { ...AgentView, description: 'The agent' } } },
    },
    async (req) => toAgentView(await getAgent(db, req.params.id)),
  );

  app.patch(
    '/admin/agents/:id',
    {
      config: { permission: 'agents:write' },
      schema: {
        tags,
        summary: "Change an agent's name, protocols, keys or rate limit, or disable it",
        params: AgentParams,
        body: UpdateAgentBody,
        response: { 200: { ...AgentView, description: 'The changed agent' } },
      },
    },
    async (req, reply) => inRequestTransaction(req, reply, db, async (tx) => toAgentView(await updateAgent(tx, req.params.id, req.body))),
  );

  app.get(
    '/admin/agents/:id/sessions',
    {
      config: { permission: 'agents:read' },
      schema: {
        tags,
        summary: "An agent's checkout sessions (with their orders), newest first",
        params: AgentParams,
        querystring: PageQuery,
        response: { 200: { ...AgentSessionPage, description: 'A page of sessions' } },
      },
    },
    async (req) => {
      await getAgent(db, req.params.id);
      const page = await listAgentSessions(db, req.params.id, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
      return { items: page.items.map(toSessionView), nextCursor: page.nextCursor };
    },
  );
};
