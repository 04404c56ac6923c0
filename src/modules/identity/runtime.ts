import type { FastifyBaseLogger } from 'fastify';
import type { ModuleContext } from '../../platform/module.ts';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login.ts';
import { DEFAULT_REGISTRATION_LIMITS, type RegistrationLimits } from './registration.ts';
import { DEFAULT_RESET_LIMITS, type ResetLimits } from './password-reset.ts';
import { databaseMailer, smtpMailer, type Mailer } from './mailer.ts';
import { memoryThrottle, redisThrottle, type Throttle } from './throttle.ts';

/** Options of `createIdentityModule` (tests shorten the throttle windows instead of sleeping). */
export interface IdentityOptions {
  login?: Partial<LoginLimits>;
  registration?: Partial<RegistrationLimits>;
  reset?: Partial<ResetLimits>;
  /** Prefix of the throttle keys in Redis (tests give each app its own). */
  throttlePrefix?: string;
  /** The clock of the in-process throttles. */
  now?: () => number;
}

/** What the identity routes share: the throttle, limits and mailer, built once per app. */
export interface IdentityRuntime {
  /** Every identity counter (login, sign-up, reset), in one store: keys are namespaced per use. */
  throttle: Throttle;
  limits: LoginLimits;
  registrationLimits: RegistrationLimits;
  resetLimits: ResetLimits;
  mailer: Mailer;
  close(): Promise<void>;
}

/** What identity's route plugins are registered with: the module context and the shared runtime. */
export interface IdentityRouteContext extends ModuleContext {
  runtime: IdentityRuntime;
}

/** Limits: the built-in windows, the configured counts (STOCKROOM_*_LIMIT_*), then the module options. */
export function createRuntime(context: ModuleContext, options: IdentityOptions, log: FastifyBaseLogger): IdentityRuntime {
  const configured = context.config.limits;
  const limits: LoginLimits = {
    ...DEFAULT_LOGIN_LIMITS,
    perAccountAndIp: configured.loginPerAccountAndIp,
    perIp: configured.loginPerIp,
    perAccount: configured.loginPerAccount,
    ...options.login,
  };
  const registrationLimits: RegistrationLimits = {
    ...DEFAULT_REGISTRATION_LIMITS,
    perIp: configured.registerPerIp,
    ...options.registration,
  };
  const resetLimits: ResetLimits = {
    ...DEFAULT_RESET_LIMITS,
    perEmail: configured.resetPerEmail,
    perIp: configured.resetPerIp,
    ...options.reset,
  };
  const throttleOptions = options.now ? { now: options.now } : {};
  const throttle = context.config.redisUrl
    ? redisThrottle(context.config.redisUrl, { ...throttleOptions, prefix: options.throttlePrefix ?? 'stockroom:throttle:', log })
    : memoryThrottle(throttleOptions);
  const from = `Stockroom <no-reply@${new URL(context.config.publicUrl).hostname}>`;
  const mailer = context.config.smtpUrl ? smtpMailer(context.config.smtpUrl, from) : databaseMailer(context.db);
  return {
    throttle,
    limits,
    registrationLimits,
    resetLimits,
    mailer,
    async close() {
      await throttle.close();
    },
  };
}
