import type { StockroomModule } from '../../platform/module.ts';

export const inventoryModule: StockroomModule = { name: 'inventory' };
