// Shipping options per region: list, create, edit, delete (flat, weight-based, free over a subtotal).
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs, money, toMinor } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import { useRecord, ifMatch, withParents, fromMinor, minorOrNull, Check, ConfirmButton, Stale, saveRecord } from './records.js';

const TYPES = [
  ['flat', 'Flat price'],
  ['weight_based', 'By weight'],
  ['free_over', 'Free over a subtotal'],
];

/** Every region (at most a few hundred), for the pickers and the currency of each option's prices. */
function useRegions() {
  return useLoad(async () => {
    const all = [];
    let cursor;
    for (let i = 0; i < 10; i++) {
      const page = await get(`/admin/regions${qs({ cursor, limit: 100 })}`);
      all.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return all;
  }, []);
}

function describe(o, currency) {
  if (o.type === 'free_over') return `${money(o.amount, currency)}, free from ${money(o.freeOverAmount ?? 0, currency)}`;
  if (o.type === 'weight_based')
    return `${money(o.amount, currency)} + ${o.weightBands.map((b) => `${money(b.amount, currency)} up to ${b.maxGrams} g`).join(', ')}`;
  return money(o.amount, currency);
}

export function ShippingList({ query, can }) {
  const regions = useRegions();
  const regionId = query.get('regionId') || '';
  const { cursor, Pager } = useCursor(regionId);
  const options = useLoad(() => get(`/admin/shipping-options${qs({ regionId, cursor, limit: 25 })}`), [regionId, cursor]);
  const currencyOf = (id) => regions.data?.find((r) => r.id === id)?.currency || 'EUR';
  const nameOf = (id) => regions.data?.find((r) => r.id === id)?.name || id;
  return html`<h1>Shipping options</h1>
    <div>
      ${
        regions.data === undefined
          ? html`<${Loading} error=${regions.error} />`
          : html`<div class="row">
              <${Field} label="Region" value=${regionId} onInput=${(v) => (location.hash = `#/shipping${qs({ regionId: v })}`)}>
                <option value="">All regions</option>
                ${regions.data.map((r) => html`<option value=${r.id}>${r.name} (${r.currency})</option>`)}
              <//>
              ${can('pricing:write') && html`<div><a class="button-link" href="#/shipping/new${qs({ regionId })}">New shipping option</a></div>`}
            </div>`
      }
    </div>
    <div>
      ${
        options.data === undefined
          ? html`<${Loading} error=${options.error} />`
          : options.data.items.length === 0
            ? html`<p class="muted">No shipping options here yet.</p>`
            : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Region</th>
                      <th scope="col">Price</th>
                      <th scope="col">Active</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${options.data.items.map(
                      (o) =>
                        html`<tr>
                          <td><a href="#/shipping/${o.id}">${o.name}</a></td>
                          <td>${nameOf(o.regionId)}</td>
                          <td>${describe(o, currencyOf(o.regionId))}</td>
                          <td>${o.isActive ? 'yes' : 'no'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
                <${Pager} nextCursor=${options.data.nextCursor} />`
      }
    </div>`;
}

const blank = (regionId) => ({ regionId, name: '', type: 'flat', amount: '', freeOver: '', bands: '', isActive: true });

const toForm = (o) => ({
  regionId: o.regionId,
  name: o.name,
  type: o.type,
  amount: fromMinor(o.amount),
  freeOver: fromMinor(o.freeOverAmount),
  bands: o.weightBands.map((b) => `${b.maxGrams} ${fromMinor(b.amount)}`).join(', '),
  isActive: o.isActive,
});

/** "500 4.90, 2000 9.90" (grams and price) → [{ maxGrams: 500, amount: 490 }, …]. */
function bands(text) {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [grams = '', price = ''] = entry.split(/[\s:=]+/);
      const maxGrams = Number(grams);
      return { maxGrams: Number.isInteger(maxGrams) ? maxGrams : NaN, amount: toMinor(price) ?? NaN };
    });
}

export function ShippingEdit({ id, query, can }) {
  const creating = id === undefined;
  const regions = useRegions();
  const record = useRecord(creating ? '' : `/admin/shipping-options/${encodeURIComponent(id)}`);
  const [form, setForm] = useState(blank(query.get('regionId') || ''));
  useEffect(() => {
    if (record.data) setForm(toForm(record.data.data));
  }, [record.data]);
  useEffect(() => {
    if (creating && !form.regionId && regions.data?.length) setForm((f) => ({ ...f, regionId: regions.data[0].id }));
  }, [regions.data]);
  const action = useAction();
  const writable = can('pricing:write');
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  if ((!creating && !record.data) || !regions.data)
    return html`<h1>Shipping option</h1>
      <${Loading} error=${record.error || regions.error} />`;
  const currency = regions.data.find((r) => r.id === form.regionId)?.currency || '';
  const body = () => ({
    ...(creating ? { regionId: form.regionId } : {}),
    name: form.name.trim(),
    type: form.type,
    amount: toMinor(form.amount) ?? (form.type === 'weight_based' ? 0 : undefined),
    freeOverAmount: form.type === 'free_over' ? minorOrNull(form.freeOver) : null,
    weightBands: form.type === 'weight_based' ? bands(form.bands) : [],
    isActive: form.isActive,
  });
  const save = saveRecord({
    action,
    creating,
    collection: '/admin/shipping-options',
    screen: 'shipping',
    id,
    record,
    body,
    savedMessage: 'Shipping option saved.',
  });
  const remove = async () => {
    const gone = await action.run(() => api('DELETE', `/admin/shipping-options/${id}`, undefined, ifMatch(record.data.etag)));
    if (gone) location.hash = `#/shipping${qs({ regionId: form.regionId })}`;
  };
  const e = withParents(action.errors, ['/weightBands']);
  return html`<h1>${creating ? 'New shipping option' : record.data.data.name}</h1>
    <p><a href="#/shipping${qs({ regionId: form.regionId })}">Shipping options</a></p>
    <form onSubmit=${save} id="shipping-form">
      <fieldset disabled=${!writable}>
        <legend>Shipping option</legend>
        ${
          creating
            ? html`<${Field} label="Region" path="/regionId" errors=${e} value=${form.regionId} onInput=${set('regionId')}>
                ${regions.data.map((r) => html`<option value=${r.id}>${r.name} (${r.currency})</option>`)}
              <//>`
            : html`<p>Region: <strong>${regions.data.find((r) => r.id === form.regionId)?.name || form.regionId}</strong></p>`
        }
        <${Field} label="Name" path="/name" errors=${e} value=${form.name} onInput=${set('name')} required />
        <div class="row">
          <${Field} label="Type" path="/type" errors=${e} value=${form.type} onInput=${set('type')}>
            ${TYPES.map(([v, label]) => html`<option value=${v}>${label}</option>`)}
          <//>
          <${Field}
            label=${form.type === 'weight_based' ? `Base fee (${currency})` : `Price (${currency})`}
            inputmode="decimal"
            path="/amount"
            errors=${e}
            value=${form.amount}
            onInput=${set('amount')}
          />
          ${
            form.type === 'free_over' &&
            html`<${Field}
              label=${`Free from subtotal (${currency})`}
              inputmode="decimal"
              path="/freeOverAmount"
              errors=${e}
              value=${form.freeOver}
              onInput=${set('freeOver')}
            />`
          }
        </div>
        ${
          form.type === 'weight_based' &&
          html`<${Field}
            label=${`Weight bands: grams up to, price (${currency}), e.g. 500 4.90, 2000 9.90`}
            path="/weightBands"
            errors=${e}
            value=${form.bands}
            onInput=${set('bands')}
          />`
        }
        <${Check} label="Active (offered at checkout)" checked=${form.isActive} onChange=${set('isActive')} disabled=${!writable} />
      </fieldset>
      <${Problem} error=${action.error} />
      <${Stale} error=${action.error} reload=${() => (record.reload(), action.run(async () => true))} />
      <${Notice} text=${action.notice} />
      ${
        writable &&
        html`<p class="row">
          <button type="submit" disabled=${action.busy}>${creating ? 'Create shipping option' : 'Save shipping option'}</button>
          ${!creating && html`<${ConfirmButton} label="Delete shipping option" confirmLabel="Delete it for good" onConfirm=${remove} busy=${action.busy} />`}
        </p>`
      }
    </form>`;
}
