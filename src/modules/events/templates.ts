/**
 * Email templates: each renders a subject, a text body and an HTML body from its data and the
 * shop's name. Everything interpolated into HTML is escaped.
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface OrderSummary {
  displayId: number;
  currency: string;
  total: number;
  items: { title: string; variantTitle: string; sku: string; quantity: number; total: number }[];
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export const money = (amount: number, currency: string): string => `${(amount / 100).toFixed(2)} ${currency}`;

/** Text paragraphs (lines joined) → the same content as simple HTML. */
function page(shop: string, title: string, paragraphs: readonly string[][]): RenderedEmail {
  const text = [...paragraphs.map((p) => p.join('\n')), `— ${shop}`].join('\n\n');
  const html =
    `<!doctype html><html><body style="font-family:sans-serif"><h1>${escapeHtml(title)}</h1>` +
    paragraphs.map((p) => `<p>${p.map(escapeHtml).join('<br>')}</p>`).join('') +
    `<p>— ${escapeHtml(shop)}</p></body></html>`;
  return { subject: `${title} — ${shop}`, text, html };
}

function lines(order: OrderSummary): string[] {
  return order.items.map((l) => `${l.quantity} × ${l.title} (${l.variantTitle}, ${l.sku})  ${money(l.total, order.currency)}`);
}

export const templates = {
  order_confirmation: (shop: string, d: { order: OrderSummary }) =>
    page(shop, `Your order #${d.order.displayId}`, [
      [`Thank you for your order #${d.order.displayId}.`],
      lines(d.order),
      [`Total: ${money(d.order.total, d.order.currency)}`],
    ]),
  shipping_confirmation: (shop: string, d: { order: OrderSummary; trackingNumber: string; items: { title: string; quantity: number }[] }) =>
    page(shop, `Your order #${d.order.displayId} has shipped`, [
      [`Good news: items of your order #${d.order.displayId} are on their way.`],
      d.items.map((i) => `${i.quantity} × ${i.title}`),
      [`Tracking number: ${d.trackingNumber}`],
    ]),
  refund: (shop: string, d: { order: OrderSummary; amount: number }) =>
    page(shop, `Refund for order #${d.order.displayId}`, [
      [`We refunded ${money(d.amount, d.order.currency)} for your order #${d.order.displayId}.`],
      ['It may take a few days to appear on your statement.'],
    ]),
  webhook_endpoint_disabled: (shop: string, d: { endpointId: string; url: string }) =>
    page(shop, 'A webhook endpoint was disabled', [
      [`Every delivery to ${d.url} (${d.endpointId}) failed for 24 hours, so it was disabled.`],
      ['Fix the receiver, then enable the endpoint again (PATCH /admin/webhooks/{id} with "enabled": true) and redeliver what failed.'],
    ]),
} as const;

export type TemplateName = keyof typeof templates;
