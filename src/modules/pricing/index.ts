import type { StockroomModule } from '../../platform/module.ts';

export const pricingModule: StockroomModule = { name: 'pricing' };
