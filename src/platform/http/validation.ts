import { Ajv, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import fastJsonStringify, { type AnySchema, type Options as SerializerOptions } from 'fast-json-stringify';
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
  const compilers = compilersFor((externalSchemas ?? {}) as Record<string, object>);
  return ({ schema, httpPart }) => compilers.compile(httpPart === 'body' ? 'body' : 'text', schema);
}

// Every encapsulation context used to build its own pair of Ajv instances and compile the same id,
// page and problem schemas again, which dominated an app's start. Contexts with the same shared
// schemas now share one pair per process, and one compiled validator per distinct schema text.
interface Compilers {
  compile(part: 'body' | 'text', schema: unknown): ReturnType<Ajv['compile']>;
}
const compilersByShared = new Map<string, Compilers>();

function compilersFor(external: Record<string, object>): Compilers {
  const sharedKey = JSON.stringify(external);
  const known = compilersByShared.get(sharedKey);
  if (known) return known;
  const ajv = {
    body: addFormats(new Ajv({ ...shared, coerceTypes: false })),
    text: addFormats(new Ajv({ ...shared, coerceTypes: 'array' })),
  };
  for (const schema of Object.values(external)) {
    ajv.body.addSchema(schema);
    ajv.text.addSchema(schema);
  }
  const validators = new Map<string, ReturnType<Ajv['compile']>>();
  const compilers: Compilers = {
    compile(part, schema) {
      const key = `${part}:${JSON.stringify(schema)}`;
      let validate = validators.get(key);
      if (!validate) {
        validate = ajv[part].compile(schema as object);
        validators.set(key, validate);
      }
      return validate;
    },
  };
  compilersByShared.set(sharedKey, compilers);
  return compilers;
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

type SerializerFactory = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']
>;
type Serialize = (document: unknown) => string;

// Response serializers, like validators, are compiled once per distinct schema text (and set of
// shared schemas) in a process: the same page, problem and view schemas recur across modules.
const serializers = new Map<string, Serialize>();

function buildSerializerFor(externalSchemas: unknown, serializerOpts: unknown): (route: { schema: unknown }) => Serialize {
  const external = (externalSchemas ?? {}) as Record<string, object>;
  const options: SerializerOptions = {
    ...(serializerOpts as SerializerOptions | undefined),
    schema: external as SerializerOptions['schema'],
  };
  const prefix = `${JSON.stringify(serializerOpts ?? {})}:${JSON.stringify(external)}`;
  return ({ schema }) => {
    const key = `${prefix}:${JSON.stringify(schema)}`;
    let serialize = serializers.get(key);
    if (!serialize) {
      // As Fastify's own compiler does: a response schema that is itself a shared schema is not
      // passed twice (fast-json-stringify refuses a duplicate $id).
      const id = (schema as { $id?: unknown }).$id;
      const own =
        typeof id === 'string' && id in external
          ? { ...options, schema: Object.fromEntries(Object.entries(external).filter(([key]) => key !== id)) }
          : options;
      serialize = fastJsonStringify(schema as AnySchema, own as SerializerOptions) as Serialize;
      serializers.set(key, serialize);
    }
    return serialize;
  };
}

/** `buildSerializerFor` as Fastify's option type wants it. */
export const buildSerializer = buildSerializerFor as unknown as SerializerFactory;
