// Categories: the whole tree, create, rename, move under another category, delete.
import { html, useState, useEffect } from './preact-htm.js';
import { api, get, qs } from './api.js';
import { Field, Problem, Loading, Notice, useLoad, useAction } from './ui.js';

/** Every item of a cursor-paged admin list (100 a page, at most `maxPages` pages). */
export async function allPages(path, maxPages = 50) {
  const items = [];
  let cursor;
  for (let i = 0; i < maxPages; i++) {
    const page = await get(`${path}${qs({ limit: 100, cursor })}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** `If-Match` for a resource read in a list: its ETag is `"<id>.<version>"`. */
export const ifMatch = (row) => ({ 'if-match': `"${row.id}.${row.version}"` });

/** The categories in tree order (parents before children, siblings by position then name), each with its depth. */
export function treeOrder(categories) {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map();
  for (const c of categories) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(c);
  }
  const out = [];
  const walk = (parent, depth) => {
    const list = (children.get(parent) || []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const c of list) {
      out.push({ ...c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** `<option>`s of every category, indented by depth, plus "Top level" (value ""). */
export function parentOptions(ordered, exceptId) {
  return html`<option value="">Top level (no parent)</option>
    ${ordered.filter((c) => c.id !== exceptId).map((c) => html`<option value=${c.id}>${'\u2014 '.repeat(c.depth)}${c.name}</option>`)}`;
}

function CreateCategory({ ordered, onDone }) {
  const blank = { name: '', handle: '', parentId: '' };
  const [form, setForm] = useState(blank);
  const action = useAction();
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const submit = async (e) => {
    e.preventDefault();
    const body = { name: form.name, parentId: form.parentId || null, ...(form.handle ? { handle: form.handle } : {}) };
    const created = await action.run(() => api('POST', '/admin/categories', body), `Category "${form.name}" created.`);
    if (created) (setForm(blank), onDone(created.data.id));
  };
  const e = action.errors;
  return html`<form onSubmit=${submit} id="create-category">
    <h2>New category</h2>
    <div class="row">
      <${Field} label="New category name" path="/name" errors=${e} value=${form.name} onInput=${set('name')} required />
      <${Field} label="New category handle (optional)" path="/handle" errors=${e} value=${form.handle} onInput=${set('handle')} />
      <${Field} label="Parent" path="/parentId" errors=${e} value=${form.parentId} onInput=${set('parentId')}>${parentOptions(ordered)}<//>
      <div><button type="submit" disabled=${action.busy}>Create category</button></div>
    </div>
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
  </form>`;
}

function EditCategory({ category, ordered, onDone, onDeleted }) {
  const [form, setForm] = useState({
    name: category.name,
    handle: category.handle,
    description: category.description,
    position: String(category.position),
    parentId: category.parentId || '',
  });
  const action = useAction();
  // Opening the editor (not a save, which re-opens it on the new version) moves the focus to its first field.
  useEffect(() => document.querySelector('#edit-category input')?.focus(), [category.id]);
  const set = (k) => (v) => setForm({ ...form, [k]: v });
  const save = async (e) => {
    e.preventDefault();
    const body = {
      name: form.name,
      handle: form.handle,
      description: form.description,
      position: form.position.trim() === '' ? 0 : Number(form.position),
      parentId: form.parentId || null,
    };
    const saved = await action.run(() => api('PATCH', `/admin/categories/${encodeURIComponent(category.id)}`, body, ifMatch(category)), 'Category saved.');
    if (saved) onDone();
  };
  const remove = async () => {
    if (!confirm(`Delete the category "${category.name}"?`)) return;
    const done = await action.run(async () => (await api('DELETE', `/admin/categories/${encodeURIComponent(category.id)}`, undefined, ifMatch(category)), true));
    if (done) onDeleted();
  };
  const e = action.errors;
  return html`<form onSubmit=${save} id="edit-category" aria-labelledby="edit-category-title">
    <h2 id="edit-category-title">Edit “${category.name}”</h2>
    <div class="row">
      <${Field} label="Name" path="/name" errors=${e} value=${form.name} onInput=${set('name')} required />
      <${Field} label="Handle" path="/handle" errors=${e} value=${form.handle} onInput=${set('handle')} />
      <${Field} label="Position" type="number" min="0" path="/position" errors=${e} value=${form.position} onInput=${set('position')} />
      <${Field} label="Move under…" path="/parentId" errors=${e} value=${form.parentId} onInput=${set('parentId')}>${parentOptions(ordered, category.id)}<//>
    </div>
    <${Field} label="Description" type="textarea" path="/description" errors=${e} value=${form.description} onInput=${set('description')} />
    <${Problem} error=${action.error} /><${Notice} text=${action.notice} />
    <div class="row">
      <button type="submit" disabled=${action.busy}>Save category</button>
      <button type="button" class="danger" disabled=${action.busy} onClick=${remove}>Delete category</button>
    </div>
  </form>`;
}

export function Categories({ can }) {
  const writable = can('products:write');
  const list = useLoad(() => allPages('/admin/categories'), []);
  const [selected, setSelected] = useState(undefined);
  const [notice, setNotice] = useState('');
  if (list.data === undefined) return html`<h1>Categories</h1><${Loading} error=${list.error} />`;
  const ordered = treeOrder(list.data);
  const current = ordered.find((c) => c.id === selected);
  return html`<h1>Categories</h1>
    <${Notice} text=${notice} />
    ${ordered.length === 0
      ? html`<p class="muted">No categories yet.</p>`
      : html`<table id="category-tree">
          <thead><tr><th scope="col">Category</th><th scope="col">Handle</th><th scope="col">Position</th>${writable && html`<th scope="col"><span class="visually-hidden">Actions</span></th>`}</tr></thead>
          <tbody>
            ${ordered.map(
              (c) => html`<tr data-depth=${c.depth} aria-current=${c.id === selected ? 'true' : undefined}>
                <td class="tree-name" data-depth=${Math.min(c.depth, 6)}>${c.depth > 0 ? '└ ' : ''}${c.name}</td>
                <td><code>${c.handle}</code></td>
                <td>${c.position}</td>
                ${writable && html`<td><button type="button" class="secondary" onClick=${() => (setNotice(''), setSelected(c.id))}>Edit ${c.name}</button></td>`}
              </tr>`,
            )}
          </tbody>
        </table>`}
    ${writable &&
    current &&
    html`<${EditCategory}
      key=${`${current.id}.${current.version}`}
      category=${current}
      ordered=${ordered}
      onDone=${() => (setNotice('Category saved.'), list.reload())}
      onDeleted=${() => (setSelected(undefined), setNotice(`Category "${current.name}" deleted.`), list.reload())}
    />`}
    ${writable && html`<${CreateCategory} ordered=${ordered} onDone=${() => list.reload()} />`}`;
}
