import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type Tx } from '../../platform/db/index.ts';

/**
 * How many units of each variant can be bought right now: on hand minus reserved, summed over every
 * stock location (a location short of stock counts 0, never less). A read only: it reserves nothing
 * and locks nothing, so a cart showing it may still lose the last unit to a faster checkout, which
 * then answers 409 `insufficient_stock`. Variants without levels have 0. ONE statement for any number.
 */
export async function findAvailableQuantities(db: Db | Tx, variantIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (variantIds.length === 0) return result;
  const rows = await queryRows<{ id: string; available: number | string }>(
    db,
    sql`
    SELECT ids.id, COALESCE(sum(GREATEST(l.on_hand - l.reserved, 0)), 0) AS available
    FROM unnest(${textArray([...new Set(variantIds)])}) AS ids(id)
    LEFT JOIN inventory_levels l ON l.variant_id = ids.id
    GROUP BY ids.id`,
  );
  for (const row of rows) result.set(row.id, Number(row.available));
  return result;
}
