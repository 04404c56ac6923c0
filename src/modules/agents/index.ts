import type { StockroomModule } from '../../platform/module.ts';
import { createAgentThrottle, installAgentAccess } from './access.ts';
import { acpRoutes } from './acp.routes.ts';
import { acpDeliveryFormat } from './acp.webhooks.ts';
import { agentAdminRoutes } from './agents.admin.routes.ts';
import { agentWebhookRoutes } from './agents.webhook.routes.ts';
import { adminFeedRoutes, agentFeedRoutes } from './feed.routes.ts';
import { configureFeed, FEED_JOB, regenerateFeedJob, scheduleFeed } from './feed-store.ts';
import { handoffRoutes } from './handoff.routes.ts';
import { mcpRoutes } from './mcp.routes.ts';
import { resolveAgentKey } from './registry.ts';
import { installSignedAgents } from './signatures.ts';
import { registerDeliveryFormat } from '../events/index.ts';

// ACP's and UCP's order webhooks ride the events relay in every process that loads the modules (servers and `stockroom relay`).
registerDeliveryFormat('acp', acpDeliveryFormat);
registerDeliveryFormat('ucp', ucpDeliveryFormat);
import { ucpProfileRoutes, ucpRoutes } from './ucp.routes.ts';
import { ucpDeliveryFormat } from './ucp.webhooks.ts';

/**
 * Agentic commerce: AI shopping agents as principals, and the protocols they buy through (ACP's
 * checkout sessions), all on the cart and the phased checkout completion of the store API.
 * Nothing imports this module.
 */
export const agentsModule: StockroomModule = {
  name: 'agents',
  apiTags: {
    'Admin: agents': 'AI shopping agents as principals: register, key, rate limit, disable; their sessions and orders.',
    'Agents: ACP': 'The Agentic Commerce Protocol checkout sessions, for agents registered by the owner.',
    'Agents: feed': 'The product feed (gzip-compressed JSON Lines, one line per variant) that agent platforms ingest.',
    'Agents: UCP':
      'The Universal Commerce Protocol (REST binding): business profile, checkout sessions and orders, for agents registered by the owner.',
    'Agents: MCP': 'The Model Context Protocol server (Streamable HTTP, stateless): catalog, cart, checkout and order tools for agents.',
  },
  resolveToken: resolveAgentKey,
  jobs: { [FEED_JOB]: regenerateFeedJob },
  bootstrap: async (context) => {
    configureFeed(context.config);
    await scheduleFeed(context.db, context.config.agentFeedIntervalMinutes);
  },
  routes: async (app, context) => {
    configureFeed(context.config);
    await app.register(agentAdminRoutes, context);
    await app.register(agentWebhookRoutes, context);
    await app.register(handoffRoutes, context);
    await app.register(adminFeedRoutes, context);
    await app.register(ucpProfileRoutes, context);
    await app.register(async (scope) => {
      const throttle = createAgentThrottle(context.config, scope.log);
      scope.addHook('onClose', () => throttle.close());
      installSignedAgents(scope, context.db); // a signed request becomes its agent before the access check
      installAgentAccess(scope, throttle);
      await scope.register(acpRoutes, context);
      await scope.register(ucpRoutes, context);
      await scope.register(mcpRoutes, context);
      await scope.register(agentFeedRoutes, context);
    });
  },
};
