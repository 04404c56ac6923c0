// Orders: the filtered, paged list and one order with its timeline and actions.
import { html, useState } from './preact-htm.js';
import { api, get, qs, money, toMinor, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';

const STATUSES = ['pending', 'completed', 'canceled'];
const PAYMENT = ['not_paid', 'authorized', 'captured', 'partially_refunded', 'refunded', 'voided'];
const FULFILMENT = ['not_fulfilled', 'partially_fulfilled', 'fulfilled', 'partially_returned', 'returned'];

const choices = (values) => html`<option value="">Any</option>${values.map((v) => html`<option value=${v}>${v.replace(/_/g, ' ')}</option>`)}`;

export function OrderList({ query }) {
  const [filters, setFilters] = useState({ status: '', paymentStatus: '', fulfillmentStatus: '', email: query.get('email') || '' });
  const [applied, setApplied] = useState(filters);
  const { cursor, Pager } = useCursor(JSON.stringify(applied));
  const list = useLoad(() => get(`/admin/orders${qs({ ...applied, cursor, limit: 25 })}`), [JSON.stringify(applied), cursor]);
  const set = (k) => (v) => setFilters({ ...filters, [k]: v });
  return html`<h1>Orders</h1>
    <form class="row" onSubmit=${(e) => (e.preventDefault(), setApplied({ ...filters, email: filters.email.trim() }))}>
      <${Field} label="Status" value=${filters.status} onInput=${set('status')}>${choices(STATUSES)}<//>
      <${Field} label="Payment" value=${filters.paymentStatus} onInput=${set('paymentStatus')}>${choices(PAYMENT)}<//>
      <${Field} label="Fulfilment" value=${filters.fulfillmentStatus} onInput=${set('fulfillmentStatus')}>${choices(FULFILMENT)}<//>
      <${Field} label="Customer email" type="email" value=${filters.email} onInput=${set('email')} />
      <div><button type="submit">Filter</button></div>
    </form>
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table>
            <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Customer</th><th scope="col">Status</th><th scope="col">Payment</th><th scope="col">Fulfilment</th><th scope="col">Total</th></tr></thead>
            <tbody>
              ${list.data.items.map(
                (o) => html`<tr>
                  <td><a href="#/orders/${o.id}">#${o.displayId}</a></td><td>${when(o.createdAt)}</td><td>${o.email}</td>
                  <td>${o.status}</td><td>${o.paymentStatus}</td><td>${o.fulfillmentStatus}</td><td>${money(o.total, o.currency)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${list.data.items.length === 0 && html`<p class="muted">No orders match.</p>`}
          <${Pager} nextCursor=${list.data.nextCursor} />`}`;
}

/** Quantities per line for fulfilment or return: `{ lineId: "1" }` → `[{ lineItemId, quantity }]`. */
const chosen = (quantities) =>
  Object.entries(quantities)
    .map(([lineItemId, q]) => ({ lineItemId, quantity: Number(q) }))
    .filter((l) => l.quantity > 0);

function LineQuantities({ order, open, quantities, setQuantities, prefix }) {
  return html`<table>
    <thead><tr><th scope="col">Line</th><th scope="col">Open</th><th scope="col">Quantity</th></tr></thead>
    <tbody>
      ${order.items.map(
        (l) => html`<tr><td>${l.title} (${l.sku})</td><td>${open(l)}</td>
          <td><${Field} label=${`${prefix} quantity of ${l.sku}`} type="number" min="0" max=${open(l)} value=${quantities[l.id] || ''} onInput=${(v) => setQuantities({ ...quantities, [l.id]: v })} /></td></tr>`,
      )}
    </tbody>
  </table>`;
}

function OrderActions({ order, reload }) {
  const action = useAction();
  const [tracking, setTracking] = useState('');
  const [fulfil, setFulfil] = useState({});
  const [ret, setRet] = useState({});
  const [restock, setRestock] = useState(true);
  const [refund, setRefund] = useState({ amount: '', reason: '' });
  const [note, setNote] = useState('');
  const post = (path, body, notice) =>
    action.run(async () => {
      await api('POST', `/admin/orders/${order.id}/${path}`, body);
      reload();
      return true;
    }, notice);
  const refundable = order.payment.captured - order.payment.refunded;
  const openToFulfil = (l) => l.quantity - l.fulfilledQuantity - l.canceledQuantity;
  const openToReturn = (l) => l.fulfilledQuantity - l.returnedQuantity;
  const e = action.errors;
  return html`<${Problem} error=${action.error} /><${Notice} text=${action.notice} />
    <div class="row">
      ${order.paymentStatus === 'authorized' && html`<button id="capture" disabled=${action.busy} onClick=${() => post('capture', {}, 'Payment captured.')}>Capture payment</button>`}
      ${order.status === 'pending' && html`<button class="danger" disabled=${action.busy} onClick=${() => confirm('Cancel this order?') && post('cancel', undefined, 'Order canceled.')}>Cancel order</button>`}
    </div>
    ${order.status !== 'canceled' &&
    order.items.some((l) => openToFulfil(l) > 0) &&
    html`<form onSubmit=${(ev) => (ev.preventDefault(), post('fulfillments', { items: chosen(fulfil), ...(tracking ? { trackingNumber: tracking } : {}) }, 'Fulfilment recorded.').then((ok) => ok && (setFulfil({}), setTracking(''))))} id="fulfil-form">
      <h2>Fulfil</h2>
      <${LineQuantities} order=${order} open=${openToFulfil} quantities=${fulfil} setQuantities=${setFulfil} prefix="Fulfil" />
      <${Field} label="Tracking number" path="/trackingNumber" errors=${e} value=${tracking} onInput=${setTracking} />
      <p><button type="submit" disabled=${action.busy}>Fulfil</button></p>
    </form>`}
    ${refundable > 0 &&
    html`<form onSubmit=${(ev) => (ev.preventDefault(), post('refunds', { amount: toMinor(refund.amount), reason: refund.reason }, 'Refund recorded.').then((ok) => ok && setRefund({ amount: '', reason: '' })))} id="refund-form">
      <h2>Refund</h2>
      <p class="muted">Up to ${money(refundable, order.currency)}.</p>
      <div class="row">
        <${Field} label=${`Amount (${order.currency})`} inputmode="decimal" path="/amount" errors=${e} value=${refund.amount} onInput=${(v) => setRefund({ ...refund, amount: v })} />
        <${Field} label="Reason" path="/reason" errors=${e} value=${refund.reason} onInput=${(v) => setRefund({ ...refund, reason: v })} />
        <div><button type="submit" disabled=${action.busy}>Refund</button></div>
      </div>
    </form>`}
    ${order.items.some((l) => openToReturn(l) > 0) &&
    html`<form onSubmit=${(ev) => (ev.preventDefault(), post('returns', { items: chosen(ret), restock }, 'Return recorded.').then((ok) => ok && setRet({})))}>
      <h2>Return</h2>
      <${LineQuantities} order=${order} open=${openToReturn} quantities=${ret} setQuantities=${setRet} prefix="Return" />
      <p><label class="check"><input type="checkbox" checked=${restock} onChange=${(ev) => setRestock(ev.target.checked)} /> Put the items back in stock</label></p>
      <p><button type="submit" disabled=${action.busy}>Record return</button></p>
    </form>`}
    <form onSubmit=${(ev) => (ev.preventDefault(), post('notes', { note }, 'Note added.').then((ok) => ok && setNote('')))}>
      <h2>Add a note</h2>
      <${Field} label="Note" type="textarea" path="/note" errors=${e} value=${note} onInput=${setNote} />
      <p><button type="submit" disabled=${action.busy}>Add note</button></p>
    </form>`;
}

export function OrderDetail({ id, can }) {
  const order = useLoad(() => get(`/admin/orders/${encodeURIComponent(id)}`), [id]);
  if (order.data === undefined) return html`<h1>Order</h1><${Loading} error=${order.error} />`;
  const o = order.data;
  return html`<h1>Order #${o.displayId}</h1>
    <p>${o.email} · placed ${when(o.createdAt)} · <strong id="order-status">${o.status}</strong> · payment <strong id="payment-status">${o.paymentStatus}</strong> · <strong id="fulfillment-status">${o.fulfillmentStatus}</strong></p>
    <table>
      <thead><tr><th scope="col">Item</th><th scope="col">SKU</th><th scope="col">Qty</th><th scope="col">Fulfilled</th><th scope="col">Returned</th><th scope="col">Total</th></tr></thead>
      <tbody>${o.items.map((l) => html`<tr><td>${l.title} — ${l.variantTitle}</td><td>${l.sku}</td><td>${l.quantity}</td><td>${l.fulfilledQuantity}</td><td>${l.returnedQuantity}</td><td>${money(l.total, o.currency)}</td></tr>`)}</tbody>
    </table>
    <p>Subtotal ${money(o.subtotal, o.currency)} · shipping ${money(o.shippingTotal, o.currency)} · tax ${money(o.taxTotal, o.currency)} · <strong>total ${money(o.total, o.currency)}</strong></p>
    <p>Payment (${o.payment.provider}): authorized ${money(o.payment.authorized, o.currency)}, captured ${money(o.payment.captured, o.currency)}, refunded <span id="refunded">${money(o.payment.refunded, o.currency)}</span></p>
    ${can('orders:write') && html`<${OrderActions} order=${o} reload=${order.reload} />`}
    <h2>Timeline</h2>
    <ol class="timeline" id="timeline">
      ${o.timeline.map((t) => html`<li><strong>${t.type.replace(/_/g, ' ')}</strong> · ${when(t.createdAt)} · ${t.actor}${t.data.note ? html` — ${String(t.data.note)}` : ''}${t.data.trackingNumber ? html` — tracking ${String(t.data.trackingNumber)}` : ''}${typeof t.data.amount === 'number' ? html` — ${money(t.data.amount, o.currency)}` : ''}</li>`)}
    </ol>`;
}
