import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { TestApp } from './app.ts';
import type { TestAgent } from './agents.ts';

/**
 * UCP (2026-04-08) in tests: the protocol's published JSON schemas (test/fixtures/ucp/2026-04-08),
 * with requests resolved per operation from the schemas' `ucp_request` annotations, and one call as
 * an agent.
 */

type Json = Record<string, unknown>;
export type UcpOperation = 'create' | 'update' | 'complete';

const ROOT = fileURLToPath(new URL('../fixtures/ucp/2026-04-08/', import.meta.url));
const BASE = 'https://ucp.dev/schemas/';
const PROFILE_ID = 'https://ucp.dev/discovery/profile.json';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/**
 * The request form of a schema for `operation`, as UCP's `ucp_request` annotations define it: a
 * property marked `omit` is dropped, `required` becomes required, `optional` becomes optional; an
 * annotation may be one word for every operation or one per operation (unnamed: as in the response).
 */
function resolveRequest(node: unknown, operation: UcpOperation): unknown {
  if (Array.isArray(node)) return node.map((n) => resolveRequest(n, operation));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) out[key] = key === 'properties' ? value : resolveRequest(value, operation);
  const properties = (node as Json).properties;
  if (properties && typeof properties === 'object') {
    const kept: Json = {};
    const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
    for (const [name, schema] of Object.entries(properties as Json)) {
      const annotation = (schema as Json | undefined)?.ucp_request;
      const rule = typeof annotation === 'string' ? annotation : (annotation as Record<string, string> | undefined)?.[operation];
      if (rule === 'omit') {
        required.delete(name);
        continue;
      }
      if (rule === 'required') required.add(name);
      if (rule === 'optional') required.delete(name);
      kept[name] = resolveRequest(schema, operation);
    }
    out.properties = kept;
    if (required.size > 0) out.required = [...required];
    else delete out.required;
  }
  return out;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
for (const path of files(ROOT)) {
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Json;
  // The profile schema's `$id` (…/schemas/discovery/profile.json) does not match where it sits
  // (source/discovery/), so its `../schemas/ucp.json` would miss; it is loaded under its location.
  if (path.endsWith('profile_schema.json')) schema.$id = PROFILE_ID;
  const id = String(schema.$id);
  ajv.addSchema(schema);
  if (!id.startsWith(BASE)) continue; // the profile has no request forms
  for (const operation of ['create', 'update', 'complete'] as const) {
    const resolved = resolveRequest(schema, operation) as Json;
    resolved.$id = id.replace(BASE, `https://ucp.dev/${operation}/schemas/`);
    ajv.addSchema(resolved);
  }
}

const CHECKOUT = 'shopping/fulfillment.json#/$defs/dev.ucp.shopping.checkout';
const SCHEMAS = {
  checkout: `${BASE}${CHECKOUT}`,
  order: `${BASE}shopping/order.json`,
  error: `${BASE}shopping/types/error_response.json`,
  profile: `${PROFILE_ID}#/$defs/business_profile`,
  searchRequest: `${BASE}shopping/catalog_search.json#/$defs/search_request`,
  searchResponse: `${BASE}shopping/catalog_search.json#/$defs/search_response`,
  lookupRequest: `${BASE}shopping/catalog_lookup.json#/$defs/lookup_request`,
  lookupResponse: `${BASE}shopping/catalog_lookup.json#/$defs/lookup_response`,
  productRequest: `${BASE}shopping/catalog_lookup.json#/$defs/get_product_request`,
  productResponse: `${BASE}shopping/catalog_lookup.json#/$defs/get_product_response`,
  create: `https://ucp.dev/create/schemas/${CHECKOUT}`,
  update: `https://ucp.dev/update/schemas/${CHECKOUT}`,
  complete: `https://ucp.dev/complete/schemas/${CHECKOUT}`,
} as const;

/**
 * Asserts `value` is valid against UCP's published schema: a checkout (with the fulfillment
 * extension), an order, an error response, the business profile, or a checkout request for an operation.
 */
export function assertUcp(kind: keyof typeof SCHEMAS, value: unknown): void {
  const validate = ajv.getSchema(SCHEMAS[kind]);
  assert.ok(validate, `no UCP schema ${SCHEMAS[kind]}`);
  const ok = validate(value);
  assert.ok(ok, `not a valid UCP ${kind}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value, null, 1)}`);
}

export interface UcpReply {
  status: number;
  body: Json & {
    id: string;
    status: string;
    code: string;
    content: string;
    currency: string;
    ucp: { status?: string };
    messages: { type: string; code: string; path?: string; severity?: string }[];
    line_items: { id: string; item: { id: string; price: number }; quantity: number }[];
    fulfillment?: {
      methods: {
        id: string;
        destinations: Json[];
        groups: { id: string; options: { id: string }[]; selected_option_id: string | null }[];
      }[];
    };
    totals: { type: string; amount: number }[];
    order?: { id: string; label: string; permalink_url: string };
  };
  headers: Record<string, unknown>;
  raw: string;
}

export const UCP_AGENT = 'profile="https://platform.example/.well-known/ucp"';

/** One UCP call as an agent: UCP-Agent set (null: none), a fresh Idempotency-Key on writes unless one is given (null: none). */
export async function ucp(
  t: TestApp,
  agent: TestAgent,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
  options: { key?: string | null; profile?: string | null } = {},
): Promise<UcpReply> {
  const headers: Record<string, string> = { authorization: `Bearer ${agent.key}` };
  if (options.profile !== null) headers['ucp-agent'] = options.profile ?? UCP_AGENT;
  const key = options.key === undefined ? randomUUID() : options.key;
  if (method !== 'GET' && key !== null) headers['idempotency-key'] = key;
  const res = await t.app.inject({ method, url: `/ucp${url}`, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : {}, headers: res.headers, raw: res.body } as UcpReply;
}
