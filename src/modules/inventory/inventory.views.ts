import { BadRequest, NotFound } from '../../platform/errors.ts';
import type { Db } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import { findVariantIdBySku } from '../catalog/index.ts';
import type { Static } from '@sinclair/typebox';
import type { InventoryView, LedgerEntryView, LocationView } from './inventory.schemas.ts';
import type { LedgerEntry } from './ledger.ts';
import { getVariantInventory } from './levels.ts';
import type { StockLocation } from './locations.ts';

/** A stock location as the admin API shows it (REST and GraphQL). */
export function toLocationView(l: StockLocation): LocationView {
  return { id: l.id, name: l.name, priority: l.priority, version: l.version, createdAt: iso(l.createdAt), updatedAt: iso(l.updatedAt) };
}

/** A ledger entry as the admin API shows it (REST and GraphQL). */
export function toLedgerView(e: LedgerEntry): LedgerEntryView {
  return {
    id: String(e.id),
    variantId: e.variantId,
    locationId: e.locationId,
    onHandDelta: e.onHandDelta,
    reservedDelta: e.reservedDelta,
    reason: e.reason,
    actor: e.actor,
    orderId: e.orderId,
    note: e.note,
    createdAt: iso(e.createdAt),
  };
}

/** One variant's stock per location and its sums, found by exactly one of `variantId` or `sku`. */
export async function variantInventoryView(
  db: Db,
  query: { sku?: string | undefined; variantId?: string | undefined },
): Promise<Static<typeof InventoryView>> {
  const { sku, variantId } = query;
  if ((sku === undefined) === (variantId === undefined)) {
    throw new BadRequest({ errors: [{ path: '/query', message: 'give exactly one of sku or variantId' }] });
  }
  const id = variantId ?? (sku === undefined ? undefined : await findVariantIdBySku(db, sku));
  if (id === undefined) throw new NotFound({ detail: `No variant has SKU ${sku ?? ''}.` });
  const { variant, levels } = await getVariantInventory(db, id);
  const onHand = levels.reduce((n, l) => n + l.onHand, 0);
  const reserved = levels.reduce((n, l) => n + l.reserved, 0);
  return {
    variantId: variant.id,
    sku: variant.sku,
    manageInventory: variant.manageInventory,
    allowBackorder: variant.allowBackorder,
    onHand,
    reserved,
    available: onHand - reserved,
    locations: levels,
  };
}
