// Stock locations: list in allocation order, create, rename or re-prioritise, delete an empty one (with If-Match).
import { html, useState } from './preact-htm.js';
import { api, get, qs, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import { etagOf, ConfirmButton } from './records.js';

function LocationRow({ location: l, writable, onSaved }) {
  const [name, setName] = useState(l.name);
  const [priority, setPriority] = useState(String(l.priority));
  const action = useAction();
  const save = async (e) => {
    e.preventDefault();
    const saved = await action.run(
      () => api('PATCH', `/admin/stock-locations/${l.id}`, { name: name.trim(), priority: Number(priority) }, { 'if-match': etagOf(l.id, l.version) }),
      'Saved.',
    );
    if (saved) onSaved();
  };
  const remove = async () => {
    const gone = await action.run(() => api('DELETE', `/admin/stock-locations/${l.id}`, undefined, { 'if-match': etagOf(l.id, l.version) }));
    if (gone) onSaved();
  };
  if (!writable) return html`<tr><td>${l.name}</td><td>${l.priority}</td><td>${when(l.updatedAt)}</td></tr>`;
  return html`<tr>
    <td><${Field} label=${`Name of ${l.name}`} path="/name" errors=${action.errors} value=${name} onInput=${setName} form=${`loc-${l.id}`} required /></td>
    <td><${Field} label=${`Priority of ${l.name}`} type="number" path="/priority" errors=${action.errors} value=${priority} onInput=${setPriority} form=${`loc-${l.id}`} /></td>
    <td>${when(l.updatedAt)}</td>
    <td>
      <form id=${`loc-${l.id}`} onSubmit=${save} class="row">
        <button type="submit" class="secondary" disabled=${action.busy} aria-label=${`Save ${l.name}`}>Save</button>
        <${ConfirmButton} label=${`Delete ${l.name}`} confirmLabel=${`Delete ${l.name} for good`} onConfirm=${remove} busy=${action.busy} />
      </form>
      <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
    </td>
  </tr>`;
}

function CreateLocation({ onCreated }) {
  const [name, setName] = useState('');
  const [priority, setPriority] = useState('');
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    const made = await action.run(
      () => api('POST', '/admin/stock-locations', { name: name.trim(), ...(priority.trim() ? { priority: Number(priority) } : {}) }),
      'Location created.',
    );
    if (made) (setName(''), setPriority(''), onCreated());
  };
  return html`<form onSubmit=${submit} id="location-create">
    <h2>New location</h2>
    <div class="row">
      <${Field} label="Location name" path="/name" errors=${action.errors} value=${name} onInput=${setName} required />
      <${Field} label="Priority (lower is used first)" type="number" path="/priority" errors=${action.errors} value=${priority} onInput=${setPriority} />
      <div><button type="submit" disabled=${action.busy}>Create location</button></div>
    </div>
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
  </form>`;
}

export function Locations({ can }) {
  const { cursor, Pager } = useCursor('locations');
  const locations = useLoad(() => get(`/admin/stock-locations${qs({ cursor, limit: 25 })}`), [cursor]);
  const writable = can('inventory:write');
  return html`<h1>Stock locations</h1>
    <p class="muted">Orders take stock from the locations in priority order (lowest first).</p>
    <div>${locations.data === undefined
      ? html`<${Loading} error=${locations.error} />`
      : html`<table id="locations">
            <thead><tr><th scope="col">Name</th><th scope="col">Priority</th><th scope="col">Changed</th>${writable && html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}</tr></thead>
            <tbody>${locations.data.items.map((l) => html`<${LocationRow} key=${`${l.id}.${l.version}`} location=${l} writable=${writable} onSaved=${locations.reload} />`)}</tbody>
          </table>
          <${Pager} nextCursor=${locations.data.nextCursor} />`}</div>
    ${writable && html`<${CreateLocation} onCreated=${locations.reload} />`}`;
}
