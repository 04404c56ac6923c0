import type { StockroomModule } from '../../platform/module.ts';
import { dashboardRoutes } from './dashboard.routes.ts';

/**
 * The admin web app at /admin/ui: Preact + htm as native ES modules, no build step. It runs on the
 * admin REST API with the staff session cookie (identity's /auth/staff/session). Registered last:
 * it may use every module, and none uses it.
 */
export const dashboardModule: StockroomModule = {
  name: 'dashboard',
  apiTags: { 'Admin: web app': 'The admin single-page app: its HTML page, ES modules and stylesheet (public files).' },
  routes: dashboardRoutes,
};
