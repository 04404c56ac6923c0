import type { StockroomModule } from '../platform/module.ts';
import { identityModule } from './identity/index.ts';
import { catalogModule } from './catalog/index.ts';
import { inventoryModule } from './inventory/index.ts';
import { pricingModule } from './pricing/index.ts';
import { cartModule } from './cart/index.ts';
import { paymentsModule } from './payments/index.ts';
import { ordersModule } from './orders/index.ts';
import { eventsModule } from './events/index.ts';
import { agentsModule } from './agents/index.ts';
import { storefrontModule } from './storefront/index.ts';
import { dashboardModule } from './dashboard/index.ts';

/**
 * Every feature module, in dependency order: a module may import only modules listed before it
 * (platform ← identity ← catalog ← inventory ← pricing ← cart ← payments ← orders ← events, storefront, agents ← dashboard, the admin web app, last).
 */
export const modules: readonly StockroomModule[] = [
  identityModule,
  catalogModule,
  inventoryModule,
  pricingModule,
  cartModule,
  paymentsModule,
  ordersModule,
  eventsModule,
  agentsModule,
  storefrontModule,
  dashboardModule,
];
