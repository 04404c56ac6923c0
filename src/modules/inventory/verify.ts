import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import type { CliCommand } from '../../platform/module.ts';

/** `stockroom verify` for inventory: levels must be what the ledger and the reservations say. */

export type InventoryProblemKind = 'ledger_mismatch' | 'oversold' | 'negative' | 'reservations_mismatch';

export interface InventoryProblem {
  kind: InventoryProblemKind;
  variantId: string;
  locationId: string;
  message: string;
}

/**
 * Recomputes every level from the ledger and the active reservations and checks the invariants
 * (on_hand ≥ 0, reserved ≥ 0, reserved ≤ on_hand unless backordered). One statement, so every
 * check reads the same snapshot and a busy shop cannot produce a false alarm.
 */
export async function verifyInventory(db: Db): Promise<{ ok: boolean; problems: InventoryProblem[] }> {
  const rows = await queryRows<InventoryProblem>(
    db,
    sql`
    WITH ledger AS (
      SELECT variant_id, location_id, sum(on_hand_delta)::bigint AS on_hand, sum(reserved_delta)::bigint AS reserved
      FROM inventory_ledger GROUP BY variant_id, location_id
    ), held AS (
      SELECT variant_id, location_id, sum(quantity)::bigint AS reserved
      FROM inventory_reservations WHERE status = 'active' GROUP BY variant_id, location_id
    )
    SELECT 'ledger_mismatch' AS kind, COALESCE(l.variant_id, g.variant_id) AS "variantId", COALESCE(l.location_id, g.location_id) AS "locationId",
           format('level on_hand=%s reserved=%s, ledger sums on_hand=%s reserved=%s',
                  COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0), COALESCE(g.on_hand, 0), COALESCE(g.reserved, 0)) AS message
    FROM inventory_levels l FULL JOIN ledger g ON g.variant_id = l.variant_id AND g.location_id = l.location_id
    WHERE COALESCE(l.on_hand, 0) <> COALESCE(g.on_hand, 0) OR COALESCE(l.reserved, 0) <> COALESCE(g.reserved, 0)
    UNION ALL
    SELECT 'reservations_mismatch', COALESCE(l.variant_id, h.variant_id), COALESCE(l.location_id, h.location_id),
           format('level reserved=%s, active reservations=%s', COALESCE(l.reserved, 0), COALESCE(h.reserved, 0))
    FROM inventory_levels l FULL JOIN held h ON h.variant_id = l.variant_id AND h.location_id = l.location_id
    WHERE COALESCE(l.reserved, 0) <> COALESCE(h.reserved, 0)
    UNION ALL
    SELECT 'oversold', variant_id, location_id, format('reserved=%s exceeds on_hand=%s without backorder', reserved, on_hand)
    FROM inventory_levels WHERE NOT allow_backorder AND reserved > on_hand
    UNION ALL
    SELECT 'negative', variant_id, location_id, format('on_hand=%s reserved=%s', on_hand, reserved)
    FROM inventory_levels WHERE on_hand < 0 OR reserved < 0
    ORDER BY 2, 3, 1`,
  );
  return { ok: rows.length === 0, problems: rows };
}

/** The `verify` CLI command: prints a report, exits 1 on any problem. */
export const verifyCommand: CliCommand = {
  summary: 'check stock levels against the ledger and reservations; exits non-zero on any difference',
  async run(context) {
    const { ok, problems } = await verifyInventory(context.db);
    const [counts] = await queryRows<{ levels: number; entries: number }>(
      context.db,
      sql`
      SELECT (SELECT count(*)::int FROM inventory_levels) AS levels, (SELECT count(*)::int FROM inventory_ledger) AS entries`,
    );
    context.print(`Inventory: ${counts?.levels ?? 0} levels, ${counts?.entries ?? 0} ledger entries checked.`);
    for (const p of problems) context.print(`  ${p.kind.padEnd(22)} ${p.variantId} @ ${p.locationId}: ${p.message}`);
    context.print(ok ? 'Inventory OK.' : `Inventory: ${problems.length} problem(s) found.`);
    return ok ? 0 : 1;
  },
};
