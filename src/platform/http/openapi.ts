import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from './problem.ts';
import { assertClosedBodySchema, hasSuccessResponse } from './validation.ts';
import { isAdminPath } from './auth.ts';

const API_PREFIXES = ['/store', '/admin', '/auth', '/webhooks'];

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

/**
 * The OpenAPI 3.1 document is generated from the same TypeBox schemas that validate requests and
 * serialize responses. This also enforces, at boot, what makes the document trustworthy: every API
 * route has a response schema, every body schema is closed, and every route documents the
 * problem+json errors it can return.
 */
export async function installOpenApi(
  app: FastifyInstance,
  options: { publicUrl: string; docs: boolean; webhooks?: Readonly<Record<string, unknown>> },
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
    if (isAdminPath(route.url) || config?.auth || route.url === '/auth/logout') {
      route.schema.security = [{ bearerAuth: [] }];
      if (config?.permission) {
        const prefix = route.schema.description ? `${route.schema.description}\n\n` : '';
        route.schema.description = `${prefix}Requires permission \`${config.permission}\`.`;
      }
    } else if (isApiRoute(route.url)) {
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
        description: 'Headless commerce back-end. Errors are RFC 9457 problem documents with a stable `code`.',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      },
      servers: [{ url: options.publicUrl }],
      ...(options.webhooks && Object.keys(options.webhooks).length > 0 ? { webhooks: { ...options.webhooks } } : {}),
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token or a secret API key (sk_…)' },
        },
      },
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
