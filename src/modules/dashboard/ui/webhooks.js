// Webhooks: endpoints (create with the secret shown once, edit, rotate the secret, delete), each
// endpoint's delivery log with cursor paging, redelivery of one event or of every failure since a time.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import { withParents, toLocalInput, fromLocalInput, Check, ConfirmButton } from './records.js';

/** The event types an endpoint can subscribe to (the server's list; a test keeps the two equal). */
export const EVENT_TYPES = [
  'order.placed',
  'order.payment_captured',
  'order.fulfilled',
  'order.canceled',
  'order.refunded',
  'order.returned',
  'product.created',
  'product.updated',
  'product.deleted',
  'inventory.level_changed',
  'inventory.low_stock',
  'customer.created',
];

/** A secret the server has just shown (on creation or rotation): kept only until the next screen shows it. */
let freshSecret = null;

function Secret({ secret, onDismiss }) {
  return html`<div class="notice secret" role="status" id="webhook-secret">
    <p><strong>Copy this signing secret now: it is shown only this once.</strong> Stockroom keeps it to sign deliveries but will never display it again; if you lose it, rotate the secret.</p>
    <p><code id="secret-value">${secret}</code></p>
    <button type="button" class="secondary" onClick=${onDismiss}>I have stored it</button>
  </div>`;
}

function EventPicker({ events, setEvents, disabled, error }) {
  const all = events.includes('*');
  const toggle = (type, on) => setEvents(on ? [...events.filter((e) => e !== type), type] : events.filter((e) => e !== type));
  return html`<fieldset disabled=${disabled} aria-describedby=${error ? 'events-err' : undefined}>
    <legend>Events</legend>
    <${Check} label="All events, including types added later" checked=${all} onChange=${(on) => setEvents(on ? ['*'] : [])} disabled=${disabled} />
    ${!all &&
    html`<div class="checks">${EVENT_TYPES.map(
      (type) => html`<label class="check"><input type="checkbox" checked=${events.includes(type)} disabled=${disabled} onChange=${(e) => toggle(type, e.target.checked)} /> ${type}</label>`,
    )}</div>`}
    ${error && html`<p class="field-error" id="events-err">${error}</p>`}
  </fieldset>`;
}

function health(w) {
  if (!w.enabled) return w.disabledReason ? `disabled: ${w.disabledReason}` : 'disabled';
  if (w.failingSince) return `failing since ${when(w.failingSince)}`;
  return 'enabled';
}

function CreateWebhook({ onCreated }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState(['*']);
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    const made = await action.run(() => api('POST', '/admin/webhooks', { url: url.trim(), events, ...(description.trim() ? { description: description.trim() } : {}) }));
    if (made) onCreated(made.data);
  };
  const e = withParents(action.errors, ['/events']);
  return html`<form onSubmit=${submit} id="webhook-create">
    <h2>Add an endpoint</h2>
    <${Field} label="Endpoint URL" type="url" path="/url" errors=${e} value=${url} onInput=${setUrl} placeholder="https://example.com/stockroom" required />
    <${Field} label="Description" path="/description" errors=${e} value=${description} onInput=${setDescription} />
    <${EventPicker} events=${events} setEvents=${setEvents} error=${e['/events']} />
    <${Problem} error=${action.error} />
    <p><button type="submit" disabled=${action.busy}>Add endpoint</button></p>
  </form>`;
}

/** The event feed (oldest first, as receivers reconcile from it), by type, with cursor paging. */
function EventFeed() {
  const [type, setType] = useState('');
  const { cursor, Pager } = useCursor(type);
  const feed = useLoad(() => get(`/admin/events${qs({ type, cursor, limit: 20 })}`), [type, cursor]);
  return html`<h2>Event feed</h2>
    <p class="muted">Every event in the order it was committed, oldest first: what endpoints are sent. An event's id can be sent to an endpoint again from the endpoint's screen.</p>
    <div class="row">
      <${Field} label="Event type" value=${type} onInput=${setType}>
        <option value="">All types</option>
        ${EVENT_TYPES.map((t) => html`<option value=${t}>${t}</option>`)}
      <//>
    </div>
    <div>${feed.data === undefined
      ? html`<${Loading} error=${feed.error} />`
      : feed.data.items.length === 0
        ? html`<p class="muted">${cursor ? 'No later events yet.' : 'No events yet.'}</p><${Pager} nextCursor=${null} />`
        : html`<table id="event-feed">
              <thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">Event id</th></tr></thead>
              <tbody>${feed.data.items.map((ev) => html`<tr><td>${when(ev.createdAt)}</td><td>${ev.type}</td><td><code>${ev.id}</code></td></tr>`)}</tbody>
            </table>
            <${Pager} nextCursor=${feed.data.items.length < 20 ? null : feed.data.nextCursor} />`}</div>`;
}

export function WebhookList({ can }) {
  const { cursor, Pager } = useCursor('webhooks');
  const endpoints = useLoad(() => get(`/admin/webhooks${qs({ cursor, limit: 25 })}`), [cursor]);
  const created = (w) => {
    freshSecret = { id: w.id, secret: w.secret };
    location.hash = `#/webhooks/${w.id}`;
  };
  return html`<h1>Webhooks</h1>
    <p class="muted">Stockroom posts each subscribed event, signed with the endpoint's secret, and retries failures for three days.</p>
    <div>${endpoints.data === undefined
      ? html`<${Loading} error=${endpoints.error} />`
      : endpoints.data.items.length === 0
        ? html`<p class="muted">No endpoints yet.</p>`
        : html`<table>
              <thead><tr><th scope="col">URL</th><th scope="col">Events</th><th scope="col">State</th><th scope="col">Description</th></tr></thead>
              <tbody>${endpoints.data.items.map(
                (w) => html`<tr><td><a href="#/webhooks/${w.id}">${w.url}</a></td><td>${w.events.join(', ')}</td><td>${health(w)}</td><td>${w.description || ''}</td></tr>`,
              )}</tbody>
            </table>
            <${Pager} nextCursor=${endpoints.data.nextCursor} />`}</div>
    ${can('webhooks:write') && html`<${CreateWebhook} onCreated=${created} />`}
    ${can('events:read') && html`<${EventFeed} />`}`;
}

function EditWebhook({ endpoint, onSaved, onSecret }) {
  const [form, setForm] = useState(null);
  useEffect(
    () => setForm({ url: endpoint.url, description: endpoint.description || '', events: endpoint.events, enabled: endpoint.enabled }),
    [endpoint],
  );
  const [overlapHours, setOverlapHours] = useState('24');
  const action = useAction();
  if (!form) return null;
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const save = async (e) => {
    e.preventDefault();
    const saved = await action.run(
      () => api('PATCH', `/admin/webhooks/${endpoint.id}`, { url: form.url.trim(), description: form.description, events: form.events, enabled: form.enabled }),
      'Endpoint saved.',
    );
    if (saved) onSaved();
  };
  const rotate = async () => {
    const hours = Number(overlapHours);
    const rotated = await action.run(() =>
      api('POST', `/admin/webhooks/${endpoint.id}/rotate-secret`, { overlapSeconds: Number.isFinite(hours) ? Math.round(hours * 3600) : NaN }),
    );
    if (rotated) (onSecret(rotated.data.secret), onSaved());
  };
  const remove = async () => {
    const gone = await action.run(() => api('DELETE', `/admin/webhooks/${endpoint.id}`));
    if (gone) location.hash = '#/webhooks';
  };
  const e = withParents(action.errors, ['/events']);
  return html`<form onSubmit=${save} id="webhook-form">
    <h2>Endpoint</h2>
    <${Field} label="Endpoint URL" type="url" path="/url" errors=${e} value=${form.url} onInput=${set('url')} required />
    <${Field} label="Description" path="/description" errors=${e} value=${form.description} onInput=${set('description')} />
    <${EventPicker} events=${form.events} setEvents=${set('events')} error=${e['/events']} />
    <${Check} label="Enabled (enabling again clears the failure streak)" checked=${form.enabled} onChange=${set('enabled')} />
    <p class="row">
      <button type="submit" disabled=${action.busy}>Save endpoint</button>
      <${ConfirmButton} label="Delete endpoint" confirmLabel="Delete it and its delivery log" onConfirm=${remove} busy=${action.busy} />
    </p>
    <h2>Signing secret</h2>
    <p class="muted">A new secret is shown once. The old one keeps signing (as a second signature) during the overlap, so receivers can switch without losing deliveries.</p>
    <div class="row">
      <${Field} label="Overlap (hours)" type="number" min="0" max="168" step="any" path="/overlapSeconds" errors=${e} value=${overlapHours} onInput=${setOverlapHours} />
      <div><button type="button" class="secondary" disabled=${action.busy} onClick=${rotate}>Rotate secret</button></div>
    </div>
    <${Problem} error=${action.error} />
    <${Notice} text=${action.notice} />
  </form>`;
}

function Deliveries({ endpointId, writable, refresh }) {
  const { cursor, Pager } = useCursor(endpointId);
  const log = useLoad(() => get(`/admin/webhooks/${endpointId}/deliveries${qs({ cursor, limit: 20 })}`), [endpointId, cursor, refresh]);
  const action = useAction();
  const [eventId, setEventId] = useState('');
  const [since, setSince] = useState(toLocalInput(new Date(Date.now() - 24 * 3600_000).toISOString()));
  const [done, setDone] = useState('');
  const redeliver = async (target, what) => {
    setDone('');
    const res = await action.run(() => api('POST', `/admin/webhooks/${endpointId}/redeliver`, target));
    if (res) setDone(`${what}: ${res.data.scheduled} ${res.data.scheduled === 1 ? 'delivery' : 'deliveries'} scheduled now; refresh the log to see the outcome.`);
  };
  return html`<h2>Delivery log</h2>
    <p><button type="button" class="secondary" onClick=${log.reload}>Refresh log</button></p>
    ${writable &&
    html`<form class="row" id="redeliver-since" onSubmit=${(e) => (e.preventDefault(), redeliver({ since: fromLocalInput(since) }, 'Failed deliveries'))}>
      <${Field} label="Redeliver every failed delivery since" type="datetime-local" path="/since" errors=${action.errors} value=${since} onInput=${setSince} required />
      <div><button type="submit" disabled=${action.busy}>Redeliver failed</button></div>
    </form>`}
    ${writable &&
    html`<form class="row" id="send-event" onSubmit=${(e) => (e.preventDefault(), redeliver({ eventId: eventId.trim() }, `Event ${eventId.trim()}`))}>
      <${Field} label="Send an event by id (from the event feed)" path="/eventId" errors=${action.errors} value=${eventId} onInput=${setEventId} required />
      <div><button type="submit" class="secondary" disabled=${action.busy}>Send event</button></div>
    </form>`}
    <${Problem} error=${action.error} />
    <${Notice} text=${done} />
    <div>${log.data === undefined
      ? html`<${Loading} error=${log.error} />`
      : log.data.items.length === 0
        ? html`<p class="muted">Nothing delivered yet.</p>`
        : html`<table id="delivery-log">
              <thead><tr><th scope="col">When</th><th scope="col">Event</th><th scope="col">Attempt</th><th scope="col">Status</th><th scope="col">Code</th><th scope="col">Latency</th><th scope="col">Response (first 1 KB)</th>${writable && html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}</tr></thead>
              <tbody>${log.data.items.map(
                (a) => html`<tr>
                  <td>${when(a.createdAt)}</td><td><code>${a.eventId}</code></td><td>${a.attempt}</td><td>${a.status}</td>
                  <td>${a.responseCode ?? '—'}</td><td>${a.latencyMs} ms</td>
                  <td class="response">${a.error ? html`<span class="field-error">${a.error}</span> ` : ''}${a.responseBody ? html`<pre>${a.responseBody}</pre>` : ''}</td>
                  ${writable &&
                  html`<td><button type="button" class="secondary" disabled=${action.busy} aria-label=${`Redeliver ${a.eventId}`} onClick=${() => redeliver({ eventId: a.eventId }, `Event ${a.eventId}`)}>Redeliver</button></td>`}
                </tr>`,
              )}</tbody>
            </table>
            <${Pager} nextCursor=${log.data.nextCursor} />`}</div>`;
}

export function WebhookDetail({ id, can }) {
  const endpoint = useLoad(() => get(`/admin/webhooks/${encodeURIComponent(id)}`), [id]);
  const [secret, setSecret] = useState(() => {
    const s = freshSecret && freshSecret.id === id ? freshSecret.secret : null;
    freshSecret = null;
    return s;
  });
  const [refresh, setRefresh] = useState(0);
  const writable = can('webhooks:write');
  if (endpoint.data === undefined) return html`<h1>Webhook endpoint</h1><${Loading} error=${endpoint.error} />`;
  const w = endpoint.data;
  return html`<h1>Webhook endpoint</h1>
    <p><a href="#/webhooks">All endpoints</a> · <span id="webhook-url">${w.url}</span> · <strong id="webhook-state">${health(w)}</strong>${w.secretRotatedUntil ? ` · old secret signs until ${when(w.secretRotatedUntil)}` : ''}</p>
    ${secret && html`<${Secret} secret=${secret} onDismiss=${() => setSecret(null)} />`}
    ${writable
      ? html`<${EditWebhook} endpoint=${w} onSaved=${() => (endpoint.reload(), setRefresh((n) => n + 1))} onSecret=${setSecret} />`
      : html`<p>Events: ${w.events.join(', ')}${w.description ? ` · ${w.description}` : ''}</p>`}
    <${Deliveries} endpointId=${w.id} writable=${writable} refresh=${refresh} />`;
}
