import { Type, type Static } from '@sinclair/typebox';
import { Page } from '../../platform/http/pagination.ts';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/** The admin API's shapes for agents (camelCase, like the rest of the admin API). */

export const AgentProtocolSchema = Type.Union([Type.Literal('acp'), Type.Literal('ucp'), Type.Literal('mcp')]);

const B64url = Type.String({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 100 });
export const AgentJwkSchema = Type.Object(
  {
    kty: Type.Literal('EC'),
    crv: Type.Literal('P-256'),
    x: B64url,
    y: B64url,
    kid: Type.String({ minLength: 1, maxLength: 100 }),
    alg: Type.Optional(Type.Literal('ES256')),
    use: Type.Optional(Type.Literal('sig')),
  },
  { ...closed, title: 'AgentPublicKey', description: 'An EC P-256 public key (JWK) the agent signs requests with (ES256)' },
);

export const CreateAgentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    protocols: Type.Array(AgentProtocolSchema, { minItems: 1, maxItems: 3, description: 'What the agent may speak' }),
    publicKeys: Type.Optional(Type.Array(AgentJwkSchema, { maxItems: 10 })),
    issueBearerKey: Type.Optional(
      Type.Boolean({ description: 'Also issue a bearer key to an agent with public keys (one without keys always gets one)' }),
    ),
    rateLimitPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 120 })),
  },
  closed,
);
export type CreateAgentBody = Static<typeof CreateAgentBody>;

export const UpdateAgentBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    protocols: Type.Optional(Type.Array(AgentProtocolSchema, { minItems: 1, maxItems: 3 })),
    publicKeys: Type.Optional(Type.Array(AgentJwkSchema, { maxItems: 10 })),
    rateLimitPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    disabled: Type.Optional(Type.Boolean({ description: 'true refuses every later request of the agent at once' })),
  },
  closed,
);
export type UpdateAgentBody = Static<typeof UpdateAgentBody>;

export const AgentParams = Type.Object({ id: Id }, closed);

export const AgentView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    protocols: Type.Array(AgentProtocolSchema),
    hasBearerKey: Type.Boolean(),
    publicKeys: Type.Array(AgentJwkSchema),
    rateLimitPerMinute: Type.Integer(),
    disabled: Type.Boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Agent' },
);
export type AgentView = Static<typeof AgentView>;

export const CreatedAgentView = Type.Object(
  {
    agent: AgentView,
    bearerKey: Nullable(Type.String({ description: 'Shown once: the agent sends it as `Authorization: Bearer agk_…`' })),
  },
  { ...closed, title: 'CreatedAgent' },
);

export const AgentPage = Page(AgentView, 'Agent');

export const AgentSessionView = Type.Object(
  {
    id: Type.String(),
    protocol: AgentProtocolSchema,
    status: Type.Union([Type.Literal('open'), Type.Literal('completed'), Type.Literal('canceled')]),
    cartId: Type.String(),
    orderId: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'AgentCheckoutSession' },
);
export const AgentSessionPage = Page(AgentSessionView, 'AgentCheckoutSession');
