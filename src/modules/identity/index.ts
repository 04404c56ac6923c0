import type { StockroomModule } from '../../platform/module.ts';

export const identityModule: StockroomModule = { name: 'identity' };
