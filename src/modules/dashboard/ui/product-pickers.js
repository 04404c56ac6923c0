// Parts of the product form: images by URL (add, remove, reorder, preview with alt text), and the
// category and collection pickers.
import { html, useState } from './preact-htm.js';
import { Field, Loading, useLoad } from './ui.js';
import { allPages, treeOrder } from './categories.js';

/** The browser may show a preview: the admin page's policy allows https: and data: images only. */
const previewable = (url) => /^(https:\/\/|data:image\/)/.test(url.trim());

export function ImagesPicker({ images, onChange, errors, writable }) {
  const [url, setUrl] = useState('');
  const [alt, setAlt] = useState('');
  const setImage = (i, patch) => onChange(images.map((img, j) => (i === j ? { ...img, ...patch } : img)));
  const move = (i, by) => {
    const next = [...images];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const add = () => {
    if (!url.trim()) return;
    onChange([...images, { url: url.trim(), alt: alt.trim() }]);
    setUrl('');
    setAlt('');
  };
  const errorAt = (i) => Object.keys(errors).some((p) => p === `/images/${i}` || p.startsWith(`/images/${i}/`));
  return html`<fieldset disabled=${!writable} id="product-images">
    <legend>Images</legend>
    <p class="muted">The first image is the product's thumbnail. Use an https:// address (or a data: image).</p>
    ${errors['/images'] && html`<p class="field-error">${errors['/images']}</p>`}
    ${images.length === 0
      ? html`<p class="muted">No images.</p>`
      : html`<ol class="images">
          ${images.map(
            (img, i) => html`<li class=${errorAt(i) ? 'invalid' : undefined}>
              ${previewable(img.url) ? html`<img src=${img.url} alt=${img.alt} />` : html`<span class="muted">No preview</span>`}
              <${Field} label=${`Image ${i + 1} URL`} path=${`/images/${i}/url`} errors=${errors} value=${img.url} onInput=${(v) => setImage(i, { url: v })} />
              <${Field} label=${`Image ${i + 1} alt text`} path=${`/images/${i}/alt`} errors=${errors} value=${img.alt} onInput=${(v) => setImage(i, { alt: v })} />
              ${writable &&
              html`<div class="row">
                <button type="button" class="secondary" disabled=${i === 0} onClick=${() => move(i, -1)}>Move image ${i + 1} up</button>
                <button type="button" class="secondary" disabled=${i === images.length - 1} onClick=${() => move(i, 1)}>Move image ${i + 1} down</button>
                <button type="button" class="secondary" onClick=${() => onChange(images.filter((_, j) => j !== i))}>Remove image ${i + 1}</button>
              </div>`}
            </li>`,
          )}
        </ol>`}
    ${writable &&
    html`<div class="row">
      <${Field} label="New image URL" type="url" value=${url} onInput=${setUrl} />
      <${Field} label="New image alt text" value=${alt} onInput=${setAlt} />
      <div><button type="button" class="secondary" onClick=${add}>Add image</button></div>
    </div>`}
  </fieldset>`;
}

function Checks({ legend, id, items, label, chosen, onChange, errorPath, errors, writable, empty }) {
  const toggle = (itemId, on) => onChange(on ? [...chosen, itemId] : chosen.filter((x) => x !== itemId));
  const messages = Object.entries(errors).filter(([p]) => p === errorPath || p.startsWith(`${errorPath}/`));
  return html`<fieldset disabled=${!writable} id=${id}>
    <legend>${legend}</legend>
    ${messages.length > 0 && html`<p class="field-error">${messages.map(([, m]) => m).join('; ')}</p>`}
    ${items.length === 0
      ? html`<p class="muted">${empty}</p>`
      : html`<ul class="picks">
          ${items.map(
            (item) => html`<li class=${item.depth ? `tree-name` : undefined} data-depth=${item.depth ? Math.min(item.depth, 6) : undefined}>
              <label class="check"><input type="checkbox" checked=${chosen.includes(item.id)} onChange=${(e) => toggle(item.id, e.target.checked)} /> ${label(item)}</label>
            </li>`,
          )}
        </ul>`}
  </fieldset>`;
}

export function TaxonomyPickers({ form, set, errors, writable }) {
  const lists = useLoad(async () => {
    const [categories, collections] = await Promise.all([allPages('/admin/categories'), allPages('/admin/collections')]);
    return { categories: treeOrder(categories), collections };
  }, []);
  if (lists.data === undefined) return html`<${Loading} error=${lists.error} />`;
  return html`<div class="row taxonomy">
    <${Checks}
      legend="Categories"
      id="product-categories"
      items=${lists.data.categories}
      label=${(c) => c.name}
      chosen=${form.categoryIds}
      onChange=${(categoryIds) => set({ categoryIds })}
      errorPath="/categoryIds"
      errors=${errors}
      writable=${writable}
      empty="No categories yet (create them on the Categories screen)."
    />
    <${Checks}
      legend="Collections"
      id="product-collections"
      items=${lists.data.collections}
      label=${(c) => c.title}
      chosen=${form.collectionIds}
      onChange=${(collectionIds) => set({ collectionIds })}
      errorPath="/collectionIds"
      errors=${errors}
      writable=${writable}
      empty="No collections yet."
    />
  </div>`;
}
