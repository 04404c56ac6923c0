// Regions: list, create, edit (countries, currency, tax rate, tax-inclusive prices, per-country rates), delete.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import { useRecord, ifMatch, withParents, codes, toBps, fromBps, Check, ConfirmButton, Stale, saveRecord } from './records.js';

export function RegionList({ can }) {
  const { cursor, Pager } = useCursor('regions');
  const regions = useLoad(() => get(`/admin/regions${qs({ cursor, limit: 25 })}`), [cursor]);
  return html`<h1>Regions</h1>
    ${can('pricing:write') && html`<p><a class="button-link" href="#/regions/new">New region</a></p>`}
    <div>
      ${
        regions.data === undefined
          ? html`<${Loading} error=${regions.error} />`
          : regions.data.items.length === 0
            ? html`<p class="muted">No regions yet.</p>`
            : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Currency</th>
                      <th scope="col">Countries</th>
                      <th scope="col">Tax rate</th>
                      <th scope="col">Prices</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${regions.data.items.map(
                      (r) =>
                        html`<tr>
                          <td><a href="#/regions/${r.id}">${r.name}</a></td>
                          <td>${r.currency}</td>
                          <td>${r.countries.join(', ')}</td>
                          <td>${fromBps(r.taxRateBps)} %${r.taxOverrides.length ? ` (${r.taxOverrides.length} overrides)` : ''}</td>
                          <td>${r.taxInclusive ? 'include tax' : 'exclude tax'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
                <${Pager} nextCursor=${regions.data.nextCursor} />`
      }
    </div>`;
}

const blank = { name: '', currency: 'EUR', countries: '', taxRate: '0', taxInclusive: false, isShippingTaxed: true, overrides: '' };

const toForm = (r) => ({
  name: r.name,
  currency: r.currency,
  countries: r.countries.join(', '),
  taxRate: fromBps(r.taxRateBps),
  taxInclusive: r.taxInclusive,
  isShippingTaxed: r.isShippingTaxed,
  overrides: r.taxOverrides.map((o) => `${o.country} ${fromBps(o.taxRateBps)}`).join(', '),
});

/** "AT 20, CH 7.7" → [{ country: 'AT', taxRateBps: 2000 }, …]. */
function overrides(text) {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [country = '', rate = ''] = entry.split(/[\s:=]+/);
      return { country: country.toUpperCase(), taxRateBps: toBps(rate) };
    });
}

export function RegionEdit({ id, can }) {
  const creating = id === undefined;
  const record = useRecord(creating ? '' : `/admin/regions/${encodeURIComponent(id)}`);
  const [form, setForm] = useState(blank);
  useEffect(() => setForm(record.data ? toForm(record.data.data) : blank), [record.data]);
  const action = useAction();
  const writable = can('pricing:write');
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  if (!creating && !record.data)
    return html`<h1>Region</h1>
      <${Loading} error=${record.error} />`;
  const body = () => ({
    name: form.name.trim(),
    currency: form.currency.trim().toUpperCase(),
    countries: codes(form.countries),
    taxRateBps: toBps(form.taxRate),
    taxInclusive: form.taxInclusive,
    isShippingTaxed: form.isShippingTaxed,
    taxOverrides: overrides(form.overrides),
  });
  const save = saveRecord({
    action,
    creating,
    collection: '/admin/regions',
    screen: 'regions',
    id,
    record,
    body,
    savedMessage: 'Region saved.',
  });
  const remove = async () => {
    const gone = await action.run(() => api('DELETE', `/admin/regions/${id}`, undefined, ifMatch(record.data.etag)));
    if (gone) location.hash = '#/regions';
  };
  const e = withParents(action.errors, ['/countries', '/taxOverrides']);
  return html`<h1>${creating ? 'New region' : record.data.data.name}</h1>
    <p>
      <a href="#/regions">All regions</a
      >${!creating && html` · <a href="#/shipping?regionId=${encodeURIComponent(id)}">Shipping options of this region</a>`}
    </p>
    <form onSubmit=${save} id="region-form">
      <fieldset disabled=${!writable}>
        <legend>Region</legend>
        <${Field} label="Name" path="/name" errors=${e} value=${form.name} onInput=${set('name')} required />
        <div class="row">
          <${Field}
            label="Currency"
            path="/currency"
            errors=${e}
            value=${form.currency}
            onInput=${set('currency')}
            maxlength="3"
            size="4"
          />
          <${Field}
            label="Countries (ISO codes, comma separated)"
            path="/countries"
            errors=${e}
            value=${form.countries}
            onInput=${set('countries')}
          />
        </div>
        <div class="row">
          <${Field}
            label="Tax rate (%)"
            inputmode="decimal"
            path="/taxRateBps"
            errors=${e}
            value=${form.taxRate}
            onInput=${set('taxRate')}
          />
          <${Field}
            label="Per-country tax rates (e.g. AT 20, CH 7.7)"
            path="/taxOverrides"
            errors=${e}
            value=${form.overrides}
            onInput=${set('overrides')}
          />
        </div>
        <${Check}
          label="Prices in this region include tax"
          checked=${form.taxInclusive}
          onChange=${set('taxInclusive')}
          disabled=${!writable}
        />
        <${Check}
          label="Shipping is taxed at the region rate"
          checked=${form.isShippingTaxed}
          onChange=${set('isShippingTaxed')}
          disabled=${!writable}
        />
      </fieldset>
      <${Problem} error=${action.error} />
      <${Stale} error=${action.error} reload=${() => (record.reload(), action.run(async () => true))} />
      <${Notice} text=${action.notice} />
      ${
        writable &&
        html`<p class="row">
          <button type="submit" disabled=${action.busy}>${creating ? 'Create region' : 'Save region'}</button>
          ${!creating && html`<${ConfirmButton} label="Delete region" confirmLabel="Delete region and its shipping options" onConfirm=${remove} busy=${action.busy} />`}
        </p>`
      }
    </form>`;
}
