import { Type } from '@sinclair/typebox';
import type { Db } from '../../platform/db/index.ts';
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
import { requireCustomer } from '../../platform/http/auth.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { Id } from '../../platform/http/schema.ts';
import { createAddress, deleteAddress, getAddress, listAddresses, updateAddress } from './addresses.ts';
import { getCustomer } from './customers.ts';
import { CreateAddressBody, LoginBody, RegisterBody, UpdateAddressBody } from './identity.schemas.ts';
import { toAddressView, toCustomerView } from './identity.views.ts';
import { signInCustomer } from './login.ts';
import { hashNewPassword } from './password-policy.ts';
import { countRegistrationAttempt, registerCustomer } from './registration.ts';
import type { IdentityRuntime } from './runtime.ts';
import { createSession } from './sessions.ts';

const runtimes = new WeakMap<Db, IdentityRuntime>();

/** The identity routes register their app's runtime (throttle, limits) here, so GraphQL counts against the same throttles. */
export function registerIdentityRuntime(db: Db, runtime: IdentityRuntime): void {
  runtimes.set(db, runtime);
}

function runtimeOf(context: GraphQLContext): IdentityRuntime {
  const runtime = runtimes.get(context.appDb);
  if (!runtime) throw new Error('the identity module is not registered on this database');
  return runtime;
}

const typeDefs = /* GraphQL */ `
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

  type Address {
    id: ID!
    firstName: String
    lastName: String
    company: String
    address1: String!
    address2: String
    city: String!
    postalCode: String
    province: String
    countryCode: String!
    phone: String
    createdAt: String!
    updatedAt: String!
  }

  type AddressEdge {
    cursor: String!
    node: Address!
  }

  type AddressConnection {
    edges: [AddressEdge!]!
    nodes: [Address!]!
    pageInfo: PageInfo!
  }

  input AddressInput {
    firstName: String
    lastName: String
    company: String
    address1: String
    address2: String
    city: String
    postalCode: String
    province: String
    """
    ISO 3166-1 alpha-2
    """
    countryCode: String
    phone: String
  }

  """
  A signed-in customer and the bearer token of their new session (shown once)
  """
  type CustomerAuthPayload {
    customer: Customer
    token: String
    userErrors: [UserError!]!
  }

  type AddressPayload {
    address: Address
    userErrors: [UserError!]!
  }

  type AddressDeletePayload {
    deletedId: ID
    userErrors: [UserError!]!
  }

  extend type Query {
    """
    The signed-in customer
    """
    me: Customer!
    """
    The signed-in customer's addresses, newest first
    """
    addresses(first: Int, after: String): AddressConnection!
    """
    One of the signed-in customer's addresses; null for anyone else's
    """
    address(id: ID!): Address
  }

  extend type Mutation {
    """
    Creates a customer account and signs it in (the sign-up throttle of POST /auth/customers/register)
    """
    customerRegister(email: String!, password: String!, firstName: String, lastName: String): CustomerAuthPayload!
    """
    Signs a customer in, under the login throttles of POST /auth/customers/login: every field (each alias)
    is one attempt. Wrong credentials are a top-level invalid_credentials error (as REST's 401) and this field is null.
    """
    customerLogin(email: String!, password: String!): CustomerAuthPayload
    customerAddressCreate(input: AddressInput!): AddressPayload!
    customerAddressUpdate(id: ID!, input: AddressInput!): AddressPayload!
    customerAddressDelete(id: ID!): AddressDeletePayload!
  }
`;

const AddressId = Type.Object({ id: Id }, { additionalProperties: false });
const customerOnly = { auth: 'customer' } as const;

/** Null for a not_found: another customer's address looks exactly like one that does not exist. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

/** The identity part of the store schema: the REST auth and /store/me routes' services and views. */
export const identityStoreGraphQL: SchemaPart = {
  typeDefs,
  // POST /auth/customers/register and /login store no reply under an Idempotency-Key: they hold tokens.
  unkeyed: ['customerRegister', 'customerLogin'],
  access: {
    'Query.me': customerOnly,
    'Query.addresses': customerOnly,
    'Query.address': customerOnly,
    'Mutation.customerAddressCreate': customerOnly,
    'Mutation.customerAddressUpdate': customerOnly,
    'Mutation.customerAddressDelete': customerOnly,
  },
  resolvers: {
    Query: {
      me: async (_parent: unknown, _args: unknown, context: GraphQLContext) =>
        toCustomerView(await getCustomer(context.db, requireCustomer(context.principal).id)),
      addresses: async (_parent: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        const page = await listAddresses(context.db, requireCustomer(context.principal).id, pageOf(args));
        const items = page.items.map(toAddressView);
        return toConnection(
          { items, nextCursor: page.nextCursor },
          items.map((a) => encodeCursor([a.id])),
        );
      },
      address: async (_parent: unknown, args: { id: string }, context: GraphQLContext) => {
        const { id } = validateInput(AddressId, args);
        return orNull(async () => toAddressView(await getAddress(context.db, requireCustomer(context.principal).id, id)));
      },
    },
    Mutation: {
      customerRegister: async (
        _parent: unknown,
        args: { email: string; password: string; firstName?: string | null; lastName?: string | null },
        context: GraphQLContext,
      ) => {
        const runtime = runtimeOf(context);
        return mutate(context, async (tx) => {
          const body = validateInput(RegisterBody, defined(args));
          await countRegistrationAttempt(runtime.throttle, runtime.registrationLimits, context.request.ip);
          const passwordHash = await hashNewPassword(body.password);
          const result = await registerCustomer(tx, { ...body, passwordHash });
          context.request.log.info({ event: 'auth.register', customerId: result.customer.id }, 'customer registered');
          return { customer: toCustomerView(result.customer), token: result.token };
        });
      },
      customerLogin: async (_parent: unknown, args: { email: string; password: string }, context: GraphQLContext) => {
        const runtime = runtimeOf(context);
        const body = validateInput(LoginBody, args);
        const customer = await signInCustomer(context.db, runtime.throttle, runtime.limits, { ip: context.request.ip, ...body }).catch(
          (error: unknown) => {
            context.request.log.info({ event: 'auth.login_failed', actor: 'customer' }, 'customer login failed');
            throw error;
          },
        );
        return mutate(context, async (tx) => {
          const session = await createSession(tx, { customerId: customer.id });
          context.request.log.info({ event: 'auth.login', customerId: customer.id }, 'customer signed in');
          return { customer: toCustomerView(customer), token: session.token };
        });
      },
      customerAddressCreate: async (_parent: unknown, args: { input: Record<string, unknown> }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const input = validateInput(CreateAddressBody, defined(args.input), '/input');
          return { address: toAddressView(await createAddress(tx, requireCustomer(context.principal).id, input)) };
        }),
      customerAddressUpdate: async (_parent: unknown, args: { id: string; input: Record<string, unknown> }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const { id } = validateInput(AddressId, { id: args.id });
          const input = Object.fromEntries(Object.entries(args.input).filter(([, v]) => v !== undefined));
          const changes = validateInput(UpdateAddressBody, input, '/input');
          return { address: toAddressView(await updateAddress(tx, requireCustomer(context.principal).id, id, changes)) };
        }),
      customerAddressDelete: async (_parent: unknown, args: { id: string }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const { id } = validateInput(AddressId, args);
          await deleteAddress(tx, requireCustomer(context.principal).id, id);
          return { deletedId: id };
        }),
    },
  },
};
