// Inventory: a variant's levels per location, adjustments with a reason, its ledger; the low-stock list.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';

const REASONS = ['adjustment', 'correction', 'import', 'return'];

function Adjust({ variant, locations, onDone }) {
  const [form, setForm] = useState({ locationId: locations[0]?.id || '', delta: '', reason: 'adjustment', note: '' });
  const action = useAction();
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const submit = async (e) => {
    e.preventDefault();
    const body = { variantId: variant.variantId, locationId: form.locationId, delta: Number(form.delta), reason: form.reason, ...(form.note ? { note: form.note } : {}) };
    const ok = await action.run(() => api('POST', '/admin/inventory/adjustments', body), 'Stock adjusted.');
    if (ok) (setForm({ ...form, delta: '', note: '' }), onDone());
  };
  const e = action.errors;
  return html`<form onSubmit=${submit} id="adjust-form">
    <h2>Adjust stock</h2>
    <div class="row">
      <${Field} label="Location" path="/locationId" errors=${e} value=${form.locationId} onInput=${set('locationId')}>${locations.map((l) => html`<option value=${l.id}>${l.name}</option>`)}<//>
      <${Field} label="Change (+ adds, − removes)" type="number" path="/delta" errors=${e} value=${form.delta} onInput=${set('delta')} required />
      <${Field} label="Reason" path="/reason" errors=${e} value=${form.reason} onInput=${set('reason')}>${REASONS.map((r) => html`<option value=${r}>${r}</option>`)}<//>
      <${Field} label="Note" path="/note" errors=${e} value=${form.note} onInput=${set('note')} />
      <div><button type="submit" disabled=${action.busy}>Adjust</button></div>
    </div>
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
  </form>`;
}

function Variant({ sku, can }) {
  const inventory = useLoad(() => get(`/admin/inventory${qs({ sku })}`), [sku]);
  const locations = useLoad(() => get('/admin/stock-locations?limit=100'), []);
  const variantId = inventory.data?.variantId;
  const { cursor, Pager } = useCursor(variantId);
  const ledger = useLoad(() => (variantId ? get(`/admin/inventory/ledger${qs({ variantId, cursor, limit: 20 })}`) : Promise.resolve(undefined)), [variantId, cursor]);
  if (inventory.data === undefined) return html`<${Loading} error=${inventory.error} />`;
  const v = inventory.data;
  const reload = () => (inventory.reload(), ledger.reload());
  return html`<h2>${v.sku}</h2>
    <p>On hand <strong id="on-hand">${v.onHand}</strong> · reserved ${v.reserved} · available <strong>${v.available}</strong>${v.manageInventory ? '' : ' · stock not tracked'}</p>
    <table>
      <thead><tr><th scope="col">Location</th><th scope="col">On hand</th><th scope="col">Reserved</th><th scope="col">Available</th><th scope="col">Low-stock threshold</th></tr></thead>
      <tbody>${v.locations.map((l) => html`<tr><td>${l.locationName}</td><td>${l.onHand}</td><td>${l.reserved}</td><td>${l.available}</td><td>${l.lowStockThreshold ?? '—'}</td></tr>`)}</tbody>
    </table>
    ${can('inventory:write') && locations.data && html`<${Adjust} variant=${v} locations=${locations.data.items} onDone=${reload} />`}
    <h2>Ledger</h2>
    ${ledger.data === undefined
      ? html`<${Loading} error=${ledger.error} />`
      : html`<table>
            <thead><tr><th scope="col">When</th><th scope="col">On hand</th><th scope="col">Reserved</th><th scope="col">Reason</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
            <tbody>${ledger.data.items.map((x) => html`<tr><td>${when(x.createdAt)}</td><td>${x.onHandDelta > 0 ? '+' : ''}${x.onHandDelta}</td><td>${x.reservedDelta}</td><td>${x.reason}</td><td>${x.actor}</td><td>${x.note || (x.orderId ? html`<a href="#/orders/${x.orderId}">order</a>` : '')}</td></tr>`)}</tbody>
          </table>
          <${Pager} nextCursor=${ledger.data.nextCursor} />`}`;
}

export function Inventory({ sku, can }) {
  const [text, setText] = useState(sku || '');
  useEffect(() => setText(sku || ''), [sku]);
  const low = useLoad(() => get('/admin/inventory/low-stock?limit=25'), []);
  return html`<h1>Inventory</h1>
    <form class="row" onSubmit=${(e) => (e.preventDefault(), (location.hash = `#/inventory/${encodeURIComponent(text.trim())}`))}>
      <${Field} label="SKU" value=${text} onInput=${setText} required />
      <div><button type="submit">Show stock</button></div>
    </form>
    ${sku && html`<${Variant} sku=${sku} can=${can} />`}
    <h2>Low stock</h2>
    ${low.data === undefined
      ? html`<${Loading} error=${low.error} />`
      : low.data.items.length === 0
        ? html`<p class="muted">Nothing is running low.</p>`
        : html`<table>
            <thead><tr><th scope="col">SKU</th><th scope="col">Location</th><th scope="col">Available</th><th scope="col">Threshold</th></tr></thead>
            <tbody>${low.data.items.map((l) => html`<tr><td><a href="#/inventory/${encodeURIComponent(l.sku)}">${l.sku}</a></td><td>${l.locationName}</td><td>${l.available}</td><td>${l.lowStockThreshold}</td></tr>`)}</tbody>
          </table>`}`;
}
