import type { StockroomModule } from '../../platform/module.ts';
import { configureEventMailer, SEND_EMAIL_JOB, sendEmailJob } from './emails.ts';
import { openApiWebhooks } from './event-types.ts';
import { eventsRoutes } from './events.routes.ts';
import { createRelay, type Relay } from './runner.ts';
import { systemResolver, type Resolver } from './ssrf.ts';
import { relayCommand } from './relay-command.ts';

/**
 * Events: the relay from the transactional outbox to webhook endpoints and emails, the endpoints'
 * admin API, the event feed. Nothing imports this module; others reach it by emitting events.
 */

export { EVENT_TYPES, EVENT_TYPE_NAMES, type EventType } from './event-types.ts';
export { createRelay, type Relay, type RelayOptions } from './runner.ts';
export { verifySignature, signatureHeader, sign as signWebhookBody } from './signatures.ts';
export { registerDeliveryFormat, type DeliveryFormat, type FormatContext, type FormattedEvent } from './formats.ts';
export { checkEndpointUrl } from './endpoints.ts';
export { systemResolver } from './ssrf.ts';
export { isPrivateAddress, type Resolver } from './ssrf.ts';
export { SEND_EMAIL_JOB } from './emails.ts';

export interface EventsOptions {
  /** DNS for webhook hosts (registration and connect time); tests inject one. */
  resolve?: Resolver;
}

export function createEventsModule(options: EventsOptions = {}): StockroomModule {
  const resolve = options.resolve ?? systemResolver;
  return {
    name: 'events',
    apiTags: {
      'Admin: webhooks': 'Outbound webhook endpoints: signing secrets, delivery log and redelivery.',
      'Admin: events': 'The event feed in commit order, for receivers that reconcile after an outage.',
    },
    routes: async (app, context) => {
      configureEventMailer(context.db, context.config);
      await app.register(eventsRoutes, { ...context, urlPolicy: { allowPrivate: context.config.webhooksAllowPrivate, resolve } });
    },
    jobs: { [SEND_EMAIL_JOB]: sendEmailJob },
    openApiWebhooks: openApiWebhooks(),
    background(context) {
      if (!context.config.eventsRelay) return { stop: async () => {} };
      const relay: Relay = createRelay(context.db, {
        timeoutMs: context.config.webhooksTimeoutMs,
        retryBaseMs: context.config.webhooksRetryBaseMs,
        allowPrivate: context.config.webhooksAllowPrivate,
        resolve,
        publicUrl: context.config.publicUrl,
        onError: (error) => context.log.error({ err: error }, 'events relay pass failed'),
      });
      relay.start();
      return relay;
    },
    commands: { relay: relayCommand(resolve) },
  };
}

export const eventsModule: StockroomModule = createEventsModule();
