import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { TestApp } from './app.ts';

/** Agents in tests: registering one over the admin API, and the protocols' published JSON schemas. */

export interface TestAgent {
  id: string;
  key: string;
}

/** Registers an agent through POST /admin/agents and returns its id and bearer key. */
export async function registerTestAgent(
  t: TestApp,
  ownerToken: string,
  body: { name?: string; protocols?: string[]; rateLimitPerMinute?: number } = {},
): Promise<TestAgent> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/agents',
    headers: { authorization: `Bearer ${ownerToken}` },
    payload: { name: body.name ?? 'Test agent', protocols: body.protocols ?? ['acp', 'ucp', 'mcp'], ...body },
  });
  assert.equal(res.statusCode, 201, res.body);
  const created = res.json<{ agent: { id: string }; bearerKey: string }>();
  return { id: created.agent.id, key: created.bearerKey };
}

const acpSchema = JSON.parse(readFileSync(new URL('../fixtures/acp/2026-04-17/schema.agentic_checkout.json', import.meta.url), 'utf8')) as {
  $id: string;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema(acpSchema);

/** Asserts `value` is valid against ACP's published definition `name` (e.g. `CheckoutSession`). */
export function assertAcp(name: string, value: unknown): void {
  const validate = ajv.getSchema(`${acpSchema.$id}#/$defs/${name}`);
  assert.ok(validate, `no ACP definition ${name}`);
  const ok = validate(value);
  assert.ok(ok, `not a valid ACP ${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value, null, 1)}`);
}

export interface AcpReply {
  status: number;
  body: Record<string, unknown> & {
    id: string;
    status: string;
    code: string;
    messages: { type: string; code?: string; param?: string }[];
    line_items: { id: string; item: { id: string }; quantity: number }[];
    fulfillment_options: { id: string }[];
    totals: { type: string; amount: number }[];
    order?: { id: string; order_number: string };
  };
  headers: Record<string, unknown>;
}

/** One ACP call as an agent: API-Version set, a fresh Idempotency-Key on POST unless one is given (null: none). */
export async function acp(
  t: TestApp,
  agent: TestAgent,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  options: { key?: string | null; version?: string | null } = {},
): Promise<AcpReply> {
  const headers: Record<string, string> = { authorization: `Bearer ${agent.key}` };
  if (options.version !== null) headers['api-version'] = options.version ?? '2026-04-17';
  const key = options.key === undefined ? randomUUID() : options.key;
  if (method === 'POST' && key !== null) headers['idempotency-key'] = key;
  const res = await t.app.inject({ method, url: `/acp${url}`, headers, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json() : {}, headers: res.headers } as AcpReply;
}

const acpWebhookSchema = JSON.parse(
  readFileSync(new URL('../fixtures/acp/2026-04-17/schema.agentic_checkout_webhook.json', import.meta.url), 'utf8'),
) as { $id: string };
ajv.addSchema(acpWebhookSchema);

/** Asserts `value` is a valid ACP order webhook body (`WebhookEvent` of the webhook API, 2026-04-17). */
export function assertAcpWebhook(value: unknown): void {
  const validate = ajv.getSchema(`${acpWebhookSchema.$id}#/$defs/WebhookEvent`);
  assert.ok(validate, 'no ACP WebhookEvent definition');
  const ok = validate(value);
  assert.ok(ok, `not a valid ACP WebhookEvent: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value, null, 1)}`);
}
