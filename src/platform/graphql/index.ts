export { installGraphQL, introspectionEnabled } from './plugin.ts';
export { apiSchemaFiles, buildApiSchema, printApiSchema, declaredAccess } from './schema.ts';
export { pageOf, toConnection, type Connection, type ConnectionArgs } from './connection.ts';
export { mutate, phasedField, withUserErrors, type UserError } from './errors.ts';
export { BatchLoader, loaderFor } from './loaders.ts';
export { validateInput, defined } from './validate.ts';
export { MAX_COST, MAX_DEPTH, MAX_ALIASES_PER_FIELD, MAX_QUERY_BYTES } from './limits.ts';
export type { GraphQLApi, GraphQLContext, GraphQLContribution, SchemaPart, Resolver, FieldAccess } from './types.ts';
