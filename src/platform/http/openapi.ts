import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from './problem.ts';
import { assertClosedBodySchema, hasSuccessResponse } from './validation.ts';
import { isAdminPath } from './auth.ts';
import { isIdempotentRoute } from './idempotency.ts';

const API_PREFIXES = ['/store', '/admin', '/auth', '/webhooks'];
/**
 * Store paths whose resources may belong to a signed-in customer (a customer's cart, their orders):
 * anonymous callers use them too, so their bearer token is optional. Other public routes take none.
 */
const OPTIONAL_AUTH_PREFIXES = ['/store/carts', '/store/orders'];

/** The platform's own tags; modules describe theirs (`StockroomModule.apiTags`). */
export const PLATFORM_TAGS: Readonly<Record<string, string>> = {
  Platform: 'Liveness and readiness probes.',
  'Admin: jobs': 'Progress of background jobs (imports, exports): poll the job a 202 answer names.',
  GraphQL: 'The store and admin GraphQL endpoints: the same services, permissions and error codes as REST.',
};

/** The `Idempotency-Key` request header as documented on every route the idempotency hook honours. */
export const IDEMPOTENCY_KEY_HEADER = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description:
    'Makes a retry safe: a repeated request with the same key and body gets the stored answer (with ' +
    '`Idempotent-Replayed: true`) instead of acting twice; the same key with another body is 422. ' +
    'Without a signed-in caller or a cart in the path, use an unguessable key of at least 22 characters (a UUID).',
  examples: ['3f0c1d2e-8b7a-4c55-9e21-5d6f7a8b9c0d'],
};

const STATUS_TEXT: Readonly<Record<string, string>> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No content',
  '301': 'Moved permanently',
  '302': 'Found',
  '304': 'Not modified',
};

/** What a response says when its schema has no description of its own: its status and the operation's summary. */
export function responseDescription(status: string, summary: string | undefined): string {
  const text = STATUS_TEXT[status] ?? (status.startsWith('2') ? 'Success' : `Status ${status}`);
  if (status === '204') return summary ? `${text}: done (${lowerFirst(summary)})` : `${text}: done`;
  return summary ? `${text}: ${lowerFirst(summary)}` : text;
}

const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

type JsonSchema = Record<string, unknown>;

/**
 * The document's view of one route's schema (the route's own schema is never changed, so validation
 * and serialization are untouched): every response gets a description, and every route the
 * idempotency hook honours documents the `Idempotency-Key` header, decided by the hook's own rule.
 */
export function documentedSchema(
  schema: JsonSchema,
  method: string,
  url: string,
  idempotency: 'auto' | 'off' | 'phased' | undefined,
): JsonSchema {
  const summary = typeof schema.summary === 'string' ? schema.summary : undefined;
  const responses = (schema.response ?? {}) as Record<string, JsonSchema>;
  const response = Object.fromEntries(
    Object.entries(responses).map(([status, body]) => {
      if (typeof body.description === 'string' && body.description !== '') return [status, body];
      return [status, { ...body, description: responseDescription(status, summary) }];
    }),
  );
  const documented: JsonSchema = { ...schema, response };
  if (isIdempotentRoute(method, url, idempotency)) {
    const headers = (schema.headers ?? { type: 'object', properties: {} }) as JsonSchema;
    const properties = (headers.properties ?? {}) as Record<string, unknown>;
    documented.headers = { ...headers, type: 'object', properties: { ...properties, 'idempotency-key': IDEMPOTENCY_KEY_HEADER } };
  }
  return documented;
}

function isApiRoute(url: string): boolean {
  return API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`));
}

/** `GET /store/products/:handle` → `getStoreProductsByHandle`: stable, unique per method and path. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)));
  return [method.toLowerCase(), ...words.filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

/** Store tags first, then Auth, Admin, Platform: the order a storefront developer reads them. */
function tagRank(tag: string): number {
  if (tag.startsWith('Store')) return 0;
  if (tag.startsWith('Auth')) return 1;
  if (tag.startsWith('Admin')) return 2;
  return 3;
}

/**
 * The OpenAPI 3.1 document is generated from the same TypeBox schemas that validate requests and
 * serialize responses. This also enforces, at boot, what makes the document trustworthy: every API
 * route has a response schema, every body schema is closed, and every route documents the
 * problem+json errors it can return.
 */
export async function installOpenApi(
  app: FastifyInstance,
  options: { docs: boolean; tags?: Readonly<Record<string, string>>; webhooks?: Readonly<Record<string, unknown>> },
): Promise<void> {
  app.addSchema(ProblemSchema);
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    const where = `${String(route.method)} ${route.url}`;
    if (isApiRoute(route.url)) {
      if (!hasSuccessResponse(route.schema)) throw new Error(`${where} declares no response schema`);
      if (route.schema?.body) assertClosedBodySchema(route.schema.body, where);
    }
    if (!route.schema) return;
    const response = (route.schema.response ?? {}) as Record<string, unknown>;
    const problem = { $ref: 'Problem#', description: 'Problem (RFC 9457)' };
    route.schema.response = { ...response, '4xx': response['4xx'] ?? problem, '5xx': response['5xx'] ?? problem };
    const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
    route.schema.operationId ??= operationIdFor(method, route.url);
    const config = route.config as { permission?: string; auth?: string } | undefined;
    // Security per operation: a lock only where a token is required; optional where a customer's
    // token changes what the caller sees; none on public routes.
    if (isAdminPath(route.url) || config?.auth || route.url === '/auth/logout') {
      route.schema.security = [{ bearerAuth: [] }];
      if (config?.permission) {
        const prefix = route.schema.description ? `${route.schema.description}\n\n` : '';
        route.schema.description = `${prefix}Requires permission \`${config.permission}\`.`;
      }
    } else if (OPTIONAL_AUTH_PREFIXES.some((p) => route.url === p || route.url.startsWith(`${p}/`))) {
      route.schema.security = [{}, { bearerAuth: [] }]; // anonymous, or signed in (e.g. a customer's cart)
    } else {
      route.schema.security = [];
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stockroom API',
        version: '0.1.0',
        description:
          'Headless commerce back-end. `/store` serves storefronts (anonymous shoppers and signed-in customers), ' +
          '`/auth` signs customers and staff in, `/admin` needs a staff session or an API key with the permission ' +
          'each operation names. Errors are RFC 9457 problem documents with a stable `code`; amounts are integers ' +
          "in the currency's minor unit (cents). POST and PATCH under `/store` and `/admin` take an `Idempotency-Key`.",
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the document works wherever it is served from (http://127.0.0.1:3000/docs, behind a proxy).
      servers: [{ url: '/', description: 'This server' }],
      tags: Object.entries({ ...(options.tags ?? {}), ...PLATFORM_TAGS })
        .sort(([a], [b]) => tagRank(a) - tagRank(b) || a.localeCompare(b))
        .map(([name, description]) => ({ name, description })),
      ...(options.webhooks && Object.keys(options.webhooks).length > 0 ? { webhooks: { ...options.webhooks } } : {}),
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token or a secret API key (sk_…)' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      if (!schema || (schema as { hide?: boolean }).hide) return { schema, url };
      const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
      const documented = documentedSchema(schema as JsonSchema, method, route.url, route.config?.idempotency);
      return { schema: documented, url };
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });

  if (options.docs) {
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      uiConfig: { deepLinking: true },
    });
  }

  app.get(
    '/openapi.json',
    {
      schema: { hide: true },
    },
    async () => app.swagger(),
  );
}
