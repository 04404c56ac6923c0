import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { FORM_POST, Html, type FormBody } from './storefront.schemas.ts';
import { readCookies, setCookie } from '../../platform/http/cookies.ts';
import { verifyCsrf } from '../../platform/http/csrf.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { OrderView } from '../orders/index.ts';
import { ordersPage, resetPasswordPage, signInPage } from './account.pages.ts';
import { loadChrome, sendPage } from './context.ts';
import { shopData } from './shop-data.ts';
import { callStore } from './store-client.ts';

/**
 * Customer account pages over the identity routes: sign in (the session token lives in an HttpOnly
 * cookie), the customer's orders, sign out, and the password reset the reset email links to.
 */

const SESSION_COOKIE = 'sf_session';
const MessageQuery = Type.Object(
  { message: Type.Optional(Type.String({ maxLength: 40, description: 'A notice to show (set by the form that redirected here)' })) },
  { additionalProperties: true },
);

export const accountRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config, cache }) => {
  const shop = shopData(db, cache);
  const bearer = (req: FastifyRequest) => {
    const token = readCookies(req).get(SESSION_COOKIE);
    return token && /^[A-Za-z0-9._~+/=-]{10,512}$/.test(token) ? { authorization: `Bearer ${token}` } : undefined;
  };

  app.get(
    '/account',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Sign in, or the signed-in customer’s orders',
        querystring: MessageQuery,
        response: { 200: Html },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const auth = bearer(req);
      const orders = auth
        ? await callStore<{ items: OrderView[] }>(app, req, 'GET', '/store/orders?limit=50', { headers: auth })
        : undefined;
      const body = orders?.status === 200 ? ordersPage(chrome, orders.body.items) : signInPage(chrome, req.query.message);
      return sendPage(reply, config, body, { cache: 'none' });
    },
  );

  app.post('/account/sign-in', { schema: { ...FORM_POST, summary: 'Sign in (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const res = await callStore<{ token: string }>(app, req, 'POST', '/auth/customers/login', {
      payload: { email: form.email ?? '', password: form.password ?? '' },
    });
    if (res.status !== 200)
      return reply.redirect(`/account?message=${res.body.code === 'rate_limited' ? 'rate_limited' : 'invalid_credentials'}`, 303);
    setCookie(req, reply, SESSION_COOKIE, res.body.token, { maxAgeSeconds: 60 * 60 * 24 * 30 });
    return reply.redirect('/account', 303);
  });

  app.post('/account/sign-out', { schema: { ...FORM_POST, summary: 'Sign out (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const auth = bearer(req);
    if (auth) await callStore(app, req, 'POST', '/auth/logout', { headers: auth });
    setCookie(req, reply, SESSION_COOKIE, '', { maxAgeSeconds: 0 });
    return reply.redirect('/account', 303);
  });

  app.post('/account/forgot', { schema: { ...FORM_POST, summary: 'Ask for a password reset email (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const res = await callStore(app, req, 'POST', '/auth/customers/password-reset', { payload: { email: form.email ?? '' } });
    return reply.redirect(`/account?message=${res.status === 429 ? 'rate_limited' : 'reset_sent'}`, 303);
  });

  app.get(
    '/account/reset-password',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'The page a password-reset email links to: a form for the new password',
        querystring: Type.Object(
          {
            token: Type.Optional(Type.String({ maxLength: 512, description: 'The reset token from the emailed link' })),
            message: Type.Optional(Type.String({ maxLength: 40, description: 'A notice to show (set by the form that redirected here)' })),
          },
          { additionalProperties: true },
        ),
        response: { 200: Html },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      // The token is in the URL: keep it out of Referer headers of anything the page loads.
      reply.header('referrer-policy', 'no-referrer');
      return sendPage(reply, config, resetPasswordPage(chrome, req.query.token ?? '', req.query.message), { cache: 'none' });
    },
  );

  app.post('/account/reset-password', { schema: { ...FORM_POST, summary: 'Set the new password (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const token = form.token ?? '';
    const res = await callStore(app, req, 'POST', '/auth/customers/password-reset/confirm', {
      payload: { token, password: form.password ?? '' },
    });
    if (res.status === 204) return reply.redirect('/account?message=reset_done', 303);
    const message =
      res.body.code === 'validation_failed' && (form.password ?? '').length >= 8 ? 'invalid_token' : (res.body.code ?? 'error');
    return reply.redirect(`/account/reset-password?token=${encodeURIComponent(token)}&message=${encodeURIComponent(message)}`, 303);
  });
};
