import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { BadRequest, Unauthenticated } from '../../platform/errors.ts';
import {
  Accepted,
  CustomerAuthResult,
  LoginBody,
  NoContent,
  RegisterBody,
  ResetConfirmBody,
  ResetRequestBody,
  StaffAuthResult,
  StaffSessionView,
} from './identity.schemas.ts';
import { csrfTokenFor } from '../../platform/http/auth.ts';
import { getStaff } from './staff.ts';
import { setStaffCookie } from './staff-cookie.ts';
import { toCustomerView, toStaffView } from './identity.views.ts';
import { signInCustomer, signInStaff } from './login.ts';
import { hashNewPassword } from './password-policy.ts';
import { countRegistrationAttempt, registerCustomer } from './registration.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.ts';
import { createSession, revokeSession } from './sessions.ts';
import { permissionsOf } from './permissions.ts';
import type { IdentityRouteContext } from './runtime.ts';

const tags = ['Auth'];

/** /auth/*: register, login, logout, password reset. No route here stores replies (they hold tokens). */
export const authRoutes: FastifyPluginAsyncTypebox<IdentityRouteContext> = async (app, { db, config, runtime }) => {
  app.post(
    '/auth/customers/register',
    {
      schema: { tags, summary: 'Create a customer account and sign in', body: RegisterBody, response: { 201: CustomerAuthResult } },
    },
    async (req, reply) => {
      await countRegistrationAttempt(runtime.throttle, runtime.registrationLimits, req.ip);
      const passwordHash = await hashNewPassword(req.body.password);
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        const result = await registerCustomer(tx, { ...req.body, passwordHash });
        reply.code(201);
        return { customer: toCustomerView(result.customer), token: result.token };
      });
      req.log.info({ event: 'auth.register', customerId: body.customer.id }, 'customer registered');
      return body;
    },
  );

  app.post(
    '/auth/customers/login',
    {
      schema: {
        tags,
        summary: 'Sign a customer in; same answer for an unknown email and a wrong password',
        body: LoginBody,
        response: { 200: CustomerAuthResult },
      },
    },
    async (req, reply) => {
      const customer = await signInCustomer(db, runtime.throttle, runtime.limits, { ip: req.ip, ...req.body }).catch((error: unknown) => {
        req.log.info({ event: 'auth.login_failed', actor: 'customer' }, 'customer login failed');
        throw error;
      });
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        const session = await createSession(tx, { customerId: customer.id });
        return { customer: toCustomerView(customer), token: session.token };
      });
      req.log.info({ event: 'auth.login', customerId: customer.id }, 'customer signed in');
      return body;
    },
  );

  app.post(
    '/auth/staff/login',
    {
      schema: { tags, summary: 'Sign a staff member in', body: LoginBody, response: { 200: StaffAuthResult } },
    },
    async (req, reply) => {
      const member = await signInStaff(db, runtime.throttle, runtime.limits, { ip: req.ip, ...req.body }).catch((error: unknown) => {
        req.log.info({ event: 'auth.login_failed', actor: 'staff' }, 'staff login failed');
        throw error;
      });
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        const session = await createSession(tx, { staffId: member.id });
        return { staff: toStaffView(member), token: session.token };
      });
      req.log.info({ event: 'auth.login', staffId: member.id }, 'staff member signed in');
      return body;
    },
  );

  // The admin web app's session: the same sign-in, the token in an HttpOnly cookie instead of the body.
  app.post(
    '/auth/staff/session',
    {
      schema: {
        tags,
        summary: 'Sign a staff member in with a session cookie (the admin web app); the token never reaches script',
        body: LoginBody,
        response: { 200: StaffSessionView },
      },
    },
    async (req, reply) => {
      const member = await signInStaff(db, runtime.throttle, runtime.limits, { ip: req.ip, ...req.body }).catch((error: unknown) => {
        req.log.info({ event: 'auth.login_failed', actor: 'staff', via: 'cookie' }, 'staff login failed');
        throw error;
      });
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        const session = await createSession(tx, { staffId: member.id });
        setStaffCookie(req, reply, session.token);
        return {
          staff: toStaffView(member),
          permissions: [...permissionsOf(member.role)].sort(),
          csrfToken: csrfTokenFor(session.token),
        };
      });
      req.log.info({ event: 'auth.login', staffId: member.id, via: 'cookie' }, 'staff member signed in');
      return body;
    },
  );

  app.get(
    '/auth/staff/session',
    {
      schema: {
        tags,
        summary: 'The staff member signed in with the session cookie, with the CSRF token for changes; 401 without one',
        response: { 200: StaffSessionView },
      },
    },
    async (req) => {
      const { principal, credential } = req;
      if (principal.kind !== 'staff' || credential.via !== 'cookie') throw new Unauthenticated({ detail: 'No staff session cookie.' });
      const member = await getStaff(db, principal.id);
      return { staff: toStaffView(member), permissions: [...principal.permissions].sort(), csrfToken: csrfTokenFor(credential.token) };
    },
  );

  app.delete(
    '/auth/staff/session',
    {
      schema: {
        tags,
        summary: 'Sign out of the cookie session: the session is revoked and the cookie cleared (needs X-CSRF-Token)',
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const { principal, credential } = req;
      setStaffCookie(req, reply, undefined);
      if (principal.kind !== 'staff' || credential.via !== 'cookie') throw new Unauthenticated({ detail: 'No staff session cookie.' });
      await inRequestTransaction(req, reply, db, async (tx) => {
        await revokeSession(tx, principal.sessionId);
        return null;
      });
      req.log.info({ event: 'auth.logout', sessionId: principal.sessionId, via: 'cookie' }, 'signed out');
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: { tags, summary: 'Revoke the presented session token', response: { 204: NoContent } },
    },
    async (req, reply) => {
      const principal = req.principal;
      if (principal.kind === 'anonymous') throw new Unauthenticated();
      if (principal.kind === 'api_key' || principal.kind === 'agent') {
        throw new BadRequest({
          detail: 'API keys are revoked at DELETE /admin/api-keys/:id, agent keys by disabling the agent.',
          errors: [{ path: '/headers/authorization', message: 'is a key, not a session' }],
        });
      }
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        await revokeSession(tx, principal.sessionId);
        reply.code(204);
        return null;
      });
      req.log.info({ event: 'auth.logout', sessionId: principal.sessionId }, 'signed out');
      return body;
    },
  );

  app.post(
    '/auth/customers/password-reset',
    {
      schema: {
        tags,
        summary: 'Email a password reset token; 202 whether or not the account exists',
        body: ResetRequestBody,
        response: { 202: Accepted },
      },
    },
    async (req, reply) => {
      await requestPasswordReset(db, { ...runtime, publicUrl: config.publicUrl, log: req.log }, { ip: req.ip, email: req.body.email });
      reply.code(202);
      return { status: 'accepted' as const };
    },
  );

  app.post(
    '/auth/customers/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with a reset token; every session of the account is revoked',
        body: ResetConfirmBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const passwordHash = await hashNewPassword(req.body.password);
      let customerId = '';
      const body = await inRequestTransaction(req, reply, db, async (tx) => {
        customerId = await confirmPasswordReset(tx, req.body.token, passwordHash);
        reply.code(204);
        return null;
      });
      req.log.info({ event: 'auth.password_reset', customerId }, 'password reset');
      return body;
    },
  );
};
