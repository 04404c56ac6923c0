import { buildSchema, isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Forbidden, Unauthenticated } from '../errors.ts';
import { hasPermission } from '../http/auth.ts';
import type { FieldAccess, GraphQLApi, GraphQLContext, SchemaPart } from './types.ts';

/** Types every schema shares; modules extend `Query` and `Mutation`. */
const BASE_SDL = `
"""Where a connection's page ends (Relay)."""
type PageInfo {
  hasNextPage: Boolean!
  """Pass as \`after\` for the next page; the same opaque cursor the REST list returns."""
  endCursor: String
}

"""An expected business outcome of a mutation, with the REST problem code."""
type UserError {
  code: String!
  """Path of the input field at fault, or null."""
  field: [String!]
  message: String!
}

"""Any JSON value (option maps, addresses)."""
scalar JSON

"""An amount in the currency's minor units (an integer up to 10^11, beyond GraphQL's 32-bit Int)."""
scalar Amount

type Money {
  """ISO 4217 code"""
  currency: String!
  amount: Amount!
}

type Query
`;

function checkAccess(access: FieldAccess | undefined, context: GraphQLContext): void {
  const principal = context.principal;
  if (access?.permission) {
    if (principal.kind === 'anonymous') throw new Unauthenticated();
    if (!hasPermission(principal, access.permission)) throw new Forbidden({ detail: `This needs the ${access.permission} permission.` });
  } else if (access?.auth === 'customer' && principal.kind !== 'customer') {
    throw principal.kind === 'anonymous'
      ? new Unauthenticated({ detail: 'Sign in as a customer.' })
      : new Forbidden({ detail: 'Only customers can use this field.' });
  }
}

/**
 * Builds one API's executable schema from the modules' parts: their SDL is concatenated onto the
 * base, their resolvers attached, and every root field wrapped in its declared access check (the
 * same rule as REST's `onRequest` hook). A root field without a resolver, or an admin root field
 * without a permission, stops the app at boot.
 */
export function buildApiSchema(api: GraphQLApi, parts: readonly SchemaPart[]): GraphQLSchema {
  const hasMutations = parts.some((p) => /extend\s+type\s+Mutation\b/.test(p.typeDefs));
  const sdl = [BASE_SDL, hasMutations ? 'type Mutation' : '', ...parts.map((p) => p.typeDefs)].join('\n');
  const schema = buildSchema(sdl);
  const access = new Map<string, FieldAccess>();
  for (const part of parts) {
    for (const [key, value] of Object.entries(part.access ?? {})) access.set(key, value);
    for (const [typeName, fields] of Object.entries(part.resolvers)) {
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type)) throw new Error(`GraphQL ${api}: resolvers for unknown type ${typeName}`);
      for (const [fieldName, resolve] of Object.entries(fields)) {
        const field = type.getFields()[fieldName];
        if (!field) throw new Error(`GraphQL ${api}: resolver for unknown field ${typeName}.${fieldName}`);
        field.resolve = resolve as unknown as GraphQLFieldResolver<unknown, GraphQLContext>;
      }
    }
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const key = `${root.name}.${field.name}`;
      const resolve = field.resolve;
      if (!resolve) throw new Error(`GraphQL ${api}: ${key} has no resolver`);
      const declared = access.get(key);
      if (api === 'admin' && !declared?.permission) throw new Error(`GraphQL admin: ${key} declares no permission`);
      field.resolve = (parent, args, context: GraphQLContext, info) => {
        checkAccess(declared, context);
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}

/** The SDL committed in `schema/`: sorted, so it changes only when the schema does. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The permission an admin root field declared (tests walk every admin mutation with it). */
export function declaredAccess(parts: readonly SchemaPart[]): ReadonlyMap<string, FieldAccess> {
  return new Map(parts.flatMap((p) => Object.entries(p.access ?? {})));
}

/** The SDL of each API that `contributions` make up, as committed in `schema/<api>.graphql`. */
export function apiSchemaFiles(contributions: readonly { store?: SchemaPart; admin?: SchemaPart }[]): Record<GraphQLApi, string> {
  const sdl = (api: GraphQLApi) => {
    const parts = contributions.flatMap((c) => (c[api] ? [c[api]] : []));
    return parts.length > 0 ? printApiSchema(buildApiSchema(api, parts)) : '';
  };
  return { store: sdl('store'), admin: sdl('admin') };
}
