import type { Db } from '../../platform/db/index.ts';
import type { Config } from '../../platform/config.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { databaseMailer, smtpMailer, type Mailer } from '../identity/index.ts';
import { loadOrderViews } from './orders.ts';
import type { OrderView } from './orders.schemas.ts';

/**
 * The order confirmation email of orders placed before the events module sent it (from order.placed):
 * jobs of this name queued then still run; nothing queues new ones.
 */

export const SEND_CONFIRMATION_JOB = 'orders.send-confirmation';

const mailers = new WeakMap<Db, Mailer>();

/** SMTP when configured, else the `emails` table (listed at GET /admin/emails). */
export function configureOrderMailer(db: Db, config: Config): void {
  const from = `Stockroom <no-reply@${new URL(config.publicUrl).hostname}>`;
  mailers.set(db, config.smtpUrl ? smtpMailer(config.smtpUrl, from) : databaseMailer(db));
}

function money(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}

export function confirmationText(order: OrderView): string {
  const lines = order.items.map((l) => `  ${l.quantity} × ${l.title} (${l.variantTitle}, ${l.sku})  ${money(l.total, order.currency)}`);
  return [
    `Thank you for your order #${order.displayId}.`,
    '',
    ...lines,
    '',
    `Subtotal: ${money(order.subtotal, order.currency)}`,
    `Discount: -${money(order.discountTotal, order.currency)}`,
    `Shipping: ${money(order.shippingTotal, order.currency)}`,
    `Tax: ${money(order.taxTotal, order.currency)}`,
    `Total: ${money(order.total, order.currency)}`,
  ].join('\n');
}

/** Sends the confirmation of `payload.orderId`. A retried job may send twice (at-least-once), never zero times. */
export const sendConfirmationJob: JobHandler = async (job, context) => {
  const orderId = String(job.payload.orderId);
  const [order] = await loadOrderViews(context.db, [orderId]);
  if (!order) return { skipped: 'no such order' };
  const mailer = mailers.get(context.db) ?? databaseMailer(context.db);
  await mailer.send({ to: order.email, subject: `Your order #${order.displayId}`, text: confirmationText(order) });
  return { sent: order.email };
};
