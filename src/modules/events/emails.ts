import { sql } from 'drizzle-orm';
import type { Config } from '../../platform/config.ts';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { type JobHandler } from '../../platform/jobs.ts';
import { newId } from '../../platform/ids.ts';
import { emit } from '../../platform/outbox.ts';
import { databaseMailer, listOwnerEmails, smtpMailer, type Mailer } from '../identity/index.ts';
import { loadOrderViews } from '../orders/index.ts';
import { templates, type RenderedEmail } from './templates.ts';

/**
 * Emails as events. A business event that calls for an email (an order placed, shipped with
 * tracking, refunded) or an `email.requested` event (the owner told that an endpoint was disabled)
 * is turned by the relay, in its fan-out transaction, into a `events.send-email` job; the job renders
 * the template and hands it to the mailer (SMTP when configured, else the table behind
 * GET /admin/emails), retried with backoff like every job. At least once: a job that dies after the
 * mailer accepted the message may send it again, never zero times.
 */

export const SEND_EMAIL_JOB = 'events.send-email';
const EMAIL_REQUESTED = 'email.requested';

interface MailSetup {
  mailer: Mailer;
  shopName: string;
}
const setups = new WeakMap<Db, MailSetup>();

export function configureEventMailer(db: Db, config: Config): void {
  const from = `${config.shopName} <no-reply@${new URL(config.publicUrl).hostname}>`;
  setups.set(db, { mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, from) : databaseMailer(db), shopName: config.shopName });
}

/** Asks for an email to every enabled owner, in the caller's transaction. */
export async function emailOwners(tx: Tx, template: 'webhook_endpoint_disabled', data: Record<string, unknown>): Promise<void> {
  for (const to of await listOwnerEmails(tx)) await emit(tx, EMAIL_REQUESTED, { template, to, data });
}

function wantsEmail(type: string, payload: Record<string, unknown>): boolean {
  if (type === EMAIL_REQUESTED || type === 'order.placed' || type === 'order.refunded') return true;
  return type === 'order.fulfilled' && typeof payload.trackingNumber === 'string' && payload.trackingNumber !== '';
}

/**
 * Called by the relay for each batch it fans out, in its transaction: queues the emails the events
 * call for, all in one statement (at most once per event: the job's dedupe key is the event id).
 */
export async function requestEmails(
  tx: Tx,
  events: readonly { eventId: string; type: string; payload: Record<string, unknown> }[],
): Promise<void> {
  const wanted = events.filter((e) => wantsEmail(e.type, e.payload)).map((e) => ({ id: newId('job'), event_id: e.eventId }));
  if (wanted.length === 0) return;
  await tx.execute(sql`
    INSERT INTO jobs (id, name, payload, dedupe_key, run_at, max_attempts)
    SELECT r.id, ${SEND_EMAIL_JOB}, jsonb_build_object('eventId', r.event_id), ${`${SEND_EMAIL_JOB}:`} || r.event_id, now(), 10
    FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS r(id text, event_id text)
    ON CONFLICT (dedupe_key) DO NOTHING`);
}

type Outgoing = { to: string; email: RenderedEmail } | undefined;

async function render(db: Db, shop: string, type: string, payload: Record<string, unknown>): Promise<Outgoing> {
  if (type === EMAIL_REQUESTED) {
    const data = payload.data as { endpointId: string; url: string };
    if (payload.template !== 'webhook_endpoint_disabled') return undefined;
    return { to: String(payload.to), email: templates.webhook_endpoint_disabled(shop, data) };
  }
  const [order] = await loadOrderViews(db, [String(payload.orderId)]);
  if (!order) return undefined;
  if (type === 'order.placed') return { to: order.email, email: templates.order_confirmation(shop, { order }) };
  if (type === 'order.refunded') return { to: order.email, email: templates.refund(shop, { order, amount: Number(payload.amount) }) };
  const shipped = new Map(((payload.items ?? []) as { lineItemId: string; quantity: number }[]).map((i) => [i.lineItemId, i.quantity]));
  const items = order.items.filter((l) => shipped.has(l.id)).map((l) => ({ title: l.title, quantity: shipped.get(l.id) ?? 0 }));
  return {
    to: order.email,
    email: templates.shipping_confirmation(shop, { order, trackingNumber: String(payload.trackingNumber), items }),
  };
}

export const sendEmailJob: JobHandler = async (job, context) => {
  const eventId = String(job.payload.eventId);
  const [event] = await queryRows<{ type: string; payload: Record<string, unknown> }>(
    context.db,
    sql`SELECT type, payload FROM outbox_events WHERE event_id = ${eventId}`,
  );
  if (!event) return { skipped: 'no such event' };
  const setup = setups.get(context.db) ?? { mailer: databaseMailer(context.db), shopName: 'Stockroom' };
  const outgoing = await render(context.db, setup.shopName, event.type, event.payload);
  if (!outgoing) return { skipped: 'nothing to send' };
  await setup.mailer.send({ to: outgoing.to, subject: outgoing.email.subject, text: outgoing.email.text, html: outgoing.email.html });
  return { sent: outgoing.to, subject: outgoing.email.subject };
};
