// Promotions: list (find by code), create and edit (code, kind, value, currency, dates, limits, scope), end now, retire.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs, money, toMinor, when } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor } from './ui.js';
import {
  useRecord,
  ifMatch,
  withParents,
  list,
  fromMinor,
  minorOrNull,
  intOrNull,
  toLocalInput,
  fromLocalInput,
  ConfirmButton,
  Stale,
  saveRecord,
} from './records.js';

const KINDS = [
  ['percentage', 'Percentage off'],
  ['fixed', 'Fixed amount off'],
  ['free_shipping', 'Free shipping'],
];

function value(p) {
  if (p.type === 'percentage') return `${p.value} %`;
  if (p.type === 'fixed') return p.currency ? money(p.value, p.currency) : String(p.value);
  return 'free shipping';
}

function state(p, now = Date.now()) {
  if (p.endsAt && Date.parse(p.endsAt) <= now) return 'ended';
  if (p.startsAt && Date.parse(p.startsAt) > now) return 'scheduled';
  if (p.usageLimit !== null && p.used >= p.usageLimit) return 'used up';
  return 'active';
}

export function PromotionList({ can }) {
  const [text, setText] = useState('');
  const [code, setCode] = useState('');
  const { cursor, Pager } = useCursor(code);
  const promotions = useLoad(() => get(`/admin/promotions${qs({ code, cursor, limit: 25 })}`), [code, cursor]);
  return html`<h1>Promotions</h1>
    <form class="row" onSubmit=${(e) => (e.preventDefault(), setCode(text.trim()))}>
      <${Field} label="Code" value=${text} onInput=${setText} />
      <div><button type="submit" class="secondary">Find</button></div>
      ${can('pricing:write') && html`<div><a class="button-link" href="#/promotions/new">New promotion</a></div>`}
    </form>
    <div>
      ${
        promotions.data === undefined
          ? html`<${Loading} error=${promotions.error} />`
          : promotions.data.items.length === 0
            ? html`<p class="muted">No promotions${code ? ` with the code ${code}` : ''}.</p>`
            : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Code</th>
                      <th scope="col">Discount</th>
                      <th scope="col">State</th>
                      <th scope="col">Used</th>
                      <th scope="col">Ends</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${promotions.data.items.map(
                      (p) =>
                        html`<tr>
                          <td><a href="#/promotions/${p.id}">${p.code}</a></td>
                          <td>${value(p)}</td>
                          <td>${state(p)}</td>
                          <td>${p.used}${p.usageLimit === null ? '' : ` of ${p.usageLimit}`}</td>
                          <td>${p.endsAt ? when(p.endsAt) : '—'}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
                <${Pager} nextCursor=${promotions.data.nextCursor} />`
      }
    </div>`;
}

const blank = {
  code: '',
  type: 'percentage',
  value: '',
  currency: '',
  startsAt: '',
  endsAt: '',
  usageLimit: '',
  perCustomerLimit: '',
  minSubtotal: '',
  productIds: '',
  categoryIds: '',
};

const toForm = (p) => ({
  code: p.code,
  type: p.type,
  value: p.type === 'fixed' ? fromMinor(p.value) : p.type === 'percentage' ? String(p.value) : '',
  currency: p.currency || '',
  startsAt: toLocalInput(p.startsAt),
  endsAt: toLocalInput(p.endsAt),
  usageLimit: p.usageLimit === null ? '' : String(p.usageLimit),
  perCustomerLimit: p.perCustomerLimit === null ? '' : String(p.perCustomerLimit),
  minSubtotal: fromMinor(p.minSubtotal),
  productIds: p.productIds.join(', '),
  categoryIds: p.categoryIds.join(', '),
});

function wholeNumber(text) {
  const n = Number(String(text).trim() || NaN);
  return Number.isInteger(n) ? n : NaN;
}

export function PromotionEdit({ id, can }) {
  const creating = id === undefined;
  const record = useRecord(creating ? '' : `/admin/promotions/${encodeURIComponent(id)}`);
  const [form, setForm] = useState(blank);
  useEffect(() => setForm(record.data ? toForm(record.data.data) : blank), [record.data]);
  const action = useAction();
  const writable = can('pricing:write');
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  if (!creating && !record.data)
    return html`<h1>Promotion</h1>
      <${Loading} error=${record.error} />`;
  const p = record.data?.data;
  const body = () => ({
    code: form.code.trim(),
    type: form.type,
    ...(form.type === 'percentage'
      ? { value: wholeNumber(form.value) }
      : form.type === 'fixed'
        ? { value: toMinor(form.value) ?? NaN }
        : { value: 0 }),
    currency: form.currency.trim() ? form.currency.trim().toUpperCase() : null,
    // A datetime-local input holds minutes only: an unchanged date is not sent, so its seconds are kept.
    ...(p && form.startsAt === toLocalInput(p.startsAt) ? {} : { startsAt: fromLocalInput(form.startsAt) }),
    ...(p && form.endsAt === toLocalInput(p.endsAt) ? {} : { endsAt: fromLocalInput(form.endsAt) }),
    usageLimit: intOrNull(form.usageLimit),
    perCustomerLimit: intOrNull(form.perCustomerLimit),
    minSubtotal: minorOrNull(form.minSubtotal),
    productIds: list(form.productIds),
    categoryIds: list(form.categoryIds),
  });
  const save = saveRecord({
    action,
    creating,
    collection: '/admin/promotions',
    screen: 'promotions',
    id,
    record,
    body,
    savedMessage: 'Promotion saved.',
  });
  const endNow = async () => {
    const ended = await action.run(
      () => api('PATCH', `/admin/promotions/${id}`, { endsAt: new Date().toISOString() }, ifMatch(record.data.etag)),
      'Promotion ended: its code no longer applies.',
    );
    if (ended) record.reload();
  };
  const retire = async () => {
    const gone = await action.run(() => api('DELETE', `/admin/promotions/${id}`, undefined, ifMatch(record.data.etag)));
    if (gone) location.hash = '#/promotions';
  };
  const e = withParents(action.errors, ['/productIds', '/categoryIds']);
  const currency = form.currency.trim().toUpperCase() || 'currency';
  return html`<h1>${creating ? 'New promotion' : `Promotion ${p.code}`}</h1>
    <p>
      <a href="#/promotions">All promotions</a>${p ? html` · <span id="promotion-state">${state(p)}</span> · used ${p.used} times` : ''}
    </p>
    <form onSubmit=${save} id="promotion-form">
      <fieldset disabled=${!writable}>
        <legend>Discount</legend>
        <div class="row">
          <${Field} label="Code" path="/code" errors=${e} value=${form.code} onInput=${set('code')} required />
          <${Field} label="Kind" path="/type" errors=${e} value=${form.type} onInput=${set('type')}>
            ${KINDS.map(([v, label]) => html`<option value=${v}>${label}</option>`)}
          <//>
          ${
            form.type !== 'free_shipping' &&
            html`<${Field}
              label=${form.type === 'percentage' ? 'Percent off (1–100)' : `Amount off (${currency})`}
              inputmode="decimal"
              path="/value"
              errors=${e}
              value=${form.value}
              onInput=${set('value')}
            />`
          }
          <${Field}
            label="Currency (for amounts)"
            path="/currency"
            errors=${e}
            value=${form.currency}
            onInput=${set('currency')}
            maxlength="3"
            size="4"
          />
        </div>
      </fieldset>
      <fieldset disabled=${!writable}>
        <legend>When and how often</legend>
        <div class="row">
          <${Field} label="Starts" type="datetime-local" path="/startsAt" errors=${e} value=${form.startsAt} onInput=${set('startsAt')} />
          <${Field} label="Ends" type="datetime-local" path="/endsAt" errors=${e} value=${form.endsAt} onInput=${set('endsAt')} />
        </div>
        <div class="row">
          <${Field}
            label="Total uses allowed"
            type="number"
            min="0"
            path="/usageLimit"
            errors=${e}
            value=${form.usageLimit}
            onInput=${set('usageLimit')}
          />
          <${Field}
            label="Uses per customer"
            type="number"
            min="1"
            path="/perCustomerLimit"
            errors=${e}
            value=${form.perCustomerLimit}
            onInput=${set('perCustomerLimit')}
          />
          <${Field}
            label=${`Minimum subtotal (${currency})`}
            inputmode="decimal"
            path="/minSubtotal"
            errors=${e}
            value=${form.minSubtotal}
            onInput=${set('minSubtotal')}
          />
        </div>
      </fieldset>
      <fieldset disabled=${!writable}>
        <legend>Applies to (empty: the whole cart)</legend>
        <${Field}
          label="Product IDs (comma separated)"
          path="/productIds"
          errors=${e}
          value=${form.productIds}
          onInput=${set('productIds')}
        />
        <${Field}
          label="Category IDs (comma separated)"
          path="/categoryIds"
          errors=${e}
          value=${form.categoryIds}
          onInput=${set('categoryIds')}
        />
      </fieldset>
      <${Problem} error=${action.error} />
      <${Stale} error=${action.error} reload=${() => (record.reload(), action.run(async () => true))} />
      <${Notice} text=${action.notice} />
      ${
        writable &&
        html`<p class="row">
          <button type="submit" disabled=${action.busy}>${creating ? 'Create promotion' : 'Save promotion'}</button>
          ${!creating && state(p) !== 'ended' && html`<button type="button" class="secondary" disabled=${action.busy} onClick=${endNow}>End now</button>`}
          ${!creating && html`<${ConfirmButton} label="Retire promotion" confirmLabel="Retire it (the code can be reused)" onConfirm=${retire} busy=${action.busy} />`}
        </p>`
      }
    </form>`;
}
