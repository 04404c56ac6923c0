import type { StockroomModule } from '../../platform/module.ts';
import { bootstrapDemoStock } from './demo.ts';
import { inventoryAdminGraphQL } from './inventory.graphql.ts';
import { inventoryRoutes } from './inventory.routes.ts';
import { verifyCommand } from './verify.ts';

/** Inventory: stock locations, levels, the stock ledger and reservations. Other modules import only from here. */
export const inventoryModule: StockroomModule = {
  name: 'inventory',
  apiTags: {
    'Admin: stock locations': 'Warehouses and stores that hold stock.',
    'Admin: inventory': 'Stock levels per variant and location, adjustments, and the stock ledger.',
  },
  routes: inventoryRoutes,
  graphql: { admin: inventoryAdminGraphQL },
  // Runs after catalog's bootstrap (modules bootstrap in list order), so the demo catalog is there.
  bootstrap: bootstrapDemoStock,
  commands: { verify: verifyCommand },
};

export { reserveStock, releaseStock, listReservations, type Reservation, type ReserveStockInput, type StockLine } from './reservations.ts';
export { fulfillStock, restockItems, type FulfillStockInput, type RestockItemsInput } from './fulfillment.ts';
export { adjustStock, type AdjustStockInput } from './levels.ts';
export { verifyInventory, type InventoryProblem } from './verify.ts';
export { DEFAULT_LOCATION_ID } from './locations.ts';
export { findAvailableQuantities } from './availability.ts';
export { InsufficientStock, VariantNotTracked, type ShortLine } from './inventory.errors.ts';
