import { Ajv, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler, FastifyServerOptions } from 'fastify';

type ValidatorFactory = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>;

// ajv-formats ships CommonJS with a default export; under NodeNext its type is the module namespace.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

const shared: Options = {
  allErrors: true,
  removeAdditional: false, // unknown fields are rejected, never silently dropped (S3)
  useDefaults: true,
  strict: false,
};

/**
 * Builds the validators of one encapsulation context: bodies are validated exactly (no type
 * coercion: `"5"` is not a number), while query strings, path params and headers, which are always
 * text on the wire, are coerced. Installed as Fastify's validator *factory*, so a plugin that adds
 * shared schemas (`addSchema`) gets these same rules rather than Fastify's defaults, which would
 * silently strip unknown fields.
 */
function buildValidatorFor(externalSchemas: unknown): FastifySchemaCompiler<unknown> {
  const bodyAjv = addFormats(new Ajv({ ...shared, coerceTypes: false }));
  const textAjv = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));
  for (const schema of Object.values((externalSchemas ?? {}) as Record<string, object>)) {
    bodyAjv.addSchema(schema);
    textAjv.addSchema(schema);
  }
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : textAjv).compile(schema as object);
}

/**
 * Throws at boot when a body schema has an object that accepts unknown properties, so no route can
 * forget `additionalProperties: false` and let a client set a field it does not own.
 */
export function assertClosedBodySchema(schema: unknown, where: string, path = ''): void {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  if (node.type === 'object' && node.properties && node.additionalProperties !== false) {
    throw new Error(`${where}: body schema object at "${path || '/'}" must set additionalProperties: false`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) assertClosedBodySchema(child, where, `${path}/${name}`);
    } else if (key === 'items' || key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) assertClosedBodySchema(child, where, key === 'items' ? `${path}/*` : path);
    }
  }
}

export function hasSuccessResponse(schema: FastifySchema | undefined): boolean {
  const response = schema?.response;
  if (!response || typeof response !== 'object') return false;
  return Object.keys(response).some((status) => /^(2\d\d|2xx|3\d\d)$/.test(status));
}

/**
 * `buildValidatorFor` as Fastify's option type wants it: its declared type (from @fastify/ajv-compiler)
 * describes Ajv's own compile signature, while Fastify calls the compiler with a route definition.
 */
export const buildValidator = buildValidatorFor as unknown as ValidatorFactory;
