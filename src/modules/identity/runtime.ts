import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleContext } from '../../platform/module.ts';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login.ts';
import { DEFAULT_REGISTRATION_LIMITS, type RegistrationLimits } from './registration.ts';
import { databaseMailer, smtpMailer, type Mailer } from './mailer.ts';
import { memoryThrottle, redisThrottle, type Throttle } from './throttle.ts';

/** Options of `createIdentityModule` (tests shorten the throttle windows instead of sleeping). */
export interface IdentityOptions {
  login?: Partial<LoginLimits>;
  registration?: Partial<RegistrationLimits>;
  /** Prefix of the throttle keys in Redis (tests give each app its own). */
  throttlePrefix?: string;
  /** The clock of the in-process throttles. */
  now?: () => number;
}

/** What the identity routes share: throttles, limits and mailer, built once per app. */
export interface IdentityRuntime {
  throttle: Throttle;
  limits: LoginLimits;
  /** Counts registrations per IP, in its own (longer) window. */
  registrationThrottle: Throttle;
  registrationLimits: RegistrationLimits;
  mailer: Mailer;
  close(): Promise<void>;
}

export type IdentityApp = Parameters<FastifyPluginAsyncTypebox<ModuleContext>>[0];

export function createRuntime(context: ModuleContext, options: IdentityOptions, log: FastifyBaseLogger): IdentityRuntime {
  const limits = { ...DEFAULT_LOGIN_LIMITS, ...options.login };
  const registrationLimits = { ...DEFAULT_REGISTRATION_LIMITS, ...options.registration };
  const makeThrottle = (windowMs: number, prefix: string): Throttle => {
    const throttleOptions = { windowMs, ...(options.now ? { now: options.now } : {}) };
    return context.config.redisUrl
      ? redisThrottle(context.config.redisUrl, { ...throttleOptions, prefix, log })
      : memoryThrottle(throttleOptions);
  };
  const throttle = makeThrottle(limits.windowMs, options.throttlePrefix ?? 'stockroom:login:');
  const registrationThrottle = makeThrottle(
    registrationLimits.windowMs,
    options.throttlePrefix ? `${options.throttlePrefix}register:` : 'stockroom:register:',
  );
  const from = `Stockroom <no-reply@${new URL(context.config.publicUrl).hostname}>`;
  const mailer = context.config.smtpUrl ? smtpMailer(context.config.smtpUrl, from) : databaseMailer(context.db);
  return {
    throttle, limits, registrationThrottle, registrationLimits, mailer,
    async close() {
      await Promise.all([throttle.close(), registrationThrottle.close()]);
    },
  };
}
