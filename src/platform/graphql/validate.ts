import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { BadRequest } from '../errors.ts';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;
// The same rules as REST bodies: no coercion, unknown fields rejected, every error reported.
const ajv = addFormats(new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, coerceTypes: false }));
const compiled = new WeakMap<TSchema, ValidateFunction>();

/**
 * Checks resolver arguments against the REST route's own TypeBox schema, so GraphQL accepts exactly
 * what REST accepts; failures are `validation_failed` with JSON pointers under `prefix` (the
 * argument's name).
 */
export function validateInput<S extends TSchema>(schema: S, value: unknown, prefix = ''): Static<S> {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return value;
  const errors = (validate.errors ?? []).slice(0, 50).map((issue) => {
    let path = issue.instancePath;
    let message = issue.message ?? 'is invalid';
    if (issue.keyword === 'additionalProperties') {
      path += `/${String(issue.params.additionalProperty)}`;
      message = 'is not an allowed field';
    } else if (issue.keyword === 'required') {
      path += `/${String(issue.params.missingProperty)}`;
      message = 'is required';
    }
    return { path: `${prefix}${path}`, message };
  });
  throw new BadRequest({ detail: 'Some fields are missing or invalid.', errors });
}

/** Drops null and undefined members: GraphQL's "not given" becomes REST's "absent". */
export function defined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}
