import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ModuleContext } from '../../platform/module.ts';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login.ts';
import { databaseMailer, smtpMailer, type Mailer } from './mailer.ts';
import { memoryThrottle, redisThrottle, type Throttle } from './throttle.ts';

/** Options of `createIdentityModule` (tests shorten the throttle window instead of sleeping). */
export interface IdentityOptions {
  login?: Partial<LoginLimits>;
  /** Prefix of the throttle keys in Redis (tests give each app its own). */
  throttlePrefix?: string;
  /** The clock of the in-process throttle. */
  now?: () => number;
}

/** What the identity routes share: throttle, limits and mailer, built once per app. */
export interface IdentityRuntime {
  throttle: Throttle;
  limits: LoginLimits;
  mailer: Mailer;
}

export type IdentityApp = Parameters<FastifyPluginAsyncTypebox<ModuleContext>>[0];

export function createRuntime(context: ModuleContext, options: IdentityOptions, log: FastifyBaseLogger): IdentityRuntime {
  const limits = { ...DEFAULT_LOGIN_LIMITS, ...options.login };
  const throttleOptions = { windowMs: limits.windowMs, ...(options.now ? { now: options.now } : {}) };
  const throttle = context.config.redisUrl
    ? redisThrottle(context.config.redisUrl, { ...throttleOptions, prefix: options.throttlePrefix ?? 'stockroom:login:', log })
    : memoryThrottle(throttleOptions);
  const from = `Stockroom <no-reply@${new URL(context.config.publicUrl).hostname}>`;
  const mailer = context.config.smtpUrl ? smtpMailer(context.config.smtpUrl, from) : databaseMailer(context.db);
  return { throttle, limits, mailer };
}
