// Shared pieces of the settings-like screens (regions, shipping, promotions, webhooks, locations):
// loading one record with its ETag, saving with If-Match, field errors under a prefix, parsing lists.
import { html, useState } from './preact-htm.js';
import { api, toMinor } from './api.js';
import { useLoad } from './ui.js';

/** Loads `path` as `{ data, etag }` (for a PATCH/DELETE with If-Match); skipped while `path` is empty. */
export function useRecord(path) {
  return useLoad(() => (path ? api('GET', path) : Promise.resolve(null)), [path]);
}

/** `If-Match` for the version loaded, or no header at all when there is none. */
export const ifMatch = (etag) => (etag ? { 'if-match': etag } : {});

/**
 * A record form's submit: POST `collection` and open the new record's screen at `#/<screen>/<id>`,
 * or PATCH the loaded record with If-Match and reload it (a change made elsewhere meanwhile → 412).
 */
export function saveRecord({ action, creating, collection, screen, id, record, body, savedMessage }) {
  return async (e) => {
    e.preventDefault();
    if (creating) {
      const made = await action.run(() => api('POST', collection, body()));
      if (made) location.hash = `#/${screen}/${made.data.id}`;
    } else {
      const saved = await action.run(() => api('PATCH', `${collection}/${id}`, body(), ifMatch(record.data.etag)), savedMessage);
      if (saved) record.reload();
    }
  };
}

/** "2/maxGrams" → "entry 3, maxGrams": a place in a list field, as a person counts. */
function where(rest) {
  const [first = '', ...more] = rest.split('/');
  const n = Number(first);
  return [/^\d+$/.test(first) ? `entry ${n + 1}` : first, ...more].join(', ');
}

/**
 * The field errors by JSON pointer, with every deeper pointer also filed under its parent
 * (`/countries/2` shows next to the Countries field, which edits the whole list).
 */
export function withParents(errors, parents) {
  const out = { ...errors };
  for (const [path, message] of Object.entries(errors)) {
    for (const parent of parents) {
      if (path.startsWith(`${parent}/`) && !out[parent]) out[parent] = `${where(path.slice(parent.length + 1))}: ${message}`;
    }
  }
  return out;
}

/** "DE, at ,FR" → ["DE", "AT", "FR"]. */
export const codes = (text) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

/** "a, b" → ["a", "b"] (case kept). */
export const list = (text) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "19" or "7.5" (percent) → basis points; NaN for nonsense so the server names the field. */
export function toBps(text) {
  if (String(text).trim() === '') return NaN;
  const n = Number(String(text).replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}

export const fromBps = (bps) => String(bps / 100);

/** Minor units → "12.50" for an input. */
export const fromMinor = (amount) => (amount === null || amount === undefined ? '' : (amount / 100).toFixed(2));

/** Minor units from an input where blank means "none" (null). */
export const minorOrNull = (text) => (String(text).trim() === '' ? null : toMinor(text));

/** A whole number from an input where blank means "none" (null); NaN for nonsense. */
export function intOrNull(text) {
  if (String(text).trim() === '') return null;
  const n = Number(text);
  return Number.isInteger(n) ? n : NaN;
}

/** ISO timestamp → the value of a `datetime-local` input (local time), and back. */
export function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export const fromLocalInput = (value) => (value ? new Date(value).toISOString() : null);

/** A checkbox with its label, wired like Field. */
export function Check({ label, checked, onChange, disabled }) {
  return html`<p>
    <label class="check"
      ><input type="checkbox" checked=${checked} disabled=${disabled} onChange=${(e) => onChange(e.target.checked)} /> ${label}</label
    >
  </p>`;
}

/** A delete button that asks once more before it acts. */
export function ConfirmButton({ label, confirmLabel, onConfirm, busy }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return html`<button type="button" class="danger" disabled=${busy} onClick=${() => setAsking(true)}>${label}</button>`;
  return html`<span class="row">
    <button type="button" class="danger" disabled=${busy} onClick=${() => (setAsking(false), onConfirm())}>${confirmLabel}</button>
    <button type="button" class="secondary" onClick=${() => setAsking(false)}>Keep it</button>
  </span>`;
}

/** The ETag the server gives a versioned record (`"<id>.<version>"`), from a listed item. */
export const etagOf = (id, version) => `"${id}.${version}"`;

/** After a 412 (the record changed since it was loaded): offer to load the current version. */
export function Stale({ error, reload }) {
  if (error?.status !== 412) return null;
  return html`<p id="conflict">
    Someone changed this since you opened it; nothing was overwritten.
    <button type="button" class="secondary" onClick=${reload}>Load the latest version</button>
  </p>`;
}
