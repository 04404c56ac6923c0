// Shop settings: name, logo, default region, return policy and the shipping promise.
import { html, useState, useEffect } from './preact-htm.js';
import { api } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction } from './ui.js';
import { allPages } from './categories.js';

function toForm(s) {
  return {
    name: s.name,
    logoUrl: s.logoUrl || '',
    defaultRegionId: s.defaultRegionId || '',
    returnDays: String(s.returnPolicy.days),
    returnFree: s.returnPolicy.isFree,
    summary: s.shipping.summary,
    handlingMin: String(s.shipping.handlingDays.min),
    handlingMax: String(s.shipping.handlingDays.max),
    transitMin: String(s.shipping.transitDays.min),
    transitMax: String(s.shipping.transitDays.max),
  };
}

/** Whole numbers as typed; anything else is sent as is, so the server names the field. */
const int = (text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

function toBody(f) {
  return {
    name: f.name,
    logoUrl: f.logoUrl.trim() || null,
    defaultRegionId: f.defaultRegionId || null,
    returnPolicy: { days: int(f.returnDays), isFree: f.returnFree },
    shipping: {
      summary: f.summary,
      handlingDays: { min: int(f.handlingMin), max: int(f.handlingMax) },
      transitDays: { min: int(f.transitMin), max: int(f.transitMax) },
    },
  };
}

export function Settings({ can }) {
  const writable = can('settings:write');
  const [form, setForm] = useState(undefined);
  const [etag, setEtag] = useState(null);
  const [loadError, setLoadError] = useState(undefined);
  const [conflict, setConflict] = useState(false);
  const regions = useLoad(() => (can('pricing:read') ? allPages('/admin/regions', 5) : Promise.resolve([])), []);
  const action = useAction();
  const load = async () => {
    const res = await api('GET', '/admin/settings');
    setForm(toForm(res.data));
    setEtag(res.etag);
    setConflict(false);
  };
  useEffect(() => {
    load().catch(setLoadError);
  }, []);
  useEffect(() => {
    if (action.error?.status === 412) setConflict(true);
  }, [action.error]);
  if (form === undefined) return html`<h1>Shop settings</h1><${Loading} error=${loadError} />`;
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const save = async (e) => {
    e.preventDefault();
    setConflict(false);
    const saved = await action.run(() => api('PATCH', '/admin/settings', toBody(form), { 'if-match': etag }), 'Settings saved.');
    if (saved) (setForm(toForm(saved.data)), setEtag(saved.etag));
  };
  const e = action.errors;
  const regionList = regions.data || [];
  return html`<h1>Shop settings</h1>
    <form onSubmit=${save} id="settings-form">
      ${conflict &&
      html`<div class="problem" role="alert" id="conflict">
        <strong>Someone else changed the settings while you were editing.</strong> Your changes were not saved.
        <p><button type="button" onClick=${() => load().catch(setLoadError)}>Load the latest settings</button></p>
      </div>`}
      <fieldset disabled=${!writable}>
        <legend>Shop</legend>
        <div class="row">
          <${Field} label="Shop name" path="/name" errors=${e} value=${form.name} onInput=${set('name')} required />
          <${Field} label="Logo URL (https://… or /path)" path="/logoUrl" errors=${e} value=${form.logoUrl} onInput=${set('logoUrl')} />
          <${Field} label="Default region" path="/defaultRegionId" errors=${e} value=${form.defaultRegionId} onInput=${set('defaultRegionId')}>
            <option value="">None</option>
            ${regionList.map((r) => html`<option value=${r.id}>${r.name} (${r.currency})</option>`)}
            ${form.defaultRegionId && !regionList.some((r) => r.id === form.defaultRegionId) && html`<option value=${form.defaultRegionId}>${form.defaultRegionId}</option>`}
          <//>
        </div>
      </fieldset>
      <fieldset disabled=${!writable}>
        <legend>Returns</legend>
        <div class="row">
          <${Field} label="Return window (days, 0 = no returns)" type="number" min="0" max="365" path="/returnPolicy/days" errors=${e} value=${form.returnDays} onInput=${set('returnDays')} />
          <div><label class="check"><input type="checkbox" checked=${form.returnFree} onChange=${(ev) => set('returnFree')(ev.target.checked)} /> Returns are free</label></div>
        </div>
      </fieldset>
      <fieldset disabled=${!writable}>
        <legend>Shipping promise</legend>
        <${Field} label="Shipping summary (shown on product pages)" path="/shipping/summary" errors=${e} value=${form.summary} onInput=${set('summary')} />
        <div class="row">
          <${Field} label="Handling days, from" type="number" min="0" max="60" path="/shipping/handlingDays/min" errors=${e} value=${form.handlingMin} onInput=${set('handlingMin')} />
          <${Field} label="Handling days, to" type="number" min="0" max="60" path="/shipping/handlingDays/max" errors=${e} value=${form.handlingMax} onInput=${set('handlingMax')} />
          <${Field} label="Transit days, from" type="number" min="0" max="60" path="/shipping/transitDays/min" errors=${e} value=${form.transitMin} onInput=${set('transitMin')} />
          <${Field} label="Transit days, to" type="number" min="0" max="60" path="/shipping/transitDays/max" errors=${e} value=${form.transitMax} onInput=${set('transitMax')} />
        </div>
      </fieldset>
      <${Problem} error=${conflict ? undefined : action.error} />
      <${Notice} text=${action.notice} />
      ${writable && html`<p><button type="submit" disabled=${action.busy} id="save-settings">Save settings</button></p>`}
    </form>`;
}
