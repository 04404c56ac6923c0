import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { NotFound } from '../../platform/errors.ts';
import { setCookie } from '../../platform/http/cookies.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { findAgentSession } from './sessions.ts';

/** The storefront's cart cookie (module `storefront`, which this module may not import): the hand-off sets it. */
const STOREFRONT_CART_COOKIE = 'sf_cart';

/**
 * The buyer's way into a session an agent built but may not pay for (MCP `complete_checkout`
 * without a payment answers this URL): the browser gets the session's cart as its storefront cart
 * and lands on the shop's own checkout page. The session id is the credential, as a guest cart's id
 * is: 128 random bits, known only to the agent and whoever it hands the link to.
 */
export const handoffRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/agents/continue/:id',
    {
      schema: {
        tags: ['Agents: MCP'],
        summary: 'Hand an agent’s open checkout to the buyer’s browser',
        description: 'Sets the storefront cart cookie to the session’s cart and redirects (303) to `/checkout`.',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The agent checkout session id' }) }),
        response: { 303: Type.Null({ description: 'See other: the storefront checkout page (`Location: /checkout`)' }) },
      },
    },
    async (req, reply) => {
      const session = await findAgentSession(db, req.params.id);
      if (!session || session.status !== 'open') throw new NotFound({ detail: 'This checkout link is no longer open.' });
      setCookie(req, reply, STOREFRONT_CART_COOKIE, session.cartId, { maxAgeSeconds: 60 * 60 * 24 * 30 });
      return reply.redirect('/checkout', 303);
    },
  );
};
