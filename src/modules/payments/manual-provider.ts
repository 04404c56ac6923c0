import type { PaymentProvider } from './provider.ts';

/**
 * `manual`: pay later (bank transfer, cash on delivery). Authorization always succeeds and holds
 * nothing anywhere; staff capture when the money arrives. Nothing is remote, so every call is
 * trivially idempotent: the reference is derived from the idempotency key.
 */
export function createManualProvider(options: { autoCapture?: boolean } = {}): PaymentProvider {
  return {
    id: 'manual',
    autoCapture: options.autoCapture ?? false,
    async createSession() {
      return { clientData: { instructions: 'Pay by bank transfer; the shop confirms receipt.' }, providerData: {} };
    },
    async authorize(input) {
      return { status: input.capture ? 'captured' : 'authorized', reference: `manual_${input.idempotencyKey}` };
    },
    async capture(input) {
      return { reference: `${input.reference}:${input.idempotencyKey}` };
    },
    async void() {
      return undefined;
    },
    async refund(input) {
      return { reference: `${input.reference}:${input.idempotencyKey}` };
    },
    async parseWebhook() {
      return undefined;
    },
  };
}
