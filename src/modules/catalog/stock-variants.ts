import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import type { productVariants } from './catalog.tables.ts';

/**
 * What inventory needs to move stock of a variant that may no longer be sold. Variants (and
 * products) are soft-deleted, so an order that holds a deleted variant can still ship it and its
 * stock can still be counted, written off or restocked.
 */
export interface StockVariant {
  id: string;
  sku: string;
  manageInventory: boolean;
  allowBackorder: boolean;
  /** The variant or its product is deleted: not sold any more, but its stock still exists. */
  deleted: boolean;
}

/** Variants by id, deleted ones included; ids that never existed are absent from the map. */
export async function findStockVariants(db: Db | Tx, variantIds: readonly string[]): Promise<Map<string, StockVariant>> {
  const result = new Map<string, StockVariant>();
  if (variantIds.length === 0) return result;
  const rows = await queryRows<
    Pick<SqlRow<typeof productVariants>, 'id' | 'sku' | 'manage_inventory' | 'allow_backorder'> & { deleted: boolean }
  >(
    db,
    sql`
    SELECT v.id, v.sku, v.manage_inventory, v.allow_backorder, (v.deleted_at IS NOT NULL OR p.deleted_at IS NOT NULL) AS deleted
    FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.id = ANY(${textArray([...new Set(variantIds)])})`,
  );
  for (const row of rows) {
    result.set(row.id, {
      id: row.id,
      sku: row.sku,
      manageInventory: row.manage_inventory,
      allowBackorder: row.allow_backorder,
      deleted: row.deleted,
    });
  }
  return result;
}
