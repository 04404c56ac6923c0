import { sign } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import type { DeliveryFormat, FormatContext, FormattedEvent } from '../events/index.ts';
import { loadOrderViews } from '../orders/index.ts';
import { contentDigest, shopSigningKey, type ShopSigningKey } from './ucp.keys.ts';
import { toUcpOrder, type UcpOrderHistory } from './ucp.views.ts';

/**
 * UCP's order event webhook (version 2026-04-08) to the platform of the agent that placed the
 * order, as a delivery format of the events relay. The outbox events come from triggers
 * (migrations/0025): `agents.ucp.order_create` when a UCP checkout completes, and
 * `agents.ucp.order_update` when its order is captured, fulfilled, canceled or refunded, each in the
 * transaction of the change. The relay delivers them with its retries to the URL the platform gave
 * at onboarding (the agent's `ucp` webhook); this renders the body when it sends: the full UCP order
 * as it is then (UCP wants the current-state snapshot, never a delta), with Standard Webhooks'
 * `Webhook-Id` (the event id, the same on every retry) and `Webhook-Timestamp` (when the event
 * happened), the shop's `UCP-Agent` profile, and an RFC 9421 signature by the shop's ES256 key (the
 * one published in `/.well-known/ucp`) over `@method`, `@authority`, `@path` (and `@query`),
 * `ucp-agent`, `idempotency-key`, `content-digest` and `content-type`, as UCP's REST request signing
 * has it.
 */

export const UCP_ORDER_EVENTS = ['agents.ucp.order_create', 'agents.ucp.order_update'] as const;

interface FulfillmentRow {
  id: string;
  tracking_number: string | null;
  items: { lineItemId: string; quantity: number }[];
  created_at: string | Date;
}

interface RefundRow {
  id: string | number;
  amount: string | number;
  currency: string;
  created_at: string | Date;
}

/** The order's shipments and refunds, oldest first. */
export async function loadUcpOrderHistory(db: Db, orderId: string): Promise<UcpOrderHistory> {
  const fulfillments = await queryRows<FulfillmentRow>(
    db,
    sql`SELECT id, tracking_number, items, created_at FROM order_fulfillments WHERE order_id = ${orderId} ORDER BY created_at, id`,
  );
  const refunds = await queryRows<RefundRow>(
    db,
    sql`SELECT id, amount, currency, created_at FROM payment_transactions WHERE order_id = ${orderId} AND kind = 'refund' ORDER BY id`,
  );
  return {
    fulfillments: fulfillments.map((f) => ({ id: f.id, trackingNumber: f.tracking_number, items: f.items, createdAt: iso(f.created_at) })),
    refunds: refunds.map((r) => ({ id: String(r.id), amount: Number(r.amount), currency: r.currency, createdAt: iso(r.created_at) })),
  };
}

/** Renders the webhook body of one `agents.ucp.*` outbox event: the UCP order as it is now. */
export async function renderUcpWebhook({ db, publicUrl }: FormatContext, event: FormattedEvent): Promise<string> {
  const { orderId, sessionId } = event.payload as { orderId: string; sessionId: string };
  const [order] = await loadOrderViews(db, [orderId]);
  if (!order) throw new Error(`order ${orderId} not found`);
  return JSON.stringify(toUcpOrder({ publicUrl }, order, sessionId, await loadUcpOrderHistory(db, orderId)));
}

/** The shop's profile as a `UCP-Agent` header value (an RFC 8941 dictionary). */
export const ucpAgentHeader = (publicUrl: string): string => `profile="${publicUrl.replace(/\/$/, '')}/.well-known/ucp"`;

/**
 * The RFC 9421 headers signing a JSON POST of `body` to `url` with the shop's key, ES256 with r‖s
 * (RFC 9421 §3.3.1); `headers` are the other headers sent, of which `ucp-agent` and
 * `idempotency-key` are covered.
 */
export function signUcpRequest(
  key: ShopSigningKey,
  url: string,
  body: string,
  headers: { 'ucp-agent': string; 'idempotency-key': string },
  createdSeconds: number,
): Record<string, string> {
  const target = new URL(url);
  const digest = contentDigest(body);
  const values: [string, string][] = [
    ['@method', 'POST'],
    ['@authority', target.host.toLowerCase()],
    ['@path', target.pathname],
    ...(target.search ? [['@query', target.search] as [string, string]] : []),
    ['ucp-agent', headers['ucp-agent']],
    ['idempotency-key', headers['idempotency-key']],
    ['content-digest', digest],
    ['content-type', 'application/json'],
  ];
  const params = `(${values.map(([c]) => `"${c}"`).join(' ')});created=${createdSeconds};keyid="${key.kid}";alg="ecdsa-p256-sha256"`;
  const base = [...values.map(([c, v]) => `"${c}": ${v}`), `"@signature-params": ${params}`].join('\n');
  const signature = sign('sha256', Buffer.from(base), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return {
    'content-digest': digest,
    'signature-input': `sig1=${params}`,
    signature: `sig1=:${signature.toString('base64')}:`,
  };
}

/** The `ucp` delivery format of the events relay. */
export const ucpDeliveryFormat: DeliveryFormat = {
  render: renderUcpWebhook,
  headers: async ({ timestamp, body, eventId, event, url, context }) => {
    const key = await shopSigningKey(context.db);
    const covered = { 'ucp-agent': ucpAgentHeader(context.publicUrl), 'idempotency-key': eventId };
    return {
      'webhook-id': eventId,
      'webhook-timestamp': String(Math.floor(new Date(event.createdAt).getTime() / 1000)),
      ...covered,
      ...signUcpRequest(key, url, body, covered, timestamp),
    };
  },
};
