import { Type, type Static } from '@sinclair/typebox';
import { CursorQuery, LimitQuery } from '../../platform/http/pagination.ts';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/** TypeBox request/response schemas of the inventory module: the REST and OpenAPI contract. */

const Quantity = Type.Integer({ minimum: -1_000_000_000, maximum: 1_000_000_000 });

// ---- stock locations ----

export const LocationParams = Type.Object({ id: Id }, closed);

const Priority = Type.Integer({
  minimum: -1_000_000,
  maximum: 1_000_000,
  description: 'Allocation order: lower numbers are allocated first (ties by id)',
});
const LocationName = Type.String({ minLength: 1, maxLength: 200 });

export const CreateLocationBody = Type.Object({ name: LocationName, priority: Type.Optional(Priority) }, closed);
export type CreateLocationBody = Static<typeof CreateLocationBody>;

export const UpdateLocationBody = Type.Object(
  { name: Type.Optional(LocationName), priority: Type.Optional(Priority) },
  { ...closed, minProperties: 1 },
);

export const LocationView = Type.Object(
  { id: Type.String(), name: Type.String(), priority: Type.Integer(), version: Type.Integer(), createdAt: Timestamp, updatedAt: Timestamp },
  { ...closed, title: 'StockLocation' },
);
export type LocationView = Static<typeof LocationView>;

// ---- levels ----

export const LevelView = Type.Object(
  {
    variantId: Type.String(),
    locationId: Type.String(),
    locationName: Type.String(),
    sku: Type.String(),
    onHand: Type.Integer(),
    reserved: Type.Integer(),
    available: Type.Integer({ description: 'onHand − reserved (negative only for backorders)' }),
    allowBackorder: Type.Boolean(),
    lowStockThreshold: Nullable(Type.Integer({ description: 'Listed as low stock when available falls below this' })),
    updatedAt: Nullable(Timestamp),
  },
  { ...closed, title: 'InventoryLevel' },
);

export const InventoryQuery = Type.Object(
  {
    sku: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The variant with this SKU' })),
    variantId: Type.Optional({ ...Id, description: 'The variant with this id' }),
  },
  closed,
);

export const InventoryView = Type.Object(
  {
    variantId: Type.String(),
    sku: Type.String(),
    manageInventory: Type.Boolean(),
    allowBackorder: Type.Boolean(),
    onHand: Type.Integer({ description: 'Sum over locations' }),
    reserved: Type.Integer({ description: 'Sum over locations' }),
    available: Type.Integer({ description: 'Sum over locations' }),
    locations: Type.Array(LevelView, { description: 'Every location, in allocation order' }),
  },
  { ...closed, title: 'VariantInventory' },
);

export const LevelParams = Type.Object({ variantId: Id, locationId: Id }, closed);

export const UpdateLevelBody = Type.Object({ lowStockThreshold: Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000_000 })) }, closed);

export const LowStockQuery = Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, closed);

// ---- adjustments and the ledger ----

export const AdjustmentReason = Type.Union(
  [Type.Literal('adjustment'), Type.Literal('correction'), Type.Literal('import'), Type.Literal('return')],
  { description: 'Why on-hand stock changes (reservations, releases and fulfilments are recorded by the system)' },
);

export const AdjustmentBody = Type.Object(
  {
    variantId: Id,
    locationId: Id,
    delta: Type.Integer({ ...Quantity, not: { const: 0 }, description: 'Units added (positive) or removed (negative); never 0' }),
    reason: AdjustmentReason,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  closed,
);
export type AdjustmentBody = Static<typeof AdjustmentBody>;

export const LedgerEntryView = Type.Object(
  {
    id: Type.String(),
    variantId: Type.String(),
    locationId: Type.String(),
    onHandDelta: Type.Integer(),
    reservedDelta: Type.Integer(),
    reason: Type.String(),
    actor: Type.String(),
    orderId: Nullable(Type.String()),
    note: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { ...closed, title: 'InventoryLedgerEntry' },
);
export type LedgerEntryView = Static<typeof LedgerEntryView>;

export const LedgerQuery = Type.Object(
  {
    variantId: Type.Optional({ ...Id, description: 'Only entries of this variant' }),
    locationId: Type.Optional({ ...Id, description: 'Only entries at this stock location' }),
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
  },
  closed,
);
