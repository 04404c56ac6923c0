import type { StockroomModule } from '../../platform/module.ts';

export const cartModule: StockroomModule = { name: 'cart' };
