import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleContext } from '../../platform/module.ts';
import { catalogAdminRoutes } from './catalog.admin.routes.ts';
import { catalogStoreRoutes } from './catalog.store.routes.ts';
import { catalogTransferRoutes } from './catalog.transfer.routes.ts';

/** Every catalog route: storefront reads, admin CRUD, import and export. */
export const catalogRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  await app.register(catalogStoreRoutes, context);
  await app.register(catalogAdminRoutes, context);
  await app.register(catalogTransferRoutes, context);
};
