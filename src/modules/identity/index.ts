import { identityAdminGraphQL } from './identity.admin.graphql.ts';
import { identityStoreGraphQL, registerIdentityRuntime } from './identity.graphql.ts';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleContext, StockroomModule } from '../../platform/module.ts';
import { authRoutes } from './auth.routes.ts';
import { storeRoutes } from './store.routes.ts';
import { adminRoutes } from './admin.routes.ts';
import { createRuntime, type IdentityOptions } from './runtime.ts';
import { resolveToken } from './sessions.ts';
import { createStaffCommand, ensureFirstOwner, resetPasswordCommand } from './bootstrap.ts';
import { warmPasswordHashing } from './passwords.ts';

export { PERMISSIONS, ROLES, ROLE_PERMISSIONS, permissionsOf, type Permission, type Role } from './permissions.ts';
export { createStaff, getStaff, listOwnerEmails, type StaffRow, type CreateStaffInput } from './staff.ts';
export { getCustomer, getCustomersByIds, normalizeEmail, type CustomerRow } from './customers.ts';
export { toCustomerView } from './identity.views.ts';
export { createApiKey, type ApiKeyRow } from './api-keys.ts';
export { createSession, revokeAllSessions, resolveToken } from './sessions.ts';
export { hashPassword } from './passwords.ts';
export { databaseMailer, smtpMailer, type Mailer, type EmailMessage } from './mailer.ts';
export { memoryThrottle, redisThrottle, throttleAddress, type Throttle } from './throttle.ts';
export type { IdentityOptions } from './runtime.ts';

/** Builds the identity module; `options` lets tests shorten the login throttle window. */
export function createIdentityModule(options: IdentityOptions = {}): StockroomModule {
  const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
    const runtime = createRuntime(context, options, app.log);
    registerIdentityRuntime(context.db, runtime);
    app.addHook('onClose', async () => {
      await runtime.close();
    });
    await warmPasswordHashing();
    await app.register(authRoutes, { ...context, runtime });
    await app.register(storeRoutes, { ...context, runtime });
    await app.register(adminRoutes, { ...context, runtime });
  };
  return {
    name: 'identity',
    apiTags: {
      Auth: 'Sign customers and staff in and out, register customers, reset passwords. Sign-in returns a bearer token.',
      'Store: account': "The signed-in customer's own account.",
      'Store: addresses': "The signed-in customer's address book.",
      'Admin: me': 'The signed-in staff member or API key.',
      'Admin: customers': 'Customer accounts.',
      'Admin: staff': 'Staff members and their roles.',
      'Admin: API keys': 'Secret API keys for servers (sk_…), each with its permissions.',
      'Admin: emails': 'Emails the shop sent (password resets, order confirmations).',
    },
    routes,
    graphql: { store: identityStoreGraphQL, admin: identityAdminGraphQL },
    resolveToken,
    bootstrap: ensureFirstOwner,
    commands: {
      'create-staff': {
        summary: 'create a staff member: --email … --role owner|admin|staff|viewer [--password …]',
        run: createStaffCommand,
      },
      'reset-password': {
        summary: 'set a new password for a staff member: --email … [--password-stdin]',
        run: (context, args) => resetPasswordCommand(context, args),
      },
    },
  };
}

export const identityModule: StockroomModule = createIdentityModule();

/** The postal address schema other modules (carts, orders) take, so an address means one thing. */
export { CreateAddressBody as PostalAddress } from './identity.schemas.ts';
