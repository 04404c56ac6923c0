import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound, BadRequest } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schema.ts';
import { newId } from '../../platform/ids.ts';
import { randomBytes } from 'node:crypto';
import { ACP_ORDER_EVENTS } from './acp.webhooks.ts';
import { getAgent } from './registry.ts';
import { UCP_ORDER_EVENTS } from './ucp.webhooks.ts';

/**
 * An agent's webhooks: where Stockroom sends the agent's protocol's order events (ACP's
 * `order_create` / `order_update` with the secret its platform shared for signing them; UCP's
 * order event, signed with the shop's own key). Each is a webhook endpoint of the events module
 * that belongs to the agent (`agent_id`, `format` 'acp' or 'ucp', at most one per format),
 * so the relay delivers to it with the same outbox, retries, backoff and delivery log as the shop's
 * own endpoints, while the shop's webhook API neither lists nor changes it.
 */

export type AgentWebhookFormat = 'acp' | 'ucp';

const EVENTS: Record<AgentWebhookFormat, readonly string[]> = { acp: ACP_ORDER_EVENTS, ucp: UCP_ORDER_EVENTS };

export interface AgentWebhookView {
  url: string;
  format: AgentWebhookFormat;
  events: string[];
  enabled: boolean;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

interface EndpointRow {
  url: string;
  format: string;
  events: string[];
  enabled: boolean;
  failing_since: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
}

const toView = (row: EndpointRow): AgentWebhookView => ({
  url: row.url,
  format: row.format as AgentWebhookFormat,
  events: row.events,
  enabled: row.enabled,
  failingSince: row.failing_since === null ? null : iso(row.failing_since),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/**
 * Sets (creates or replaces) the agent's webhook of `format`; a replaced one starts healthy and
 * enabled. ACP signs with the platform's `secret`; UCP signs with the shop's key, so its endpoint
 * keeps a random secret nobody uses (the column is shared with the shop's own endpoints).
 */
export async function setAgentWebhook(
  tx: Tx,
  agentId: string,
  input: { url: string; format: AgentWebhookFormat; secret: string | undefined },
): Promise<AgentWebhookView> {
  await getAgent(tx, agentId);
  if (input.format === 'acp' && input.secret === undefined) {
    throw new BadRequest({ detail: 'An ACP webhook needs the `secret` the agent’s platform shared.' });
  }
  const secret = input.format === 'acp' ? (input.secret ?? '') : `unused_${randomBytes(24).toString('hex')}`;
  const [row] = await queryRows<EndpointRow>(
    tx,
    sql`
    INSERT INTO webhook_endpoints (id, url, events, description, enabled, secret, agent_id, format)
    VALUES (${newId('whe')}, ${input.url}, ${textArray([...EVENTS[input.format]])},
            ${`${input.format.toUpperCase()} order events of agent ${agentId}`}, true, ${secret}, ${agentId}, ${input.format})
    ON CONFLICT (agent_id, format) WHERE agent_id IS NOT NULL DO UPDATE SET
      url = EXCLUDED.url, secret = EXCLUDED.secret, previous_secret = NULL, previous_secret_expires_at = NULL,
      enabled = true, failing_since = NULL, disabled_reason = NULL, updated_at = now()
    RETURNING url, format, events, enabled, failing_since, created_at, updated_at`,
  );
  if (!row) throw new Error('upsert returned no row');
  return toView(row);
}

export async function getAgentWebhook(db: Db, agentId: string, format: AgentWebhookFormat): Promise<AgentWebhookView> {
  await getAgent(db, agentId);
  const [row] = await queryRows<EndpointRow>(
    db,
    sql`SELECT url, format, events, enabled, failing_since, created_at, updated_at
        FROM webhook_endpoints WHERE agent_id = ${agentId} AND format = ${format}`,
  );
  if (!row) throw new NotFound({ detail: `Agent ${agentId} has no ${format.toUpperCase()} webhook.` });
  return toView(row);
}

/** Removes the agent's webhook of `format` and its pending deliveries. */
export async function deleteAgentWebhook(tx: Tx, agentId: string, format: AgentWebhookFormat): Promise<void> {
  await getAgent(tx, agentId);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`DELETE FROM webhook_endpoints WHERE agent_id = ${agentId} AND format = ${format} RETURNING id`,
  );
  if (rows.length === 0) throw new NotFound({ detail: `Agent ${agentId} has no ${format.toUpperCase()} webhook.` });
}
