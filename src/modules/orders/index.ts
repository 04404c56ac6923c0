import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleContext, StockroomModule } from '../../platform/module.ts';
import type { CheckoutLimits } from './checkout/attempts.ts';
import { RECOVER_CHECKOUTS_JOB, recoverCheckoutsJob, recoverCommand, scheduleCheckoutRecovery } from './checkout/recover.ts';
import { SEND_CONFIRMATION_JOB, sendConfirmationJob } from './emails.ts';
import { storeOrderRoutes } from './orders.routes.ts';
import { ordersAdminGraphQL, ordersStoreGraphQL } from './orders.graphql.ts';
import { adminOrderRoutes } from './orders.admin.routes.ts';
import { paymentWebhookRoutes } from './payment-webhooks.routes.ts';
import { verifyOrdersCommand } from './verify.ts';

/** Orders: checkout completion, the order lifecycle, the recovery sweep. Nothing imports this module. */

export { recoverCheckouts, RECOVER_CHECKOUTS_JOB, type RecoveryReport } from './checkout/recover.ts';
export { SEND_CONFIRMATION_JOB } from './emails.ts';
export { verifyOrders, type OrderProblem } from './verify.ts';
export { DEFAULT_CHECKOUT_LIMITS, type CheckoutLimits } from './checkout/attempts.ts';
export { OrderView, CompletionView } from './orders.schemas.ts';
/** The phases of completing a cart, for other checkouts that complete carts the same way (agents). */
export { reserveCheckout, findResumableAttempt, undoAttempt, type CheckoutAttempt } from './checkout/attempts.ts';
export { authorizeAttempt, placeOrder } from './checkout/complete-cart.ts';
export { checkoutRuntime } from './checkout/complete.ts';
export { loadOrderViews } from './orders.ts';

/** Builds the orders module; `limits` overrides the checkout limits (tests shorten them). */
export function createOrdersModule(limits: Partial<CheckoutLimits> = {}): StockroomModule {
  const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
    await app.register(storeOrderRoutes, { ...context, checkoutLimits: limits });
    await app.register(adminOrderRoutes, context);
    await app.register(paymentWebhookRoutes, context);
  };
  return {
    name: 'orders',
    apiTags: {
      Webhooks: 'Inbound payment provider webhooks (Stripe), verified by signature; outbound events are in the `webhooks` section.',
      'Store: orders': 'Placed orders, as their customer (or a guest holding the order token) sees them.',
      'Admin: orders': 'Orders: listing, payment capture and refunds, fulfillment, cancellation.',
    },
    routes,
    graphql: { store: ordersStoreGraphQL, admin: ordersAdminGraphQL },
    jobs: { [RECOVER_CHECKOUTS_JOB]: recoverCheckoutsJob, [SEND_CONFIRMATION_JOB]: sendConfirmationJob },
    bootstrap: (context) => scheduleCheckoutRecovery(context.db),
    commands: { recover: recoverCommand, 'verify-orders': verifyOrdersCommand },
  };
}

export const ordersModule: StockroomModule = createOrdersModule();
