import type { StockroomModule } from '../../platform/module.ts';
import { paymentRoutes } from './payments.routes.ts';
import { paymentsStoreGraphQL } from './payments.graphql.ts';

/** Payments: one provider interface (manual, test, stripe), payment sessions and our payment ledger. */
export const paymentsModule: StockroomModule = {
  name: 'payments',
  routes: paymentRoutes,
  graphql: { store: paymentsStoreGraphQL },
};

export type { PaymentProvider, AuthorizeResult, PaymentSession, PaymentWebhookEvent } from './provider.ts';
export {
  paymentProviders,
  configurePaymentProviders,
  paymentOptionsFromConfig,
  callProvider,
  DEFAULT_PROVIDER_TIMEOUT_MS,
  type PaymentProviders,
  type PaymentOptions,
} from './providers.ts';
export { TEST_CARDS } from './test-provider.ts';
export { hashPricedCart } from './cart-hash.ts';
export { findLatestPaymentSession, insertPaymentSession, type StoredPaymentSession } from './sessions.ts';
export {
  recordPaymentTransaction,
  summarizePayments,
  getPaymentSummary,
  derivePaymentStatus,
  type PaymentStatus,
  type PaymentSummary,
  type PaymentKind,
  type PaymentTransactionInput,
} from './ledger.ts';
export {
  PaymentActionRequired,
  PaymentDeclined,
  PaymentProviderUnavailable,
  PaymentOperationRejected,
  CartChanged,
} from './payments.errors.ts';
