// Collections: the paged list, and the create/edit form with the curated products in order.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction, useCursor, useDebounced } from './ui.js';

export function CollectionList({ can }) {
  const { cursor, Pager } = useCursor('');
  const list = useLoad(() => get(`/admin/collections${qs({ cursor, limit: 25 })}`), [cursor]);
  return html`<h1>Collections</h1>
    ${can('products:write') && html`<p><a href="#/collections/new" class="button-link" id="new-collection">New collection</a></p>`}
    ${list.data === undefined
      ? html`<${Loading} error=${list.error} />`
      : html`<table>
            <thead><tr><th scope="col">Title</th><th scope="col">Handle</th><th scope="col">Products</th></tr></thead>
            <tbody>
              ${list.data.items.map(
                (c) => html`<tr><td><a href="#/collections/${encodeURIComponent(c.id)}">${c.title}</a></td><td><code>${c.handle}</code></td><td>${c.productIds.length}</td></tr>`,
              )}
            </tbody>
          </table>
          ${list.data.items.length === 0 && html`<p class="muted">No collections yet.</p>`}
          <${Pager} nextCursor=${list.data.nextCursor} />`}`;
}

/** Titles of products by id, fetched a few at a time; a product that is gone keeps its id as title. */
async function productTitles(ids) {
  const titles = {};
  const queue = [...ids];
  const worker = async () => {
    while (queue.length) {
      const id = queue.shift();
      titles[id] = await get(`/admin/products/${encodeURIComponent(id)}`).then(
        (p) => p.title,
        () => id,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  return titles;
}

/** Search products by title and pick some: `picked` is the list of ids, `onPick(product)` adds one. */
export function ProductSearch({ label, picked, onPick }) {
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 300);
  const found = useLoad(() => (search ? get(`/admin/products${qs({ q: search, limit: 10 })}`) : Promise.resolve({ items: [] })), [search]);
  const items = (found.data?.items || []).filter((p) => !picked.includes(p.id));
  return html`<div>
    <${Field} label=${label} type="search" value=${q} onInput=${setQ} />
    ${found.error && html`<${Problem} error=${found.error} />`}
    ${search &&
    found.data &&
    (items.length === 0
      ? html`<p class="muted">No other product matches “${search}”.</p>`
      : html`<ul class="picks">${items.map((p) => html`<li><button type="button" class="secondary" onClick=${() => onPick(p)}>Add ${p.title}</button></li>`)}</ul>`)}
  </div>`;
}

export function CollectionEdit({ id, can }) {
  const writable = can('products:write');
  const [form, setForm] = useState({ title: '', handle: '', description: '', productIds: [] });
  const [titles, setTitles] = useState({});
  const [etag, setEtag] = useState(null);
  const [loadError, setLoadError] = useState(undefined);
  const action = useAction();
  const fill = async (res) => {
    const c = res.data;
    setForm({ title: c.title, handle: c.handle, description: c.description, productIds: c.productIds });
    setEtag(res.etag);
    setTitles(await productTitles(c.productIds));
  };
  useEffect(() => {
    if (id) api('GET', `/admin/collections/${encodeURIComponent(id)}`).then(fill).catch(setLoadError);
  }, [id]);
  if (id && etag === null) return html`<h1>Collection</h1><${Loading} error=${loadError} />`;
  const set = (patch) => setForm({ ...form, ...patch });
  const move = (i, by) => {
    const ids = [...form.productIds];
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    set({ productIds: ids });
  };
  const save = async (e) => {
    e.preventDefault();
    const body = { title: form.title, description: form.description, productIds: form.productIds, ...(form.handle ? { handle: form.handle } : {}) };
    const saved = await action.run(
      () => (id ? api('PATCH', `/admin/collections/${encodeURIComponent(id)}`, body, { 'if-match': etag }) : api('POST', '/admin/collections', body)),
      'Collection saved.',
    );
    if (saved) {
      if (!id) location.hash = `#/collections/${saved.data.id}`;
      else await fill(saved);
    }
  };
  const remove = async () => {
    if (!confirm(`Delete the collection "${form.title}"? Its products stay.`)) return;
    const done = await action.run(async () => (await api('DELETE', `/admin/collections/${encodeURIComponent(id)}`, undefined, { 'if-match': etag }), true));
    if (done) location.hash = '#/collections';
  };
  const e = action.errors;
  return html`<h1>${id ? form.title || 'Collection' : 'New collection'}</h1>
    <p><a href="#/collections">All collections</a></p>
    <form onSubmit=${save} id="collection-form">
      <fieldset disabled=${!writable}>
        <legend>Collection</legend>
        <div class="row">
          <${Field} label="Title" path="/title" errors=${e} value=${form.title} onInput=${(v) => set({ title: v })} required />
          <${Field} label="Handle" path="/handle" errors=${e} value=${form.handle} onInput=${(v) => set({ handle: v })} />
        </div>
        <${Field} label="Description" type="textarea" path="/description" errors=${e} value=${form.description} onInput=${(v) => set({ description: v })} />
      </fieldset>
      <fieldset disabled=${!writable}>
        <legend>Products, in this order</legend>
        ${e['/productIds'] && html`<p class="field-error">${e['/productIds']}</p>`}
        ${form.productIds.length === 0
          ? html`<p class="muted">No products in this collection.</p>`
          : html`<ol class="picks" id="collection-products">
              ${form.productIds.map((pid, i) => {
                const name = titles[pid] || pid;
                const err = Object.entries(e).find(([path]) => path === `/productIds/${i}`)?.[1];
                return html`<li>
                  <span>${i + 1}. <a href="#/products/${encodeURIComponent(pid)}">${name}</a></span>
                  ${err && html`<span class="field-error">${err}</span>`}
                  ${writable &&
                  html`<button type="button" class="secondary" disabled=${i === 0} onClick=${() => move(i, -1)}>Move ${name} up</button>
                    <button type="button" class="secondary" disabled=${i === form.productIds.length - 1} onClick=${() => move(i, 1)}>Move ${name} down</button>
                    <button type="button" class="secondary" onClick=${() => set({ productIds: form.productIds.filter((x) => x !== pid) })}>Remove ${name}</button>`}
                </li>`;
              })}
            </ol>`}
        ${writable &&
        html`<${ProductSearch}
          label="Find a product to add"
          picked=${form.productIds}
          onPick=${(p) => (setTitles({ ...titles, [p.id]: p.title }), set({ productIds: [...form.productIds, p.id] }))}
        />`}
      </fieldset>
      <${Problem} error=${action.error} />
      <${Notice} text=${action.notice} />
      ${writable &&
      html`<div class="row">
        <button type="submit" disabled=${action.busy} id="save-collection">Save collection</button>
        ${id && html`<button type="button" class="danger" disabled=${action.busy} onClick=${remove}>Delete collection</button>`}
      </div>`}
    </form>`;
}
