// API keys: the paged list (never the secrets), create one (its secret shown once), revoke.
import { html, useState } from './preact-htm.js';
import { api, get, qs, when } from './api.js';
import { Problem, Loading, Notice, Field, useLoad, useAction, useCursor } from './ui.js';

/** What a key can never carry, and what every key holds anyway (the server enforces both). */
const NOT_FOR_KEYS = ['staff:write', 'api_keys:write', 'me:write', 'emails:read', 'me:read'];

function Secret({ created, onDismiss }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('Copied to the clipboard.');
    } catch {
      document.getElementById('new-secret')?.focus();
      setCopied('The browser refused the clipboard: select the key and copy it by hand.');
    }
  };
  return html`<section class="card" id="secret-panel" aria-labelledby="secret-title">
    <h2 id="secret-title">Your new key “${created.apiKey.name}”</h2>
    <p class="warning" role="alert"><strong>Copy this secret now.</strong> It is shown only this once: Stockroom keeps only a hash of it and cannot show it again. If you lose it, revoke the key and create a new one.</p>
    <div class="secret">
      <code id="new-secret" tabindex="0">${created.secret}</code>
      <button type="button" onClick=${copy}>Copy secret</button>
    </div>
    <${Notice} text=${copied} />
    <p><button type="button" class="secondary" onClick=${onDismiss}>I have stored the secret</button></p>
  </section>`;
}

function CreateKey({ permissions, onCreated }) {
  const delegable = permissions.filter((p) => !NOT_FOR_KEYS.includes(p)).sort();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState([]);
  const action = useAction();
  const toggle = (p, on) => setChosen(on ? [...chosen, p] : chosen.filter((x) => x !== p));
  const submit = async (e) => {
    e.preventDefault();
    const res = await action.run(() => api('POST', '/admin/api-keys', { name, permissions: chosen }));
    if (res) (setName(''), setChosen([]), onCreated(res.data));
  };
  const e = action.errors;
  const permissionErrors = Object.entries(e).filter(([path]) => path.startsWith('/permissions'));
  return html`<form onSubmit=${submit} id="create-key">
    <h2>Create an API key</h2>
    <${Field} label="Key name" path="/name" errors=${e} value=${name} onInput=${setName} required />
    <fieldset aria-describedby=${permissionErrors.length ? 'permissions-error' : undefined}>
      <legend>Permissions</legend>
      <p class="muted">A key gets only what you tick, and never more than you hold yourself.</p>
      <div class="cards">
        ${delegable.map(
          (p) => html`<label class="check"><input type="checkbox" checked=${chosen.includes(p)} onChange=${(ev) => toggle(p, ev.target.checked)} /> ${p}</label>`,
        )}
      </div>
      ${permissionErrors.length > 0 && html`<p class="field-error" id="permissions-error">${permissionErrors.map(([, m]) => m).join('; ')}</p>`}
    </fieldset>
    <${Problem} error=${action.error} />
    <p><button type="submit" disabled=${action.busy}>Create key</button></p>
  </form>`;
}

export function ApiKeys({ can, session }) {
  const writable = can('api_keys:write');
  const { cursor, Pager } = useCursor('');
  const list = useLoad(() => get(`/admin/api-keys${qs({ cursor, limit: 25 })}`), [cursor]);
  const [created, setCreated] = useState(undefined);
  const action = useAction();
  const revoke = (key) => {
    if (!confirm(`Revoke the key "${key.name}"? Requests made with it fail from now on.`)) return;
    action.run(async () => {
      await api('DELETE', `/admin/api-keys/${encodeURIComponent(key.id)}`);
      list.reload();
      return true;
    }, `The key "${key.name}" was revoked.`);
  };
  return html`<h1>API keys</h1>
    <p class="muted">Integrations send a key as <code>Authorization: Bearer sk_…</code>. Only a hash of each secret is stored.</p>
    ${created && html`<${Secret} created=${created} onDismiss=${() => setCreated(undefined)} />`}
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table id="key-table">
            <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Permissions</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th>${writable && html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}</tr></thead>
            <tbody>
              ${list.data.items.map(
                (k) => html`<tr>
                  <td>${k.name}</td><td><code>${k.prefix}…</code></td><td>${k.permissions.join(', ')}</td>
                  <td>${when(k.createdAt)}</td><td>${k.lastUsedAt ? when(k.lastUsedAt) : 'never'}</td>
                  <td>${k.revokedAt ? `revoked ${when(k.revokedAt)}` : 'active'}</td>
                  ${writable && html`<td>${!k.revokedAt && html`<button type="button" class="danger" disabled=${action.busy} onClick=${() => revoke(k)}>Revoke ${k.name}</button>`}</td>`}
                </tr>`,
              )}
            </tbody>
          </table>
          ${list.data.items.length === 0 && html`<p class="muted">No API keys yet.</p>`}
          <${Pager} nextCursor=${list.data.nextCursor} />`}
    ${writable && html`<${CreateKey} permissions=${session.permissions} onCreated=${(c) => (setCreated(c), list.reload())} />`}`;
}
