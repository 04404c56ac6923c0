import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db } from '../../platform/db/index.ts';
import { failpoint } from '../../platform/failpoints.ts';
import { newId } from '../../platform/ids.ts';
import type { CommandContext } from '../../platform/module.ts';
import { applyGroups } from './import-apply.ts';
import { buildGroup, type ProductGroup, type RowError } from './import-rows.ts';
import type { CatalogRow } from './transfer.ts';
import { slugify } from './validation.ts';

/**
 * The demo shop: a few hundred products across a category tree, with sizes and colours, EUR and
 * USD prices and inline SVG images. A seeded PRNG makes it the same on every run.
 */

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TREE: { handle: string; name: string; children: { handle: string; name: string; noun: string; kind: Kind }[] }[] = [
  {
    handle: 'apparel',
    name: 'Apparel',
    children: [
      { handle: 't-shirts', name: 'T-Shirts', noun: 'T-Shirt', kind: 'clothing' },
      { handle: 'hoodies', name: 'Hoodies', noun: 'Hoodie', kind: 'clothing' },
      { handle: 'jackets', name: 'Jackets', noun: 'Jacket', kind: 'clothing' },
    ],
  },
  {
    handle: 'footwear',
    name: 'Footwear',
    children: [
      { handle: 'sneakers', name: 'Sneakers', noun: 'Sneakers', kind: 'shoes' },
      { handle: 'boots', name: 'Boots', noun: 'Boots', kind: 'shoes' },
      { handle: 'sandals', name: 'Sandals', noun: 'Sandals', kind: 'shoes' },
    ],
  },
  {
    handle: 'accessories',
    name: 'Accessories',
    children: [
      { handle: 'bags', name: 'Bags', noun: 'Tote Bag', kind: 'coloured' },
      { handle: 'hats', name: 'Hats', noun: 'Cap', kind: 'coloured' },
      { handle: 'socks', name: 'Socks', noun: 'Socks', kind: 'clothing' },
    ],
  },
  {
    handle: 'home',
    name: 'Home',
    children: [
      { handle: 'mugs', name: 'Mugs', noun: 'Mug', kind: 'plain' },
      { handle: 'candles', name: 'Candles', noun: 'Candle', kind: 'plain' },
      { handle: 'posters', name: 'Posters', noun: 'Poster', kind: 'poster' },
    ],
  },
];
type Kind = 'clothing' | 'shoes' | 'coloured' | 'plain' | 'poster';

const ADJECTIVES = [
  'Classic',
  'Everyday',
  'Vintage',
  'Urban',
  'Coastal',
  'Alpine',
  'Midnight',
  'Sunrise',
  'Nordic',
  'Heritage',
  'Studio',
  'Trail',
  'Harbor',
  'Meadow',
  'Summit',
];
const MATERIALS = ['Cotton', 'Linen', 'Wool', 'Canvas', 'Leather', 'Recycled', 'Organic', 'Bamboo', 'Cork', 'Denim'];
const COLORS: [string, string][] = [
  ['Black', '#1f2933'],
  ['White', '#f5f7fa'],
  ['Navy', '#243b53'],
  ['Olive', '#6b7b3a'],
  ['Rust', '#b44d12'],
  ['Sand', '#d9c7a7'],
  ['Sky', '#7cc4fa'],
];
const SIZES = ['S', 'M', 'L', 'XL'];
const SHOE_SIZES = ['38', '39', '40', '41', '42', '43', '44'];

function svgImage(title: string, color: string): string {
  const text = title.replace(/[<>&"]/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600"><rect width="600" height="600" fill="${color}"/><circle cx="300" cy="260" r="140" fill="#ffffff" fill-opacity="0.25"/><text x="300" y="520" font-family="sans-serif" font-size="34" text-anchor="middle" fill="#102a43">${text}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** The demo catalog as import rows (deterministic). */
export function demoRows(productCount = 300): CatalogRow[] {
  const random = mulberry32(20_260_101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const leaves = TREE.flatMap((root) => root.children.map((leaf) => ({ root, leaf })));
  const rows: CatalogRow[] = [];
  const used = new Set<string>();
  for (let i = 0; i < productCount; i += 1) {
    const { root, leaf } = leaves[i % leaves.length] ?? { root: TREE[0], leaf: TREE[0]?.children[0] };
    if (!root || !leaf) continue;
    let title = `${pick(ADJECTIVES)} ${pick(MATERIALS)} ${leaf.noun}`;
    if (used.has(title)) title = `${title} ${Math.floor(i / leaves.length) + 1}`;
    used.add(title);
    const handle = slugify(title);
    const base = 900 + Math.floor(random() * 120) * 100; // 9.00 … 129.00
    const colors = [...COLORS].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3));
    const product: CatalogRow = {
      handle,
      title,
      description: `${title}: ${pick(['soft', 'durable', 'lightweight', 'hand-finished', 'timeless'])} ${leaf.noun.toLowerCase()} made from ${pick(MATERIALS).toLowerCase()} for ${pick(['everyday wear', 'weekend trips', 'the city', 'the outdoors', 'cosy evenings'])}.`,
      status: i % 25 === 24 ? 'draft' : 'published',
      tags: [leaf.handle, pick(['new', 'bestseller', 'eco', 'limited'])],
      images: colors.map(([name, hex]) => ({ url: svgImage(title, hex), alt: `${title} in ${name}` })),
      categories: [`${root.handle}/${leaf.handle}`],
      collections: i % 7 === 0 ? ['best-sellers'] : i % 11 === 0 ? ['new-arrivals'] : [],
    };
    const combos: { name: string; value: string }[][] = [];
    if (leaf.kind === 'clothing')
      for (const [c] of colors)
        for (const s of SIZES)
          combos.push([
            { name: 'Color', value: c },
            { name: 'Size', value: s },
          ]);
    else if (leaf.kind === 'shoes')
      for (const [c] of colors.slice(0, 2))
        for (const s of SHOE_SIZES)
          combos.push([
            { name: 'Color', value: c },
            { name: 'Size', value: s },
          ]);
    else if (leaf.kind === 'coloured') for (const [c] of colors) combos.push([{ name: 'Color', value: c }]);
    else if (leaf.kind === 'poster') for (const s of ['A3', 'A2', 'A1']) combos.push([{ name: 'Size', value: s }]);
    else combos.push([]);
    combos.forEach((options, v) => {
      const step = options.some((o) => o.value === 'XL' || o.value === 'A1') ? 300 : options.some((o) => o.value === 'A2') ? 150 : 0;
      const eur = base + step;
      rows.push({
        ...product,
        options,
        sku: `DEMO-${String(i + 1).padStart(4, '0')}-${String(v + 1).padStart(2, '0')}`,
        manageInventory: root.handle !== 'home',
        allowBackorder: false,
        weightGrams: 100 + Math.floor(random() * 900),
        prices: [
          { currency: 'EUR', amount: eur },
          { currency: 'USD', amount: Math.round((eur * 1.1) / 100) * 100 - 1 },
        ],
      });
    });
  }
  return rows;
}

/**
 * Loads the demo catalog (upserts by handle, so running it twice changes nothing). Returns the product
 * count. Given a transaction as `db`, every batch runs in a savepoint of it.
 */
export async function loadDemoCatalog(db: Db): Promise<number> {
  const categories = TREE.flatMap((root, i) => [
    { id: newId('pcat'), handle: root.handle, name: root.name, parent: null as string | null, position: i },
    ...root.children.map((c, j) => ({ id: newId('pcat'), handle: c.handle, name: c.name, parent: root.handle, position: j })),
  ]);
  await withTransaction(db, async (tx) => {
    await tx.execute(sql`
      INSERT INTO categories (id, handle, name, position, parent_id)
      SELECT r.id, r.handle, r.name, r.position, (SELECT p.id FROM categories p WHERE p.handle = r.parent)
      FROM jsonb_to_recordset(${JSON.stringify(categories.filter((c) => c.parent === null))}::jsonb) AS r(id text, handle text, name text, position int, parent text)
      ON CONFLICT (handle) DO NOTHING`);
    await tx.execute(sql`
      INSERT INTO categories (id, handle, name, position, parent_id)
      SELECT r.id, r.handle, r.name, r.position, (SELECT p.id FROM categories p WHERE p.handle = r.parent)
      FROM jsonb_to_recordset(${JSON.stringify(categories.filter((c) => c.parent !== null))}::jsonb) AS r(id text, handle text, name text, position int, parent text)
      ON CONFLICT (handle) DO NOTHING`);
    await tx.execute(sql`
      INSERT INTO collections (id, handle, title, description) VALUES
        (${newId('pcol')}, 'best-sellers', 'Best sellers', 'What everyone is buying this season.'),
        (${newId('pcol')}, 'new-arrivals', 'New arrivals', 'Fresh from the workshop.')
      ON CONFLICT (handle) DO NOTHING`);
  });
  const byHandle = new Map<string, { line: number; candidate: unknown; errors: [] }[]>();
  demoRows().forEach((row, i) => {
    const list = byHandle.get(row.handle ?? '') ?? [];
    list.push({ line: i + 1, candidate: row, errors: [] });
    byHandle.set(row.handle ?? '', list);
  });
  const errors: RowError[] = [];
  const groups = [...byHandle].flatMap(([handle, staged]) => buildGroup(handle, staged, errors) ?? []);
  let count = 0;
  for (let i = 0; i < groups.length; i += 100) {
    const batch: ProductGroup[] = groups.slice(i, i + 100);
    const written = await applyGroups(db, batch, errors);
    count += written.created + written.updated;
    await failpoint('demo.catalog.batch');
  }
  if (errors.length > 0) throw new Error(`demo catalog rows failed: ${JSON.stringify(errors.slice(0, 3))}`);
  return count;
}

/**
 * Loads the demo catalog on the first start of an empty shop when STOCKROOM_DEMO_DATA=true. All of it
 * in one transaction (the loader is handed it, so its batches are savepoints): a start killed halfway leaves no
 * product behind, so the next start, finding the shop still empty, loads the whole catalog again.
 * The lock serialises two first starts on one server database; the second then finds products.
 */
export async function bootstrapDemoCatalog(context: CommandContext): Promise<void> {
  if (!context.config.demoData) return;
  const count = await withTransaction(context.db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('stockroom.demo.catalog'))`);
    const [row] = await queryRows<{ has_products: boolean }>(tx, sql`SELECT EXISTS (SELECT 1 FROM products) AS has_products`);
    if (row?.has_products) return 0;
    return loadDemoCatalog(tx);
  });
  if (count > 0) context.log.info({ products: count }, 'loaded the demo catalog');
}
