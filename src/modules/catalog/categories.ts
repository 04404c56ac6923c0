import { sql } from 'drizzle-orm';
import { queryRows, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import type { Category, CategoryCreateBody, CategoryNode, CategoryPatchBody, StoreCategory } from './catalog.schemas.ts';
import { HandleTaken, violatedConstraint } from './catalog.errors.ts';
import type { categories } from './catalog.tables.ts';
import { slugify } from './validation.ts';

type CategoryRow = SqlRow<typeof categories>;

function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    parentId: row.parent_id,
    handle: row.handle,
    name: row.name,
    description: row.description,
    position: row.position,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const notFound = () => new NotFound({ detail: 'There is no such category.' });

export async function getCategory(db: Db, id: string): Promise<Category> {
  const [row] = await queryRows<CategoryRow>(db, sql`SELECT * FROM categories WHERE id = ${id}`);
  if (!row) throw notFound();
  return toCategory(row);
}

/** Every category by id, for admin tools (small: a shop has hundreds, not millions). */
export async function listCategories(db: Db, limit: number, cursor: string | undefined): Promise<Paged<Category>> {
  const [after] = cursorAfter(cursor, ['string']) ?? [];
  const rows = await queryRows<CategoryRow>(
    db,
    sql`
    SELECT * FROM categories ${after ? sql`WHERE id > ${after}` : sql``} ORDER BY id LIMIT ${limit + 1}`,
  );
  return toPage(rows.map(toCategory), limit, (c) => [c.id]);
}

async function assertParent(tx: Tx, id: string, parentId: string | null | undefined): Promise<void> {
  if (parentId === null || parentId === undefined) return;
  // Walk up from the new parent: meeting `id` on the way would close a cycle.
  const [row] = await queryRows<{ exists: boolean; cycle: boolean }>(
    tx,
    sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM categories WHERE id = ${parentId}
      UNION
      SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id)
    SELECT EXISTS (SELECT 1 FROM up) AS exists, EXISTS (SELECT 1 FROM up WHERE id = ${id}) AS cycle`,
  );
  if (!row?.exists) throw new BadRequest({ errors: [{ path: '/parentId', message: 'is not a category' }] });
  if (row.cycle) throw new BadRequest({ errors: [{ path: '/parentId', message: 'would make the category its own ancestor' }] });
}

function mapUnique(error: unknown, handle: string): never {
  if (violatedConstraint(error) === 'categories_handle_key') throw new HandleTaken('/handle', handle);
  throw error;
}

export async function createCategory(tx: Tx, body: CategoryCreateBody): Promise<Category> {
  const id = newId('pcat');
  const handle = body.handle ?? slugify(body.name);
  await assertParent(tx, id, body.parentId);
  const rows = await queryRows<CategoryRow>(
    tx,
    sql`
    INSERT INTO categories (id, parent_id, handle, name, description, position)
    VALUES (${id}, ${body.parentId ?? null}, ${handle}, ${body.name}, ${body.description ?? ''}, ${body.position ?? 0})
    RETURNING *`,
  ).catch((error: unknown) => mapUnique(error, handle));
  return toCategory(rows[0] as CategoryRow);
}

/**
 * Updates a category. The row is locked first; moving it under one of its own descendants is
 * refused. (Two concurrent moves of different categories can still race into a cycle only if both
 * walk the same path; the lock on the moved row makes moves of one category serial.)
 */
export async function updateCategory(tx: Tx, id: string, body: CategoryPatchBody, expectedVersion: number | undefined): Promise<Category> {
  const [row] = await queryRows<CategoryRow>(tx, sql`SELECT * FROM categories WHERE id = ${id} FOR UPDATE`);
  if (!row) throw notFound();
  assertVersion(expectedVersion, row.version);
  await assertParent(tx, id, body.parentId);
  const handle = body.handle ?? row.handle;
  const rows = await queryRows<CategoryRow>(
    tx,
    sql`
    UPDATE categories SET handle = ${handle}, name = ${body.name ?? row.name},
           description = ${body.description ?? row.description},
           parent_id = ${body.parentId === undefined ? row.parent_id : body.parentId},
           position = ${body.position ?? row.position}, version = version + 1, updated_at = now()
    WHERE id = ${id} RETURNING *`,
  ).catch((error: unknown) => mapUnique(error, handle));
  return toCategory(rows[0] as CategoryRow);
}

/** Deletes a category without children (products simply leave it). */
export async function deleteCategory(tx: Tx, id: string, expectedVersion: number | undefined): Promise<void> {
  const [row] = await queryRows<{ version: number; has_children: boolean }>(
    tx,
    sql`
    SELECT version, EXISTS (SELECT 1 FROM categories c WHERE c.parent_id = ${id}) AS has_children
    FROM categories WHERE id = ${id} FOR UPDATE`,
  );
  if (!row) throw notFound();
  assertVersion(expectedVersion, row.version);
  if (row.has_children) throw new Conflict({ detail: 'Move or delete its child categories first.' });
  await tx.execute(sql`DELETE FROM categories WHERE id = ${id}`);
}

/** The whole category tree for storefront navigation, children ordered by position then name. */
export async function categoryTree(db: Db): Promise<CategoryNode[]> {
  const rows = await queryRows<CategoryRow>(db, sql`SELECT * FROM categories ORDER BY position, name, id`);
  const nodes = new Map<string, CategoryNode>(
    rows.map((r) => [r.id, { id: r.id, handle: r.handle, name: r.name, description: r.description, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** One category by handle with its breadcrumbs and children. */
export async function findStoreCategory(db: Db, handle: string): Promise<StoreCategory | undefined> {
  const [row] = await queryRows<CategoryRow & { ancestors: StoreCategory['ancestors']; children: StoreCategory['children'] }>(
    db,
    sql`
    SELECT c.*,
      COALESCE((
        WITH RECURSIVE up AS (
          SELECT p.id, p.handle, p.name, p.parent_id, 1 AS depth FROM categories p WHERE p.id = c.parent_id
          UNION ALL
          SELECT p.id, p.handle, p.name, p.parent_id, up.depth + 1 FROM categories p JOIN up ON p.id = up.parent_id WHERE up.depth < 50)
        SELECT json_agg(json_build_object('id', id, 'handle', handle, 'name', name) ORDER BY depth DESC) FROM up), '[]'::json) AS ancestors,
      COALESCE((SELECT json_agg(json_build_object('id', k.id, 'handle', k.handle, 'name', k.name) ORDER BY k.position, k.name, k.id)
                FROM categories k WHERE k.parent_id = c.id), '[]'::json) AS children
    FROM categories c WHERE c.handle = ${handle}`,
  );
  if (!row) return undefined;
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    description: row.description,
    parentId: row.parent_id,
    ancestors: row.ancestors,
    children: row.children,
    productsUrl: `/store/products?category=${encodeURIComponent(row.handle)}`,
  };
}
