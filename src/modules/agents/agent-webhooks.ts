import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { iso } from '../../platform/http/schema.ts';
import { newId } from '../../platform/ids.ts';
import { ACP_ORDER_EVENTS } from './acp.webhooks.ts';
import { getAgent } from './registry.ts';

/**
 * An agent's webhook: where Stockroom sends the agent's protocol's order events (ACP's
 * `order_create` / `order_update`), and the secret its platform shared for signing them. It is a
 * webhook endpoint of the events module that belongs to the agent (`agent_id`, `format = 'acp'`),
 * so the relay delivers to it with the same outbox, retries, backoff and delivery log as the shop's
 * own endpoints, while the shop's webhook API neither lists nor changes it.
 */

export interface AgentWebhookView {
  url: string;
  format: 'acp';
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
  format: 'acp',
  events: row.events,
  enabled: row.enabled,
  failingSince: row.failing_since === null ? null : iso(row.failing_since),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** Sets (creates or replaces) the agent's ACP webhook; a replaced one starts healthy and enabled. */
export async function setAgentWebhook(tx: Tx, agentId: string, input: { url: string; secret: string }): Promise<AgentWebhookView> {
  await getAgent(tx, agentId);
  const [row] = await queryRows<EndpointRow>(
    tx,
    sql`
    INSERT INTO webhook_endpoints (id, url, events, description, enabled, secret, agent_id, format)
    VALUES (${newId('whe')}, ${input.url}, ${textArray([...ACP_ORDER_EVENTS])}, ${`ACP order events of agent ${agentId}`}, true,
            ${input.secret}, ${agentId}, 'acp')
    ON CONFLICT (agent_id, format) WHERE agent_id IS NOT NULL DO UPDATE SET
      url = EXCLUDED.url, secret = EXCLUDED.secret, previous_secret = NULL, previous_secret_expires_at = NULL,
      enabled = true, failing_since = NULL, disabled_reason = NULL, updated_at = now()
    RETURNING url, format, events, enabled, failing_since, created_at, updated_at`,
  );
  if (!row) throw new Error('upsert returned no row');
  return toView(row);
}

export async function getAgentWebhook(db: Db, agentId: string): Promise<AgentWebhookView> {
  await getAgent(db, agentId);
  const [row] = await queryRows<EndpointRow>(
    db,
    sql`SELECT url, format, events, enabled, failing_since, created_at, updated_at
        FROM webhook_endpoints WHERE agent_id = ${agentId} AND format = 'acp'`,
  );
  if (!row) throw new NotFound({ detail: `Agent ${agentId} has no webhook.` });
  return toView(row);
}

/** Removes the agent's webhook and its pending deliveries. */
export async function deleteAgentWebhook(tx: Tx, agentId: string): Promise<void> {
  await getAgent(tx, agentId);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`DELETE FROM webhook_endpoints WHERE agent_id = ${agentId} AND format = 'acp' RETURNING id`,
  );
  if (rows.length === 0) throw new NotFound({ detail: `Agent ${agentId} has no webhook.` });
}
