import {
  defined,
  mutate,
  pageOf,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type SchemaPart,
} from '../../platform/graphql/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { createApiKey, getApiKey, listApiKeys, renameApiKey, revokeApiKey } from './api-keys.ts';
import { getCustomer, listCustomers } from './customers.ts';
import { CreateApiKeyBody, CreateStaffBody, CustomerListQuery, IdParams, UpdateApiKeyBody, UpdateStaffBody } from './identity.schemas.ts';
import { toApiKeyView, toCustomerView, toStaffView } from './identity.views.ts';
import { hashNewPassword } from './password-policy.ts';
import { createStaff, deleteStaff, getStaff, listStaff, updateStaff } from './staff.ts';

const connection = (name: string) => /* GraphQL */ `
  type ${name}Edge {
    cursor: String!
    node: ${name}!
  }

  type ${name}Connection {
    edges: [${name}Edge!]!
    nodes: [${name}!]!
    pageInfo: PageInfo!
  }
`;

const typeDefs = /* GraphQL */ `
  """
  A customer account as GET /admin/customers/{id} shows it
  """
  type Customer {
    id: ID!
    email: String!
    firstName: String
    lastName: String
    phone: String
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  """
  A staff member as GET /admin/staff/{id} shows it
  """
  type Staff {
    id: ID!
    email: String!
    name: String
    """
    owner, admin, staff or viewer
    """
    role: String!
    isDisabled: Boolean!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  """
  An API key as GET /admin/api-keys/{id} shows it (never its secret)
  """
  type ApiKey {
    id: ID!
    name: String!
    """
    The first characters of the secret, to tell keys apart
    """
    prefix: String!
    permissions: [String!]!
    createdBy: String
    version: Int!
    createdAt: String!
    lastUsedAt: String
    revokedAt: String
  }
  ${connection('Customer')}
  ${connection('Staff')}
  ${connection('ApiKey')}
  type StaffPayload {
    staff: Staff
    userErrors: [UserError!]!
  }

  type ApiKeyPayload {
    apiKey: ApiKey
    userErrors: [UserError!]!
  }

  type ApiKeyCreatePayload {
    apiKey: ApiKey
    """
    Shown once; store it now (never stored for an Idempotency-Key replay)
    """
    secret: String
    userErrors: [UserError!]!
  }

  type IdentityDeletePayload {
    deletedId: ID
    userErrors: [UserError!]!
  }

  input StaffCreateInput {
    email: String!
    password: String!
    role: String!
    name: String
  }

  extend type Query {
    """
    Customer accounts, optionally only the one with this email
    """
    customers(first: Int = 20, after: String, email: String): CustomerConnection!
    """
    null when there is no such customer
    """
    customer(id: ID!): Customer
    staffMembers(first: Int = 20, after: String): StaffConnection!
    staffMember(id: ID!): Staff
    apiKeys(first: Int = 20, after: String): ApiKeyConnection!
    apiKey(id: ID!): ApiKey
  }

  # The /admin/staff and /admin/api-keys routes' services. staffUpdate's input is PATCH /admin/staff/{id}'s
  # body (null clears the name). expectedVersion is REST's If-Match: a stale one is precondition_failed.
  extend type Mutation {
    staffCreate(input: StaffCreateInput!): StaffPayload!
    staffUpdate(id: ID!, input: JSON!, expectedVersion: Int): StaffPayload!
    """
    Removes a staff member (never the last owner)
    """
    staffDelete(id: ID!, expectedVersion: Int): IdentityDeletePayload!
    """
    Creates an API key with these permissions; its secret is in this answer only
    """
    apiKeyCreate(name: String!, permissions: [String!]!): ApiKeyCreatePayload!
    apiKeyRename(id: ID!, name: String!, expectedVersion: Int): ApiKeyPayload!
    """
    Revokes an API key at once
    """
    apiKeyRevoke(id: ID!): IdentityDeletePayload!
  }
`;

const version = (value: number | null | undefined) => value ?? undefined;
const idOf = (id: string) => validateInput(IdParams, { id }).id;

/** `null` for a NotFound, as a GraphQL field for "there is none" answers. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

function byId<T extends { id: string }, V>(page: { items: T[]; nextCursor: string | null }, view: (row: T) => V) {
  return toConnection(
    { items: page.items.map(view), nextCursor: page.nextCursor },
    page.items.map((row) => encodeCursor([row.id])),
  );
}

/** The identity part of the admin schema: customers, staff and API keys through the /admin REST routes' services. */
export const identityAdminGraphQL: SchemaPart = {
  typeDefs,
  // POST /admin/api-keys stores no reply under an Idempotency-Key: it holds the secret.
  unkeyed: ['apiKeyCreate'],
  access: {
    'Query.customers': { permission: 'customers:read' },
    'Query.customer': { permission: 'customers:read' },
    'Query.staffMembers': { permission: 'staff:read' },
    'Query.staffMember': { permission: 'staff:read' },
    'Query.apiKeys': { permission: 'api_keys:read' },
    'Query.apiKey': { permission: 'api_keys:read' },
    'Mutation.staffCreate': { permission: 'staff:write' },
    'Mutation.staffUpdate': { permission: 'staff:write' },
    'Mutation.staffDelete': { permission: 'staff:write' },
    'Mutation.apiKeyCreate': { permission: 'api_keys:write' },
    'Mutation.apiKeyRename': { permission: 'api_keys:write' },
    'Mutation.apiKeyRevoke': { permission: 'api_keys:write' },
  },
  resolvers: {
    Query: {
      customers: async (_p: unknown, args: ConnectionArgs & { email?: string | null }, context: GraphQLContext) => {
        const { limit, cursor } = pageOf(args);
        const query = validateInput(CustomerListQuery, defined({ limit, cursor, email: args.email }));
        return byId(await listCustomers(context.db, { limit, cursor: query.cursor, email: query.email }), toCustomerView);
      },
      customer: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        orNull(async () => toCustomerView(await getCustomer(context.db, idOf(args.id)))),
      staffMembers: async (_p: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        return byId(await listStaff(context.db, pageOf(args)), toStaffView);
      },
      staffMember: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        orNull(async () => toStaffView(await getStaff(context.db, idOf(args.id)))),
      apiKeys: async (_p: unknown, args: ConnectionArgs, context: GraphQLContext) =>
        byId(await listApiKeys(context.db, pageOf(args)), toApiKeyView),
      apiKey: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        orNull(async () => toApiKeyView(await getApiKey(context.db, idOf(args.id)))),
    },
    Mutation: {
      staffCreate: async (_p: unknown, args: { input: Record<string, unknown> }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const body = validateInput(CreateStaffBody, defined(args.input), '/input');
          const passwordHash = await hashNewPassword(body.password);
          return { staff: toStaffView(await createStaff(tx, context.principal, { ...body, passwordHash })) };
        }),
      staffUpdate: async (_p: unknown, args: { id: string; input: unknown; expectedVersion?: number | null }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const id = idOf(args.id);
          const { password, ...rest } = validateInput(UpdateStaffBody, args.input, '/input');
          const passwordHash = password === undefined ? undefined : await hashNewPassword(password);
          return {
            staff: toStaffView(await updateStaff(tx, context.principal, id, { ...rest, passwordHash }, version(args.expectedVersion))),
          };
        }),
      staffDelete: async (_p: unknown, args: { id: string; expectedVersion?: number | null }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const id = idOf(args.id);
          await deleteStaff(tx, context.principal, id, version(args.expectedVersion));
          return { deletedId: id };
        }),
      apiKeyCreate: async (_p: unknown, args: { name: string; permissions: string[] }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const body = validateInput(CreateApiKeyBody, { name: args.name, permissions: args.permissions });
          const created = await createApiKey(tx, context.principal, body);
          context.request.log.info({ event: 'identity.api_key_created', apiKeyId: created.apiKey.id }, 'API key created');
          return { apiKey: toApiKeyView(created.apiKey), secret: created.secret };
        }),
      apiKeyRename: async (_p: unknown, args: { id: string; name: string; expectedVersion?: number | null }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const id = idOf(args.id);
          const { name } = validateInput(UpdateApiKeyBody, { name: args.name });
          return { apiKey: toApiKeyView(await renameApiKey(tx, id, name, version(args.expectedVersion))) };
        }),
      apiKeyRevoke: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const id = idOf(args.id);
          await revokeApiKey(tx, id);
          context.request.log.info({ event: 'identity.api_key_revoked', apiKeyId: id }, 'API key revoked');
          return { deletedId: id };
        }),
    },
  },
};
