import { withTransaction } from '../../platform/db/index.ts';
import { BadRequest, Unauthenticated } from '../../platform/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import {
  Accepted, CustomerAuthResult, LoginBody, NoContent, RegisterBody, ResetConfirmBody, ResetRequestBody, StaffAuthResult,
} from './identity.schemas.ts';
import { toCustomerView, toStaffView } from './identity.views.ts';
import { createCustomer, findCustomerByEmail } from './customers.ts';
import { authenticateCustomer, authenticateStaff, throttledLogin } from './login.ts';
import { hashNewPassword } from './password-policy.ts';
import { countRegistrationAttempt } from './registration.ts';
import { confirmPasswordReset, countResetRequest, createPasswordResetToken, redactSpentResetEmails } from './password-reset.ts';
import { createSession, revokeSession } from './sessions.ts';
import type { IdentityApp, IdentityRuntime } from './runtime.ts';

const tags = ['Auth'];

/** /auth/*: register, login, logout, password reset. No route here stores replies (they hold tokens). */
export function registerAuthRoutes(app: IdentityApp, { db, config }: ModuleContext, runtime: IdentityRuntime): void {
  app.post('/auth/customers/register', {
    schema: { tags, summary: 'Create a customer account and sign in', body: RegisterBody, response: { 201: CustomerAuthResult } },
  }, async (req, reply) => {
    await countRegistrationAttempt(runtime.throttle, runtime.registrationLimits, req.ip);
    const passwordHash = await hashNewPassword(req.body.password);
    const result = await withTransaction(db, async (tx) => {
      const customer = await createCustomer(tx, { ...req.body, passwordHash });
      const session = await createSession(tx, { customerId: customer.id });
      return { customer, token: session.token };
    });
    req.log.info({ event: 'auth.register', customerId: result.customer.id }, 'customer registered');
    reply.code(201);
    return { customer: toCustomerView(result.customer), token: result.token };
  });

  app.post('/auth/customers/login', {
    schema: { tags, summary: 'Sign a customer in; same answer for an unknown email and a wrong password', body: LoginBody, response: { 200: CustomerAuthResult } },
  }, async (req) => {
    const customer = await throttledLogin(runtime.throttle, runtime.limits, { ip: req.ip, scope: 'customer', email: req.body.email },
      () => authenticateCustomer(db, req.body.email, req.body.password),
    ).catch((error: unknown) => {
      req.log.info({ event: 'auth.login_failed', actor: 'customer' }, 'customer login failed');
      throw error;
    });
    const session = await withTransaction(db, (tx) => createSession(tx, { customerId: customer.id }));
    req.log.info({ event: 'auth.login', customerId: customer.id }, 'customer signed in');
    return { customer: toCustomerView(customer), token: session.token };
  });

  app.post('/auth/staff/login', {
    schema: { tags, summary: 'Sign a staff member in', body: LoginBody, response: { 200: StaffAuthResult } },
  }, async (req) => {
    const member = await throttledLogin(runtime.throttle, runtime.limits, { ip: req.ip, scope: 'staff', email: req.body.email },
      () => authenticateStaff(db, req.body.email, req.body.password),
    ).catch((error: unknown) => {
      req.log.info({ event: 'auth.login_failed', actor: 'staff' }, 'staff login failed');
      throw error;
    });
    const session = await withTransaction(db, (tx) => createSession(tx, { staffId: member.id }));
    req.log.info({ event: 'auth.login', staffId: member.id }, 'staff member signed in');
    return { staff: toStaffView(member), token: session.token };
  });

  app.post('/auth/logout', {
    schema: { tags, summary: 'Revoke the presented session token', response: { 204: NoContent } },
  }, async (req, reply) => {
    const principal = req.principal;
    if (principal.kind === 'anonymous') throw new Unauthenticated();
    if (principal.kind === 'api_key') {
      throw new BadRequest({
        detail: 'API keys are revoked at DELETE /admin/api-keys/:id.',
        errors: [{ path: '/headers/authorization', message: 'is an API key, not a session' }],
      });
    }
    await withTransaction(db, (tx) => revokeSession(tx, principal.sessionId));
    req.log.info({ event: 'auth.logout', sessionId: principal.sessionId }, 'signed out');
    reply.code(204);
    return null;
  });

  app.post('/auth/customers/password-reset', {
    schema: { tags, summary: 'Email a password reset token; 202 whether or not the account exists', body: ResetRequestBody, response: { 202: Accepted } },
  }, async (req, reply) => {
    reply.code(202);
    if (!(await countResetRequest(runtime.throttle, runtime.resetLimits, { ip: req.ip, email: req.body.email }))) {
      return { status: 'accepted' as const };
    }
    const customer = await findCustomerByEmail(db, req.body.email);
    if (customer) {
      const token = await withTransaction(db, (tx) => createPasswordResetToken(tx, customer));
      try {
        await runtime.mailer.send({
          to: customer.email,
          subject: 'Reset your password',
          text: `Someone asked to reset the password of your account. If it was you, use this code within one hour:\n\n` +
            `${token}\n\nor open ${config.publicUrl}/account/reset-password#token=${token}\n\n` +
            `If it was not you, ignore this email; your password stays as it is.`,
          secret: token,
        });
      } catch (error) {
        // Still 202: an error here would tell the caller that the account exists. The message is
        // logged without the mail body (it holds the token).
        const { message, code } = error as { message?: string; code?: string };
        req.log.error({ event: 'auth.reset_email_failed', customerId: customer.id, err: { message, code } }, 'password reset email not sent');
      }
      // A newer request may have replaced this token while its email was being stored.
      await redactSpentResetEmails(db, customer.id);
    }
    return { status: 'accepted' as const };
  });

  app.post('/auth/customers/password-reset/confirm', {
    schema: { tags, summary: 'Set a new password with a reset token; every session of the account is revoked', body: ResetConfirmBody, response: { 204: NoContent } },
  }, async (req, reply) => {
    const passwordHash = await hashNewPassword(req.body.password);
    const customerId = await withTransaction(db, (tx) => confirmPasswordReset(tx, req.body.token, passwordHash));
    req.log.info({ event: 'auth.password_reset', customerId }, 'password reset');
    reply.code(204);
    return null;
  });
}
