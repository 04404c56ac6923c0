import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import { createManualProvider } from './manual-provider.ts';
import { PaymentProviderUnavailable, unknownProvider } from './payments.errors.ts';
import type { PaymentProvider } from './provider.ts';
import { createStripeProvider, type StripeOptions } from './stripe-provider.ts';
import { createTestProvider, ProviderBusy, type TestProviderOptions } from './test-provider.ts';

/** The configured providers of one database, and how long we wait for any of them. */
export interface PaymentProviders {
  readonly list: readonly PaymentProvider[];
  /** Milliseconds a provider call may take before we give up on it (and retry later with the same key). */
  readonly timeoutMs: number;
  readonly options: PaymentOptions;
  get(id: string): PaymentProvider;
}

export interface PaymentOptions {
  timeoutMs?: number;
  manual?: { autoCapture?: boolean };
  test?: TestProviderOptions;
  /** Stripe's account settings; the provider is offered only with them. */
  stripe?: Omit<StripeOptions, 'timeoutMs'> | undefined;
}

/** The payment options the configuration implies (Stripe when its key and webhook secret are set). */
export function paymentOptionsFromConfig(config: Config): PaymentOptions {
  const { stripeSecretKey: secretKey, stripeWebhookSecret: webhookSecret } = config;
  if (secretKey === undefined || webhookSecret === undefined) return {};
  return { stripe: { secretKey, webhookSecret, captureMethod: config.stripeCaptureMethod, apiBase: config.stripeApiBase } };
}

export const DEFAULT_PROVIDER_TIMEOUT_MS = 5_000;

const registries = new WeakMap<Db, PaymentProviders>();

/** Builds the providers for `db` (once; later calls return the same registry). */
export function paymentProviders(db: Db, options: PaymentOptions = {}): PaymentProviders {
  const existing = registries.get(db);
  if (existing) return existing;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS;
  const list = [createManualProvider(options.manual), createTestProvider(db, options.test)];
  if (options.stripe) list.push(createStripeProvider({ ...options.stripe, timeoutMs }));
  const registry: PaymentProviders = {
    list,
    options,
    timeoutMs,
    get(id) {
      const provider = list.find((p) => p.id === id);
      if (!provider) throw unknownProvider(id);
      return provider;
    },
  };
  registries.set(db, registry);
  return registry;
}

/** Replaces the providers of `db` (tests: a shorter timeout or auto-capture); Stripe's settings stay unless given. */
export function configurePaymentProviders(db: Db, options: PaymentOptions): PaymentProviders {
  const stripe = 'stripe' in options ? options.stripe : registries.get(db)?.options.stripe;
  registries.delete(db);
  return paymentProviders(db, { ...options, stripe });
}

/**
 * Runs one provider call with a deadline. On timeout the call is abandoned (its late result is
 * ignored; the same idempotency key later returns it) and the caller gets 503 to retry.
 */
export async function callProvider<T>(providers: PaymentProviders, provider: PaymentProvider, call: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const pending = call();
  pending.catch(() => undefined); // an abandoned call must not become an unhandled rejection
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PaymentProviderUnavailable(provider.id)), providers.timeoutMs);
  });
  try {
    return await Promise.race([pending, deadline]);
  } catch (error) {
    if (error instanceof ProviderBusy) throw new PaymentProviderUnavailable(provider.id);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
