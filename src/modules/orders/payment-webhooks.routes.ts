import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { BadRequest } from '../../platform/errors.ts';
import { closed } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { paymentProviders } from '../payments/index.ts';
import { applyPaymentEvent } from './checkout/reconcile.ts';

const Params = Type.Object({ provider: Type.String({ minLength: 1, maxLength: 50, description: 'The provider, e.g. `stripe`' }) }, closed);
const Headers = Type.Object({
  'stripe-signature': Type.Optional(Type.String({ maxLength: 2000, description: "Stripe's signature of the raw body (`t=…,v1=…`)" })),
});
const Received = Type.Object(
  {
    received: Type.Literal(true),
    duplicate: Type.Boolean({ description: 'The event id was applied before; nothing was done this time' }),
    outcome: Type.String({
      description: 'What applying the event did: placed, refunded_unplaced, recorded, unchanged, ignored, duplicate',
    }),
  },
  { ...closed, title: 'PaymentWebhookReceipt' },
);

/**
 * Inbound webhooks of payment providers. The body is kept as the raw bytes (the signature covers
 * exactly them; a re-serialised body would not verify), verified by the provider, then applied
 * through the payment-state reconciler.
 */
export const paymentWebhookRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.removeAllContentTypeParsers(); // this plugin's scope only
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post(
    '/webhooks/payments/:provider',
    {
      schema: {
        tags: ['Webhooks'],
        summary: 'Receive a payment provider event (Stripe)',
        description:
          'Verified against the endpoint secret on the raw body (unsigned, altered, stale or future-dated → 400, nothing applied). ' +
          'Each event id is applied once; a duplicate is acknowledged with 200 and ignored. Events move order payment state forward only, ' +
          'whatever their order of arrival.',
        params: Params,
        headers: Headers,
        response: { 200: Received },
      },
    },
    async (req) => {
      const providers = paymentProviders(db);
      const provider = providers.list.find((p) => p.id === req.params.provider);
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const event = provider ? await provider.parseWebhook({ rawBody, headers: req.headers }) : undefined;
      if (!provider || !event) {
        throw new BadRequest({
          detail: 'The webhook signature is missing or does not verify (or the event is too old or from the future); nothing was applied.',
        });
      }
      const outcome = await applyPaymentEvent(db, providers, provider, event);
      req.log.info({ event: 'payments.webhook', provider: provider.id, eventId: event.id, type: event.type, outcome }, 'payment webhook');
      return { received: true as const, duplicate: outcome === 'duplicate', outcome };
    },
  );
};
