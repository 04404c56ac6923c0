import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/platform/db/index.ts';
import type { TestApp } from './app.ts';

/**
 * Guarantee 2, checked independently of `stockroom verify`: every level equals the sums of its
 * ledger rows, reserved equals the active reservations, and no non-backorder level is oversold.
 */
export async function assertLedgerMatchesLevels(db: Db): Promise<void> {
  const levels = await queryRows<{ variant_id: string; location_id: string; on_hand: number; reserved: number; allow_backorder: boolean }>(
    db,
    sql`
    SELECT variant_id, location_id, on_hand, reserved, allow_backorder FROM inventory_levels`,
  );
  const ledger = await queryRows<{ variant_id: string; location_id: string; on_hand: string; reserved: string }>(
    db,
    sql`
    SELECT variant_id, location_id, sum(on_hand_delta)::text AS on_hand, sum(reserved_delta)::text AS reserved
    FROM inventory_ledger GROUP BY variant_id, location_id`,
  );
  const held = await queryRows<{ variant_id: string; location_id: string; reserved: string }>(
    db,
    sql`
    SELECT variant_id, location_id, sum(quantity)::text AS reserved
    FROM inventory_reservations WHERE status = 'active' GROUP BY variant_id, location_id`,
  );
  const key = (r: { variant_id: string; location_id: string }) => `${r.variant_id}@${r.location_id}`;
  const fromLedger = new Map(ledger.map((r) => [key(r), { onHand: Number(r.on_hand), reserved: Number(r.reserved) }]));
  const fromReservations = new Map(held.map((r) => [key(r), Number(r.reserved)]));
  const seen = new Set<string>();
  for (const level of levels) {
    const k = key(level);
    seen.add(k);
    const sums = fromLedger.get(k) ?? { onHand: 0, reserved: 0 };
    assert.deepEqual({ onHand: level.on_hand, reserved: level.reserved }, sums, `level ${k} differs from its ledger`);
    assert.equal(level.reserved, fromReservations.get(k) ?? 0, `level ${k}: reserved differs from its active reservations`);
    assert.ok(level.on_hand >= 0 && level.reserved >= 0, `level ${k} is negative`);
    if (!level.allow_backorder) assert.ok(level.reserved <= level.on_hand, `level ${k} is oversold`);
  }
  for (const [k, sums] of fromLedger) {
    if (!seen.has(k)) assert.deepEqual(sums, { onHand: 0, reserved: 0 }, `ledger rows for ${k} without a level`);
  }
  for (const [k, reserved] of fromReservations) assert.ok(seen.has(k), `active reservations (${reserved}) for ${k} without a level`);
}

/** Sets a variant's on-hand stock at a location (default: the default location) through the admin API. */
export async function setStock(t: TestApp, token: string, variantId: string, onHand: number, locationId = 'loc_default'): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const res = await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${encodeURIComponent(variantId)}`, headers });
  if (res.statusCode !== 200) throw new Error(`GET /admin/inventory failed: ${res.statusCode} ${res.body}`);
  const level = res.json<{ locations: { locationId: string; onHand: number }[] }>().locations.find((l) => l.locationId === locationId);
  const delta = onHand - (level?.onHand ?? 0);
  if (delta === 0) return;
  const adjust = await t.app.inject({
    method: 'POST',
    url: '/admin/inventory/adjustments',
    headers,
    payload: { variantId, locationId, delta, reason: 'correction' },
  });
  if (adjust.statusCode !== 201) throw new Error(`stock adjustment failed: ${adjust.statusCode} ${adjust.body}`);
}
