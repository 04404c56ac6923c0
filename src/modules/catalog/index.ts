import type { StockroomModule } from '../../platform/module.ts';

export const catalogModule: StockroomModule = { name: 'catalog' };
