import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import type { Config } from '../config.ts';
import type { Db, Tx } from '../db/types.ts';
import type { Principal } from '../http/auth.ts';
import type { CommittedReply, Phases } from '../http/idempotency.ts';

/** The two GraphQL endpoints: `/store/graphql` and `/admin/graphql`. */
export type GraphQLApi = 'store' | 'admin';

/** What every resolver receives as its context: built once per request, never global. */
export interface GraphQLContext {
  api: GraphQLApi;
  /** The operation's transaction in a mutation, else the database. */
  db: Db;
  /** The app's database itself, outside any transaction (keys per-app registries such as throttles). */
  appDb: Db;
  config: Config;
  request: FastifyRequest;
  reply: FastifyReply;
  /** The caller, resolved by the same `onRequest` hook that authenticates REST. */
  principal: Principal;
  /**
   * A mutation operation's one transaction (REST's `inRequestTransaction`): every mutation field of
   * the operation writes in it, and the reply stored under an Idempotency-Key commits with it.
   */
  tx: Tx | undefined;
  /** Per-request loaders by name (`loaderFor`), so a batch never outlives its request. */
  loaders: Map<string, unknown>;
  /**
   * A phased mutation field's phases (REST's `request.phases`): each phase its own transaction, the
   * Idempotency-Key's recovery point advancing with it. Set only for an operation of one phased field.
   */
  phases?: Phases | undefined;
  /** The answer a previous operation with this Idempotency-Key stored for its phased field, replayed. */
  replay?: CommittedReply | undefined;
}

/**
 * A field resolver. Parameters are typed `never` here so a module's resolver may declare its own
 * parent and argument types; the platform calls it as graphql-js does.
 */
export type Resolver = (parent: never, args: never, context: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/** What a root field requires of its caller, as a REST route's `config` does. */
export interface FieldAccess {
  permission?: string;
  auth?: 'customer';
}

/** One module's share of one schema: SDL (`extend type Query { … }`), resolvers and root-field access. */
export interface SchemaPart {
  typeDefs: string;
  resolvers: Readonly<Record<string, Readonly<Record<string, Resolver>>>>;
  /**
   * Access per root field, keyed `Query.product` / `Mutation.cartCreate`. Every admin root field must
   * declare a permission (the app refuses to start otherwise), as every /admin route must.
   */
  access?: Readonly<Record<string, FieldAccess>>;
  /**
   * Mutation fields that call something outside the database (a payment provider) and so run as
   * phases (`phasedField`), as REST's `idempotency: 'phased'` routes do; such a field must be the
   * operation's only field.
   */
  phased?: readonly string[];
  /**
   * Mutation fields whose REST route never stores its reply (the /auth routes: their answers hold
   * session tokens): an operation made only of such fields ignores the Idempotency-Key, as REST does.
   */
  unkeyed?: readonly string[];
  /**
   * Query fields whose answer depends on nothing but their arguments and the data under a cache
   * namespace (`catalog`) — not on the caller, nor on any header — down to every nested field any
   * module adds to their types. A query made only of such fields of one namespace is answered from
   * the process cache, which that namespace's change notifications empty, as REST's cached routes are.
   */
  cached?: Readonly<Record<string, string>>;
}

/** A module's GraphQL types and resolvers, for the store schema, the admin schema or both. */
export interface GraphQLContribution {
  store?: SchemaPart;
  admin?: SchemaPart;
}
