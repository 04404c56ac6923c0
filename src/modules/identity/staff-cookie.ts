import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSecureRequest } from '../../platform/http/cookies.ts';
import { staffCookieName } from '../../platform/http/auth.ts';
import { STAFF_SESSION_TTL_MS } from './sessions.ts';

/**
 * Sets (or, with `undefined`, clears) the admin web app's session cookie: HttpOnly (no script reads
 * it), SameSite=Strict (no other site's page makes the browser send it), Path=/, and over HTTPS
 * Secure with the `__Host-` prefix. It lives as long as the staff session it carries.
 */
export function setStaffCookie(request: FastifyRequest, reply: FastifyReply, token: string | undefined): void {
  const maxAge = token === undefined ? 0 : Math.floor(STAFF_SESSION_TTL_MS / 1000);
  const parts = [`${staffCookieName(request)}=${token ?? ''}`, 'Path=/', `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict'];
  if (isSecureRequest(request)) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}
