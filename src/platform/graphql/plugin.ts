import { createHash } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RouteAccess } from '../http/auth.ts';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  getOperationAST,
  parse,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import mercurius from 'mercurius';
import type { Cache } from '../cache/cache.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { AppError, BadRequest, MethodNotAllowed, PayloadTooLarge } from '../errors.ts';
import { claimOrFind, createPhases, releaseIdempotencyKey, releaseLease, type Phases } from '../http/idempotency.ts';
import type { CommittedReply } from '../http/idempotency.ts';
import { inRequestTransaction } from '../http/request-transaction.ts';
import { installGraphiQL } from './graphiql.ts';
import { aliasLimitRule, costLimitRule, MAX_DEPTH, MAX_QUERY_BYTES } from './limits.ts';
import { toClientError, type ClientError } from './errors.ts';
import { buildApiSchema } from './schema.ts';
import type { GraphQLApi, GraphQLContext, GraphQLContribution } from './types.ts';

const JsonObject = Type.Record(Type.String(), Type.Unknown());
const PostBody = Type.Object(
  {
    query: Type.Optional(Type.String({ description: 'The GraphQL document (omit to use a persisted query by its hash)' })),
    variables: Type.Optional(Type.Union([JsonObject, Type.Null()])),
    operationName: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    extensions: Type.Optional(
      Type.Object(
        {
          persistedQuery: Type.Optional(
            Type.Object(
              { version: Type.Literal(1), sha256Hash: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, description: 'One GraphQL request; an array of requests (batching) is refused' },
);
const GetQuery = Type.Object(
  {
    query: Type.Optional(Type.String({ description: 'The GraphQL document, a query only (omit to use a persisted query by its hash)' })),
    variables: Type.Optional(Type.String({ description: 'JSON object' })),
    operationName: Type.Optional(Type.String({ maxLength: 200, description: 'Which operation of the document to run' })),
    extensions: Type.Optional(Type.String({ description: 'JSON: `{"persistedQuery":{"version":1,"sha256Hash":"…"}}`' })),
  },
  { additionalProperties: false },
);
const ErrorSchema = Type.Object({
  message: Type.String(),
  locations: Type.Optional(Type.Array(Type.Object({ line: Type.Integer(), column: Type.Integer() }))),
  path: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Integer()]))),
  extensions: Type.Object({
    code: Type.String({ description: 'The REST problem code' }),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  }),
});
const Result = (description: string) =>
  Type.Object(
    { data: Type.Optional(Type.Unknown()), errors: Type.Optional(Type.Array(ErrorSchema)) },
    { description, additionalProperties: false },
  );

/** A query refused before it ran answers `{ errors }`; a malformed request (a batch, bad JSON) is a problem document. */
const Refused = Type.Union(
  [Type.Unsafe<unknown>({ $ref: 'Problem#' }), Result('The query was refused before it ran (syntax, validation, limits)')],
  {
    description: 'The query was refused before it ran (GraphQL errors), or the request itself is malformed (a problem document)',
  },
);

/** How many persisted queries each endpoint remembers (each at most MAX_QUERY_BYTES). */
const PERSISTED_QUERIES = 1000;

interface GraphQLRequest {
  query?: string | undefined;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
  hash?: string | undefined;
}

function parseJsonParam(value: string | undefined, name: string): unknown {
  if (value === undefined || value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new BadRequest({ errors: [{ path: `/query/${name}`, message: 'is not JSON' }] });
  }
}

function fromGet(query: Static<typeof GetQuery>): GraphQLRequest {
  const variables = parseJsonParam(query.variables, 'variables');
  if (variables !== undefined && (variables === null || typeof variables !== 'object' || Array.isArray(variables))) {
    throw new BadRequest({ errors: [{ path: '/query/variables', message: 'must be a JSON object' }] });
  }
  const extensions = parseJsonParam(query.extensions, 'extensions') as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash;
  if (hash !== undefined && (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))) {
    throw new BadRequest({ errors: [{ path: '/query/extensions', message: 'persistedQuery.sha256Hash must be 64 hex digits' }] });
  }
  return { query: query.query, variables: variables as Record<string, unknown> | undefined, operationName: query.operationName, hash };
}

/** Automatic persisted queries (Apollo's protocol): a query sent once with its hash can later be sent as the hash alone. */
class PersistedQueries {
  readonly #queries = new Map<string, string>();

  /** The document to run, or undefined when only an unknown hash came. */
  resolve(request: GraphQLRequest): string | undefined {
    if (request.query !== undefined) {
      if (request.hash !== undefined) {
        const actual = createHash('sha256').update(request.query).digest('hex');
        if (actual !== request.hash)
          throw new BadRequest({ errors: [{ path: '/extensions/persistedQuery/sha256Hash', message: 'does not match the query' }] });
        this.#remember(request.hash, request.query);
      }
      return request.query;
    }
    if (request.hash === undefined) throw new BadRequest({ errors: [{ path: '/query', message: 'is required' }] });
    const query = this.#queries.get(request.hash);
    if (query !== undefined) this.#remember(request.hash, query);
    return query;
  }

  #remember(hash: string, query: string): void {
    this.#queries.delete(hash);
    this.#queries.set(hash, query);
    if (this.#queries.size > PERSISTED_QUERIES) this.#queries.delete(this.#queries.keys().next().value as string);
  }
}

/**
 * The root field names (not aliases) when `source` is a mutation operation — a fragment spread at the
 * root counts as one field named `...` — else undefined (a query, or a document mercurius will refuse).
 */
function mutationFields(source: string, operationName: string | null | undefined): string[] | undefined {
  if (!/\bmutation\b/.test(source)) return undefined; // no document without the keyword is a mutation
  try {
    const operation = getOperationAST(parse(source, { maxTokens: 10_000 }), operationName ?? undefined);
    if (operation?.operation !== OperationTypeNode.MUTATION) return undefined;
    return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '...'));
  } catch {
    return undefined;
  }
}

/**
 * The cache namespace of a query operation made only of `cached` root fields (through fragments
 * too) all of one namespace, else undefined: a mutation, an introspection, any other field, or a
 * document that does not parse (mercurius then refuses it).
 */
function cachedNamespace(source: string, operationName: string | undefined, cached: ReadonlyMap<string, string>): string | undefined {
  let document;
  try {
    document = parse(source, { maxTokens: 10_000 });
  } catch {
    return undefined;
  }
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.QUERY) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const namespaces = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, entered: ReadonlySet<string>): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') return true;
        const namespace = cached.get(selection.name.value);
        if (namespace !== undefined) namespaces.add(namespace);
        return namespace !== undefined;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, entered);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      return fragment !== undefined && !entered.has(name) && visit(fragment.selectionSet, new Set([...entered, name]));
    });
  if (!visit(operation.selectionSet, new Set()) || namespaces.size !== 1) return undefined;
  return [...namespaces][0];
}

/** How many documents' cache namespaces each endpoint remembers (parsing each once). */
const ANALYSED_QUERIES = 1000;

/** Whether a formatted result carries any error, top-level or in a payload's userErrors. */
function failed(result: { data?: unknown; errors?: unknown[] }): boolean {
  if (result.errors && result.errors.length > 0) return true;
  const data = result.data as Record<string, unknown> | null | undefined;
  return Object.values(data ?? {}).some((payload) => {
    const userErrors = (payload as { userErrors?: unknown[] } | null)?.userErrors;
    return Array.isArray(userErrors) && userErrors.length > 0;
  });
}

/** Carries a failed mutation's result out of its transaction, which then rolls back. */
class RolledBack extends Error {
  readonly result: { data?: unknown; errors?: ClientError[] };
  constructor(result: { data?: unknown; errors?: ClientError[] }) {
    super('graphql mutation failed');
    this.result = result;
  }
}

interface MercuriusValidationError extends Error {
  code?: string;
  errors?: readonly GraphQLError[];
}

/** Introspection follows STOCKROOM_GRAPHQL_INTROSPECTION, else is on except in production. */
export function introspectionEnabled(config: Config): boolean {
  return config.graphqlIntrospection ?? config.env !== 'production';
}

async function registerApi(
  app: FastifyInstance,
  api: GraphQLApi,
  db: Db,
  config: Config,
  contributions: readonly GraphQLContribution[],
  cache: Cache<unknown> | undefined,
) {
  const parts = contributions.flatMap((c) => (c[api] ? [c[api]] : []));
  if (parts.length === 0) return;
  const schema = buildApiSchema(api, parts);
  const introspection = introspectionEnabled(config);
  const validationRules: ValidationRule[] = [costLimitRule, aliasLimitRule, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const persisted = new PersistedQueries();
  const phased = new Set(parts.flatMap((p) => p.phased ?? []));
  const unkeyed = new Set(parts.flatMap((p) => p.unkeyed ?? []));
  const cached = new Map(parts.flatMap((p) => Object.entries(p.cached ?? {})));
  const analysed = new Map<string, string | null>();
  const cachedNamespaces = [...new Set(cached.values())];
  /** A GET's cache key: its URL, which holds the whole GraphQL request. */
  const getKey = (url: string): string => `graphql:${api}\nGET ${url}`;
  /** The namespace whose cache may answer this document's operation, from a bounded memo of documents seen. */
  const namespaceOf = (source: string, operationName: string | undefined): string | undefined => {
    if (!cache?.enabled || cached.size === 0) return undefined;
    const key = `${operationName ?? ''}\n${source}`;
    let namespace = analysed.get(key);
    if (namespace === undefined) {
      namespace = cachedNamespace(source, operationName, cached) ?? null;
      if (analysed.size >= ANALYSED_QUERIES) analysed.delete(analysed.keys().next().value as string);
      analysed.set(key, namespace);
    }
    return namespace ?? undefined;
  };

  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    await plain.register(mercurius, {
      schema,
      routes: false,
      graphiql: false,
      allowBatchedQueries: false,
      queryDepth: MAX_DEPTH,
      validationRules,
      // Errors are shaped by `toClientError` below; keep mercurius from setting a status of its own.
      errorFormatter: (execution: ExecutionResult) => ({ statusCode: 200, response: execution }),
    });

    const format = (request: FastifyRequest, reply: FastifyReply, errors: readonly GraphQLError[]): ClientError[] => {
      // A rate_limited field says when to come back as REST's 429 does: the longest wait among them.
      const waits = errors.flatMap((e) => {
        const original = e.originalError;
        const value = original instanceof AppError ? original.headers['retry-after'] : undefined;
        return value === undefined ? [] : [Number(value)];
      });
      if (waits.length > 0) reply.header('retry-after', String(Math.max(...waits)));
      return errors.map((e) => toClientError(e, { suggestions: introspection, log: request.log }));
    };

    const run = async (request: FastifyRequest, reply: FastifyReply, graphqlRequest: GraphQLRequest) => {
      if (graphqlRequest.query !== undefined && Buffer.byteLength(graphqlRequest.query) > MAX_QUERY_BYTES) {
        throw new PayloadTooLarge({ detail: `A GraphQL query may be at most ${MAX_QUERY_BYTES} bytes.` });
      }
      const source = persisted.resolve(graphqlRequest);
      if (source === undefined) {
        return { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'not_found' } }] };
      }
      const execute = async (tx: GraphQLContext['tx'], run?: { phases?: Phases; replay?: CommittedReply }) => {
        const context: Omit<GraphQLContext, 'reply'> = {
          api,
          db: tx ?? db,
          appDb: db,
          tx,
          config,
          request,
          principal: request.principal,
          loaders: new Map(),
          phases: run?.phases,
          replay: run?.replay,
        };
        try {
          const result = await reply.graphql(
            source,
            context as GraphQLContext,
            graphqlRequest.variables ?? undefined,
            graphqlRequest.operationName ?? undefined,
          );
          reply.code(200);
          return result.errors ? { data: result.data, errors: format(request, reply, result.errors) } : { data: result.data };
        } catch (error) {
          const failure = error as MercuriusValidationError;
          if (failure.code === 'MER_ERR_METHOD_NOT_ALLOWED') throw new MethodNotAllowed({ detail: 'Send mutations with POST.' });
          if (failure.code === 'MER_ERR_GQL_VALIDATION' && failure.errors) {
            reply.code(400);
            return { errors: format(request, reply, failure.errors) };
          }
          throw error;
        }
      };
      const operationName = graphqlRequest.operationName ?? undefined;
      const namespace = cache ? namespaceOf(source, operationName) : undefined;
      if (cache && namespace !== undefined) {
        // A catalog read: the same answer for every caller. The stored body is the serialized result
        // (bytes), so a hit skips validation, execution, the database and serialization. Answers with
        // errors are never stored.
        const key =
          request.method === 'GET'
            ? getKey(request.url)
            : `graphql:${api}\n${operationName ?? ''}\n${JSON.stringify(graphqlRequest.variables ?? null)}\n${source}`;
        const hit = cache.get(namespace, key);
        reply.type('application/json; charset=utf-8');
        if (hit instanceof Buffer) return reply.header('x-cache', 'hit').send(hit);
        reply.header('x-cache', 'miss');
        const generation = cache.generation(namespace);
        const result = await execute(undefined);
        if (result.errors !== undefined || reply.statusCode !== 200) return result;
        const body = Buffer.from(JSON.stringify(result));
        cache.set(namespace, key, body, generation);
        return reply.send(body);
      }
      const fields = request.method === 'POST' ? mutationFields(source, operationName) : undefined;
      if (fields === undefined) return execute(undefined);
      const phasedField = fields.find((f) => phased.has(f));
      if (phasedField === undefined) {
        const keyed = !fields.every((f) => unkeyed.has(f));
        return runMutation(request, reply, fields.length, keyed, execute);
      }
      if (fields.length !== 1) {
        throw new BadRequest({
          detail: `${phasedField} runs in phases of its own (it calls the payment provider): send it as the operation's only field.`,
          errors: [{ path: '/query', message: `${phasedField} must be the only field of its mutation operation` }],
        });
      }
      return runPhased(request, reply, execute);
    };

    const idempotencyKey = (request: FastifyRequest): string | undefined => {
      const header = request.headers['idempotency-key'];
      if (header === undefined) return undefined;
      const key = Array.isArray(header) ? header[0] : header;
      if (!key || key.length > 255)
        throw new BadRequest({ errors: [{ path: '/headers/idempotency-key', message: 'must be 1 to 255 characters' }] });
      return key;
    };

    /**
     * An operation of one phased field (checkout completion, payment session), as REST's
     * `idempotency: 'phased'` routes run: no operation transaction; the field's service opens each
     * phase itself, and its last phase stores the field's answer under the Idempotency-Key. A retry
     * with the key resumes from the recorded recovery point, or (once answered) gets the stored answer
     * through the same selection. A failure before any phase committed releases the key; after one,
     * the key keeps its recovery point for the retry.
     */
    const runPhased = async (
      request: FastifyRequest,
      reply: FastifyReply,
      execute: (tx: undefined, run: { phases?: Phases; replay?: CommittedReply }) => Promise<{ data?: unknown; errors?: ClientError[] }>,
    ) => {
      const key = idempotencyKey(request);
      if (key !== undefined) {
        const stored = await claimOrFind(db, request, key);
        if (stored) {
          reply.header('idempotent-replayed', 'true');
          return execute(undefined, { replay: stored });
        }
      }
      const claimed = request.idempotencyClaim;
      const phases = createPhases(db, claimed);
      try {
        return await execute(undefined, { phases });
      } finally {
        if (claimed && !phases.hasAnswered()) {
          const undo = phases.hasCommitted() ? releaseLease(db, claimed) : releaseIdempotencyKey(db, claimed);
          await undo.catch(() => undefined); // the lease expires anyway
        }
      }
    };

    /**
     * A mutation operation is one write request, as in REST: one transaction for all its fields, the
     * Idempotency-Key claimed first and its reply stored in that transaction. A failed operation
     * (any top-level or user error) rolls back whole and releases the key, so a retry runs afresh.
     * An operation of `unkeyed` fields only (not `keyed`) ignores the key, as their REST routes do.
     */
    const runMutation = async (
      request: FastifyRequest,
      reply: FastifyReply,
      fields: number,
      keyed: boolean,
      execute: (tx: GraphQLContext['tx']) => Promise<{ data?: unknown; errors?: ClientError[] }>,
    ) => {
      const key = keyed ? idempotencyKey(request) : undefined;
      if (key !== undefined) {
        if (fields !== 1) {
          throw new BadRequest({
            detail: 'An Idempotency-Key covers one effect: send one mutation field per operation.',
            errors: [{ path: '/headers/idempotency-key', message: 'needs an operation with exactly one mutation field' }],
          });
        }
        // The stored answer is returned, not sent: a sent reply is a thenable that resolves to
        // undefined, which would let the operation run a second time behind the replay.
        const stored = await claimOrFind(db, request, key);
        if (stored) {
          for (const [name, value] of Object.entries(stored.headers)) reply.header(name, value);
          reply.header('idempotent-replayed', 'true');
          reply.code(stored.status);
          return stored.body as { data?: unknown; errors?: ClientError[] };
        }
      }
      try {
        return await inRequestTransaction(request, reply, db, async (tx) => {
          const result = await execute(tx);
          if (failed(result)) throw new RolledBack(result);
          return result;
        });
      } catch (error) {
        const claimed = request.idempotencyClaim;
        if (claimed && !request.committedReply) await releaseIdempotencyKey(db, claimed).catch(() => undefined);
        if (error instanceof RolledBack) return error.result;
        throw error;
      }
    };

    const path = `/${api}/graphql`;
    const tags = ['GraphQL'];
    // Any signed-in staff member or API key may reach the admin endpoint (every one holds me:read);
    // each admin field then checks its own permission, as the REST route for the same data does.
    const access: RouteAccess = api === 'admin' ? { permission: 'me:read' } : {};
    scope.post(
      path,
      {
        schema: {
          tags,
          summary: `The ${api} GraphQL API (queries and mutations)`,
          description:
            'Errors carry the REST problem code in `extensions.code`; limits: depth 10, a cost budget, 20 aliases per field, 16 KB per query.',
          body: PostBody,
          response: { 200: Result('The result (field errors, if any, in `errors`)'), 400: Refused },
        },
        // Reads need no transaction; mutations open their own through the services they call.
        config: { ...access, idempotency: 'off' },
      },
      async (request, reply) => run(request, reply, { ...request.body, hash: request.body.extensions?.persistedQuery?.sha256Hash }),
    );
    scope.get(
      path,
      {
        schema: {
          tags,
          summary: `The ${api} GraphQL API over GET (queries only; cacheable, with persisted queries)`,
          querystring: GetQuery,
          response: { 200: Result('The result (field errors, if any, in `errors`)'), 400: Refused },
        },
        config: access,
        // A GET's URL holds its whole request (document, variables, operation, persisted hash): a
        // stored answer for it is served before the query string is even parsed, as REST's cached
        // routes are (after authentication, so a bad token is still 401). Stored only after it ran
        // without errors, so a hit is a URL that validated.
        onRequest: async (request, reply) => {
          if (!cache?.enabled) return;
          const key = getKey(request.url);
          for (const namespace of cachedNamespaces) {
            const hit = cache.get(namespace, key);
            if (hit instanceof Buffer) return reply.type('application/json; charset=utf-8').header('x-cache', 'hit').send(hit);
          }
        },
      },
      async (request, reply) => run(request, reply, fromGet(request.query)),
    );
  });
}

/**
 * Serves every module's GraphQL contributions at `/store/graphql` and `/admin/graphql`; with `cache`
 * (the app's data cache, emptied by change notifications), queries of `cached` fields only are
 * answered from it.
 */
export async function installGraphQL(
  app: FastifyInstance,
  db: Db,
  config: Config,
  contributions: readonly GraphQLContribution[],
  cache?: Cache<unknown>,
): Promise<void> {
  await registerApi(app, 'store', db, config, contributions, cache);
  await registerApi(app, 'admin', db, config, contributions, cache);
  installGraphiQL(app, config);
}
