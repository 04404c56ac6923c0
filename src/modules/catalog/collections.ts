import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import type { Collection, CollectionCreateBody, CollectionPatchBody } from './catalog.schemas.ts';
import { HandleTaken, violatedConstraint } from './catalog.errors.ts';
import type { collections } from './catalog.tables.ts';
import { slugify } from './validation.ts';

/** A collection row with its live products' ids (`withProducts`). */
type CollectionRow = SqlRow<typeof collections> & { product_ids: string[] };

const notFound = () => new NotFound({ detail: 'There is no such collection.' });

function toCollection(row: CollectionRow): Collection {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description,
    productIds: row.product_ids,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const withProducts = sql`c.*, ARRAY(SELECT cp.product_id FROM collection_products cp JOIN products p ON p.id = cp.product_id
  WHERE cp.collection_id = c.id AND p.deleted_at IS NULL ORDER BY cp.position, cp.product_id) AS product_ids`;

export async function getCollection(db: Db, id: string): Promise<Collection> {
  const [row] = await queryRows<CollectionRow>(db, sql`SELECT ${withProducts} FROM collections c WHERE c.id = ${id}`);
  if (!row) throw notFound();
  return toCollection(row);
}

export async function findCollectionByHandle(db: Db, handle: string): Promise<Collection | undefined> {
  const [row] = await queryRows<CollectionRow>(db, sql`SELECT ${withProducts} FROM collections c WHERE c.handle = ${handle}`);
  return row ? toCollection(row) : undefined;
}

export async function listCollections(db: Db, limit: number, cursor: string | undefined): Promise<Paged<Collection>> {
  const [after] = cursorAfter(cursor, ['string']) ?? [];
  const rows = await queryRows<CollectionRow>(
    db,
    sql`
    SELECT ${withProducts} FROM collections c ${after ? sql`WHERE c.id > ${after}` : sql``} ORDER BY c.id LIMIT ${limit + 1}`,
  );
  return toPage(rows.map(toCollection), limit, (c) => [c.id]);
}

/** Replaces the collection's products with `productIds`, in that order. */
async function setProducts(tx: Tx, id: string, productIds: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  const errors = productIds.flatMap((p, i) => {
    const duplicate = seen.has(p);
    seen.add(p);
    return duplicate ? [{ path: `/productIds/${i}`, message: 'is listed twice' }] : [];
  });
  const found = await queryRows<{ id: string }>(
    tx,
    sql`
    SELECT id FROM products WHERE id = ANY(${textArray(productIds)}) AND deleted_at IS NULL`,
  );
  const live = new Set(found.map((r) => r.id));
  productIds.forEach((p, i) => {
    if (!live.has(p)) errors.push({ path: `/productIds/${i}`, message: 'is not a product' });
  });
  if (errors.length > 0) throw new BadRequest({ errors });
  await tx.execute(sql`DELETE FROM collection_products WHERE collection_id = ${id}`);
  if (productIds.length > 0) {
    await tx.execute(sql`
      INSERT INTO collection_products (collection_id, product_id, position)
      SELECT ${id}, p, (n - 1)::int FROM unnest(${textArray(productIds)}) WITH ORDINALITY AS t(p, n)`);
  }
}

function mapUnique(error: unknown, handle: string): never {
  if (violatedConstraint(error) === 'collections_handle_key') throw new HandleTaken('/handle', handle);
  throw error;
}

export async function createCollection(tx: Tx, body: CollectionCreateBody): Promise<Collection> {
  const id = newId('pcol');
  const handle = body.handle ?? slugify(body.title);
  await tx
    .execute(
      sql`
    INSERT INTO collections (id, handle, title, description)
    VALUES (${id}, ${handle}, ${body.title}, ${body.description ?? ''})`,
    )
    .catch((error: unknown) => mapUnique(error, handle));
  if (body.productIds) await setProducts(tx, id, body.productIds);
  return getCollection(tx, id);
}

/** Updates a collection; `productIds`, when sent, is the new curated order. */
export async function updateCollection(
  tx: Tx,
  id: string,
  body: CollectionPatchBody,
  expectedVersion: number | undefined,
): Promise<Collection> {
  const [row] = await queryRows<CollectionRow>(tx, sql`SELECT *, '{}'::text[] AS product_ids FROM collections WHERE id = ${id} FOR UPDATE`);
  if (!row) throw notFound();
  assertVersion(expectedVersion, row.version);
  const handle = body.handle ?? row.handle;
  await tx
    .execute(
      sql`
    UPDATE collections SET handle = ${handle}, title = ${body.title ?? row.title},
           description = ${body.description ?? row.description}, version = version + 1, updated_at = now()
    WHERE id = ${id}`,
    )
    .catch((error: unknown) => mapUnique(error, handle));
  if (body.productIds) await setProducts(tx, id, body.productIds);
  return getCollection(tx, id);
}

export async function deleteCollection(tx: Tx, id: string, expectedVersion: number | undefined): Promise<void> {
  const [row] = await queryRows<{ version: number }>(tx, sql`SELECT version FROM collections WHERE id = ${id} FOR UPDATE`);
  if (!row) throw notFound();
  assertVersion(expectedVersion, row.version);
  await tx.execute(sql`DELETE FROM collections WHERE id = ${id}`);
}
