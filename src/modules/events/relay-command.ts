import type { CliCommand } from '../../platform/module.ts';
import { createRelay } from './runner.ts';
import type { Resolver } from './ssrf.ts';

/** `stockroom relay`: runs only the events relay (a dedicated worker process) until SIGTERM or SIGINT. */
export function relayCommand(resolve: Resolver): CliCommand {
  return {
    summary: 'run the events relay (outbox → webhooks, emails) in this process until stopped',
    async run(context) {
      const relay = createRelay(context.db, {
        timeoutMs: context.config.webhooksTimeoutMs,
        retryBaseMs: context.config.webhooksRetryBaseMs,
        allowPrivate: context.config.webhooksAllowPrivate,
        resolve,
        publicUrl: context.config.publicUrl,
        onError: (error) => context.log.error({ err: error }, 'events relay pass failed'),
      });
      relay.start();
      context.print('events relay running; stop with SIGTERM');
      await new Promise<void>((resolve) => {
        process.once('SIGTERM', resolve);
        process.once('SIGINT', resolve);
      });
      await relay.stop();
      return 0;
    },
  };
}
