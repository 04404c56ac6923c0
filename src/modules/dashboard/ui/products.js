// Products: a searchable, paged list and the create/edit form (options, variants, EUR/USD prices, SEO).
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs, money, toMinor } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor, useDebounced } from './ui.js';
import { ImagesPicker, TaxonomyPickers } from './product-pickers.js';

const CURRENCIES = ['EUR', 'USD'];

export function ProductList({ can }) {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const search = useDebounced(q.trim(), 300);
  const { cursor, Pager } = useCursor(`${search}|${status}`);
  const list = useLoad(() => get(`/admin/products${qs({ q: search, status, cursor, limit: 25 })}`), [search, status, cursor]);
  return html`<h1>Products</h1>
    <div class="row">
      <${Field} label="Search" type="search" value=${q} onInput=${setQ} />
      <${Field} label="Status" value=${status} onInput=${setStatus}>
        <option value="">Any</option><option value="draft">Draft</option><option value="published">Published</option>
      <//>
      ${can('products:write') && html`<div><a href="#/products/new" class="button-link" id="new-product">New product</a></div>`}
    </div>
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table>
            <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Variants</th><th scope="col">Prices</th></tr></thead>
            <tbody>
              ${list.data.items.map(
                (p) => html`<tr>
                  <td><a href="#/products/${p.id}">${p.title}</a></td>
                  <td>${p.status}</td>
                  <td>${p.variants.length}</td>
                  <td>${[...new Set(p.variants.flatMap((v) => v.prices.map((x) => money(x.amount, x.currency))))].slice(0, 3).join(', ')}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${list.data.items.length === 0 && html`<p class="muted">No products match.</p>`}
          <${Pager} nextCursor=${list.data.nextCursor} />`}`;
}

/** Every combination of the options' values, in order. */
function combinations(options) {
  return options.reduce((acc, o) => acc.flatMap((combo) => o.values.map((v) => ({ ...combo, [o.name]: v }))), [{}]);
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').toUpperCase();

/** The form's state from a product (or a blank one). */
function toForm(p) {
  return {
    title: p?.title || '',
    handle: p?.handle || '',
    description: p?.description || '',
    status: p?.status || 'draft',
    seoTitle: p?.seo?.title || '',
    seoDescription: p?.seo?.description || '',
    options: (p?.options || []).map((o) => ({ name: o.name, values: o.values.join(', ') })),
    images: (p?.images || []).map((i) => ({ url: i.url, alt: i.alt || '' })),
    categoryIds: p?.categoryIds || [],
    collectionIds: p?.collectionIds || [],
    variants: (p?.variants || []).map((v) => ({
      id: v.id,
      sku: v.sku,
      options: v.options,
      prices: Object.fromEntries(CURRENCIES.map((c) => [c, ((v.prices.find((x) => x.currency === c)?.amount ?? NaN) / 100).toFixed(2).replace('NaN', '')])),
    })),
  };
}

function parsedOptions(form) {
  return form.options
    .map((o) => ({ name: o.name.trim(), values: o.values.split(',').map((v) => v.trim()).filter(Boolean) }))
    .filter((o) => o.name);
}

function toBody(form, isNew) {
  const body = {
    title: form.title,
    description: form.description,
    status: form.status,
    seo: { title: form.seoTitle || null, description: form.seoDescription || null },
    options: parsedOptions(form),
    images: form.images.map((i) => ({ url: i.url.trim(), ...(i.alt.trim() ? { alt: i.alt.trim() } : {}) })),
    categoryIds: form.categoryIds,
    collectionIds: form.collectionIds,
    variants: form.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      sku: v.sku,
      options: v.options,
      prices: CURRENCIES.flatMap((c) => {
        const amount = toMinor(v.prices[c]);
        return amount === undefined ? [] : [{ currency: c, amount }];
      }),
    })),
  };
  if (form.handle || !isNew) body.handle = form.handle || undefined;
  return body;
}

export function ProductEdit({ id, can }) {
  const writable = can('products:write');
  const [form, setForm] = useState(toForm());
  const [etag, setEtag] = useState(null);
  const [conflict, setConflict] = useState(false);
  const [loadError, setLoadError] = useState(undefined);
  const action = useAction();
  const load = async () => {
    const res = await api('GET', `/admin/products/${encodeURIComponent(id)}`);
    setForm(toForm(res.data));
    setEtag(res.etag);
    setConflict(false);
  };
  useEffect(() => {
    if (id) load().catch(setLoadError);
  }, [id]);
  if (id && etag === null) return html`<h1>Product</h1><${Loading} error=${loadError} />`;
  const set = (patch) => setForm({ ...form, ...patch });
  const setOption = (i, patch) => set({ options: form.options.map((o, j) => (i === j ? { ...o, ...patch } : o)) });
  const setVariant = (i, patch) => set({ variants: form.variants.map((v, j) => (i === j ? { ...v, ...patch } : v)) });
  const generate = () => {
    const existing = new Map(form.variants.map((v) => [JSON.stringify(v.options), v]));
    const base = slug(form.handle || form.title || 'SKU');
    set({
      variants: combinations(parsedOptions(form)).map(
        (options) =>
          existing.get(JSON.stringify(options)) || {
            sku: [base, ...Object.values(options).map(slug)].join('-'),
            options,
            prices: { EUR: '', USD: '' },
          },
      ),
    });
  };
  const save = async (e) => {
    e.preventDefault();
    setConflict(false);
    const saved = await action.run(
      () => (id ? api('PATCH', `/admin/products/${encodeURIComponent(id)}`, toBody(form, false), { 'if-match': etag }) : api('POST', '/admin/products', toBody(form, true))),
      'Saved.',
    );
    if (saved) {
      if (!id) location.hash = `#/products/${saved.data.id}`;
      else (setForm(toForm(saved.data)), setEtag(saved.etag));
    }
  };
  useEffect(() => {
    if (action.error?.status === 412) setConflict(true);
  }, [action.error]);
  const errors = action.errors;
  const ro = !writable;
  return html`<h1>${id ? form.title || 'Product' : 'New product'}</h1>
    <form onSubmit=${save} id="product-form">
      ${conflict &&
      html`<div class="problem" role="alert" id="conflict">
        <strong>Someone else changed this product while you were editing.</strong> Your changes were not saved.
        <p><button type="button" onClick=${() => load().catch(setLoadError)}>Load the latest version</button></p>
      </div>`}
      <fieldset disabled=${ro}>
        <legend>Product</legend>
        <div class="row">
          <${Field} label="Title" path="/title" errors=${errors} value=${form.title} onInput=${(v) => set({ title: v })} required />
          <${Field} label="Handle" path="/handle" errors=${errors} value=${form.handle} onInput=${(v) => set({ handle: v })} />
          <${Field} label="Status" path="/status" errors=${errors} value=${form.status} onInput=${(v) => set({ status: v })}>
            <option value="draft">Draft</option><option value="published">Published</option>
          <//>
        </div>
        <${Field} label="Description" type="textarea" path="/description" errors=${errors} value=${form.description} onInput=${(v) => set({ description: v })} />
        <div class="row">
          <${Field} label="SEO title" path="/seo/title" errors=${errors} value=${form.seoTitle} onInput=${(v) => set({ seoTitle: v })} />
          <${Field} label="SEO description" path="/seo/description" errors=${errors} value=${form.seoDescription} onInput=${(v) => set({ seoDescription: v })} />
        </div>
      </fieldset>
      <${ImagesPicker} images=${form.images} onChange=${(images) => set({ images })} errors=${errors} writable=${writable} />
      <${TaxonomyPickers} form=${form} set=${set} errors=${errors} writable=${writable} />
      <fieldset disabled=${ro}>
        <legend>Options</legend>
        ${form.options.map(
          (o, i) => html`<div class="row">
            <${Field} label=${`Option ${i + 1} name`} path=${`/options/${i}/name`} errors=${errors} value=${o.name} onInput=${(v) => setOption(i, { name: v })} />
            <${Field} label=${`Option ${i + 1} values (comma separated)`} path=${`/options/${i}/values`} errors=${errors} value=${o.values} onInput=${(v) => setOption(i, { values: v })} />
            ${writable && html`<div><button type="button" class="secondary" onClick=${() => set({ options: form.options.filter((_, j) => j !== i) })}>Remove option ${i + 1}</button></div>`}
          </div>`,
        )}
        ${writable &&
        html`<div class="row">
          <button type="button" class="secondary" onClick=${() => set({ options: [...form.options, { name: '', values: '' }] })}>Add option</button>
          <button type="button" class="secondary" onClick=${generate}>Generate variants</button>
        </div>`}
      </fieldset>
      <fieldset disabled=${ro}>
        <legend>Variants and prices</legend>
        <table>
          <thead><tr><th scope="col">Options</th><th scope="col">SKU</th>${CURRENCIES.map((c) => html`<th scope="col">Price ${c}</th>`)}</tr></thead>
          <tbody>
            ${form.variants.map((v, i) => {
              const name = Object.values(v.options || {}).join(' / ') || 'Default';
              return html`<tr>
                <td>${name}</td>
                <td><${Field} label=${`SKU of ${name}`} path=${`/variants/${i}/sku`} errors=${errors} value=${v.sku} onInput=${(sku) => setVariant(i, { sku })} /></td>
                ${CURRENCIES.map(
                  (c) => html`<td><${Field} label=${`${c} price of ${name}`} inputmode="decimal" path=${`/variants/${i}/prices`} errors=${errors} value=${v.prices[c]} onInput=${(p) => setVariant(i, { prices: { ...v.prices, [c]: p } })} /></td>`,
                )}
              </tr>`;
            })}
          </tbody>
        </table>
        ${form.variants.length === 0 && html`<p class="muted">No variants yet: add options and generate them, or add one.</p>`}
        ${writable && html`<button type="button" class="secondary" onClick=${() => set({ variants: [...form.variants, { sku: '', options: {}, prices: { EUR: '', USD: '' } }] })}>Add variant</button>`}
      </fieldset>
      <${Problem} error=${conflict ? undefined : action.error} />
      <${Notice} text=${action.notice} />
      ${writable && html`<p><button type="submit" disabled=${action.busy} id="save-product">Save product</button></p>`}
      ${id && form.variants.length > 0 && html`<p>Stock: ${form.variants.map((v) => html`<a href="#/inventory/${encodeURIComponent(v.sku)}">${v.sku}</a> `)}</p>`}
    </form>`;
}
