// Staff and roles: the paged list, add a member with a role, change a role, disable or remove.
import { html, useState } from './preact-htm.js';
import { api, get, qs, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import { ifMatch } from './categories.js';

export const ROLES = ['owner', 'admin', 'staff', 'viewer'];
const roleOptions = () => ROLES.map((r) => html`<option value=${r}>${r}</option>`);

function AddStaff({ onDone }) {
  const blank = { email: '', name: '', password: '', role: 'staff' };
  const [form, setForm] = useState(blank);
  const action = useAction();
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const submit = async (e) => {
    e.preventDefault();
    const body = { email: form.email, password: form.password, role: form.role, ...(form.name.trim() ? { name: form.name.trim() } : {}) };
    const created = await action.run(() => api('POST', '/admin/staff', body), `${form.email} can now sign in as ${form.role}.`);
    if (created) (setForm(blank), onDone());
  };
  const e = action.errors;
  return html`<form onSubmit=${submit} id="add-staff">
    <h2>Add a staff member</h2>
    <p class="muted">Give them the first password over a safe channel; they can change it on their Account screen.</p>
    <div class="row">
      <${Field} label="Email" type="email" path="/email" errors=${e} value=${form.email} onInput=${set('email')} autocomplete="off" required />
      <${Field} label="Name (optional)" path="/name" errors=${e} value=${form.name} onInput=${set('name')} />
      <${Field} label="First password" type="password" path="/password" errors=${e} value=${form.password} onInput=${set('password')} autocomplete="new-password" required />
      <${Field} label="Role" path="/role" errors=${e} value=${form.role} onInput=${set('role')}>${roleOptions()}<//>
      <div><button type="submit" disabled=${action.busy}>Add staff member</button></div>
    </div>
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
  </form>`;
}

function StaffRow({ member, self, writable, action, reload }) {
  const [role, setRole] = useState(member.role);
  const patch = (body, notice) =>
    action.run(async () => {
      await api('PATCH', `/admin/staff/${encodeURIComponent(member.id)}`, body, ifMatch(member));
      reload();
      return true;
    }, notice);
  const remove = () => {
    if (!confirm(`Remove ${member.email}? They can no longer sign in.`)) return;
    action.run(async () => {
      await api('DELETE', `/admin/staff/${encodeURIComponent(member.id)}`, undefined, ifMatch(member));
      reload();
      return true;
    }, `${member.email} was removed.`);
  };
  return html`<tr>
    <td>${member.email}${self && html` <span class="muted">(you)</span>`}</td>
    <td>${member.name || ''}</td>
    <td>
      ${writable
        ? html`<div class="row">
            <${Field} label=${`Role of ${member.email}`} value=${role} onInput=${setRole}>${roleOptions()}<//>
            <div><button type="button" class="secondary" disabled=${action.busy || role === member.role} onClick=${() => patch({ role }, `${member.email} is now ${role}.`)}>Change role of ${member.email}</button></div>
          </div>`
        : html`<span class="role">${member.role}</span>`}
    </td>
    <td>${member.isDisabled ? 'disabled' : 'active'}</td>
    <td>${when(member.createdAt)}</td>
    ${writable &&
    html`<td>
      <div class="row">
        <button type="button" class="secondary" disabled=${action.busy} onClick=${() => patch({ isDisabled: !member.isDisabled }, `${member.email} is ${member.isDisabled ? 'enabled' : 'disabled'}.`)}>
          ${member.isDisabled ? 'Enable' : 'Disable'} ${member.email}
        </button>
        <button type="button" class="danger" disabled=${action.busy} onClick=${remove}>Remove ${member.email}</button>
      </div>
    </td>`}
  </tr>`;
}

export function Staff({ can, session }) {
  const writable = can('staff:write');
  const { cursor, Pager } = useCursor('');
  const list = useLoad(() => get(`/admin/staff${qs({ cursor, limit: 25 })}`), [cursor]);
  const action = useAction();
  return html`<h1>Staff and roles</h1>
    <p class="muted">
      Roles: <strong>owner</strong> everything, including API keys and other owners; <strong>admin</strong> everything but API keys
      and owners; <strong>staff</strong> products, stock and orders; <strong>viewer</strong> reads only.
    </p>
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table id="staff-table">
            <thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Since</th>${writable && html`<th scope="col">Actions</th>`}</tr></thead>
            <tbody>
              ${list.data.items.map(
                (m) => html`<${StaffRow} key=${`${m.id}.${m.version}`} member=${m} self=${m.id === session.staff.id} writable=${writable} action=${action} reload=${list.reload} />`,
              )}
            </tbody>
          </table>
          <${Pager} nextCursor=${list.data.nextCursor} />`}
    ${writable && html`<${AddStaff} onDone=${list.reload} />`}`;
}
