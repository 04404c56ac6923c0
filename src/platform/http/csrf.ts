import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden } from '../errors.ts';
import { readCookies, setCookie } from './cookies.ts';

/**
 * CSRF protection for HTML form posts, by double submit: the browser holds a random token in an
 * HttpOnly, SameSite=Lax cookie, every form carries the same token in a hidden field, and a post
 * is accepted only when both are present and equal. Another site can make the browser send the
 * cookie (a top-level POST) but cannot read it, so it cannot put the token in the form.
 * A post whose `Origin` names another origin is refused as well.
 */

export const CSRF_COOKIE = 'sr_csrf';
export const CSRF_FIELD = '_csrf';
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

/** The visitor's token for forms on this page; issued (as a cookie) on first use. */
export function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = readCookies(request).get(CSRF_COOKIE);
  if (existing !== undefined && TOKEN.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  setCookie(request, reply, CSRF_COOKIE, token, { maxAgeSeconds: 60 * 60 * 24 * 30 });
  // Later readers in this request (a page with two forms) see the same token.
  request.headers.cookie = `${CSRF_COOKIE}=${token}${request.headers.cookie ? `; ${request.headers.cookie}` : ''}`;
  return token;
}

/** Refuses (403 `forbidden`) a form post without the matching token or from another origin. */
export function verifyCsrf(request: FastifyRequest, submitted: unknown): void {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== request.host) throw new Forbidden({ detail: 'The form was posted from another site.' });
  }
  const cookie = readCookies(request).get(CSRF_COOKIE);
  const ok =
    typeof submitted === 'string' &&
    cookie !== undefined &&
    submitted.length === cookie.length &&
    timingSafeEqual(Buffer.from(submitted), Buffer.from(cookie));
  if (!ok) throw new Forbidden({ detail: 'The form has expired or did not come from this site; reload the page and try again.' });
}
