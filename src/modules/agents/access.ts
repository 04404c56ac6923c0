import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import { Forbidden, RateLimited, Unauthenticated } from '../../platform/errors.ts';
import { memoryThrottle, redisThrottle, type Throttle } from '../identity/index.ts';
import type { AgentProtocol } from './agents.tables.ts';
import type { AgentPrincipal } from './checkout.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Agent protocol routes: only an agent allowed this protocol (`any`: any enabled agent) may call them (module `agents`). */
    agentProtocol?: AgentProtocol | 'any';
  }
}

const WINDOW_MS = 60_000;

/** Per-agent request counters (one-minute windows, shared through Redis when configured). */
export function createAgentThrottle(config: Config, log: FastifyBaseLogger): Throttle {
  return config.redisUrl ? redisThrottle(config.redisUrl, { prefix: 'stockroom:agents:', log }) : memoryThrottle();
}

/**
 * Every request to a route that declares `agentProtocol`: the caller must be an enabled agent
 * (resolved from its key by the platform's auth hook, or from its signature by the protocol's own
 * hook before this one), allowed that protocol, and within its rate limit. Runs before the body is
 * validated and before an Idempotency-Key is claimed, so a refused request holds nothing.
 */
export function installAgentAccess(app: FastifyInstance, throttle: Throttle): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const protocol = request.routeOptions.config.agentProtocol;
    if (!protocol) return;
    const principal = request.principal;
    if (principal.kind !== 'agent') {
      throw principal.kind === 'anonymous'
        ? new Unauthenticated({ detail: 'Send the agent key as `Authorization: Bearer agk_…`.' })
        : new Forbidden({ detail: 'Only registered agents may use this protocol endpoint.' });
    }
    if (protocol !== 'any' && !principal.protocols.has(protocol))
      throw new Forbidden({ detail: `This agent is not allowed to use ${protocol.toUpperCase()}.` });
    const waitMs = await throttle.take([{ key: `agent:${principal.id}`, limit: principal.rateLimitPerMinute, windowMs: WINDOW_MS }]);
    if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'This agent sent too many requests; wait before trying again.' });
  });
}

/** The request's agent (routes that declared `agentProtocol` only get here with one). */
export function agentOf(request: FastifyRequest): AgentPrincipal {
  const principal = request.principal;
  if (principal.kind !== 'agent') throw new Unauthenticated();
  return principal;
}
