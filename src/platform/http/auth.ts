import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/types.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';
import { isSecureRequest, readCookies } from './cookies.ts';

/** Who is making a request. Resolved once per request from the bearer token. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'customer'; readonly id: string; readonly sessionId: string }
  | {
      readonly kind: 'staff';
      readonly id: string;
      readonly role: string;
      readonly permissions: ReadonlySet<string>;
      readonly sessionId: string;
    }
  | { readonly kind: 'api_key'; readonly id: string; readonly permissions: ReadonlySet<string> }
  /** A registered AI shopping agent (module `agents`), limited to the protocols its owner allowed. */
  | { readonly kind: 'agent'; readonly id: string; readonly protocols: ReadonlySet<string>; readonly rateLimitPerMinute: number };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

/** Turns a presented bearer token into a principal; undefined for unknown, expired or revoked tokens. */
export type TokenResolver = (db: Db, token: string) => Promise<Principal | undefined>;

/**
 * What a route requires of its caller. Admin routes declare `permission`; store routes that need a
 * signed-in customer declare `auth: 'customer'`.
 */
export interface RouteAccess {
  permission?: string;
  auth?: 'customer';
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    /** How the principal was presented: a bearer token, the staff session cookie, or nothing. */
    credential: Credential;
  }
  interface FastifyContextConfig extends RouteAccess {
    /** `auto` (default for POST/PATCH under /store and /admin), or `off` for routes that must not store replies. */
    idempotency?: 'auto' | 'off' | 'phased';
  }
}

const MAX_TOKEN_LENGTH = 512;

/** How a request presented its principal. `cookie` carries the session token (for sign-out and CSRF). */
export type Credential = { readonly via: 'none' } | { readonly via: 'bearer' } | { readonly via: 'cookie'; readonly token: string };

const NO_CREDENTIAL: Credential = Object.freeze({ via: 'none' });

/**
 * The staff session cookie of the admin web app. Over HTTPS it is `__Host-sr_admin` (the browser then
 * insists on Secure, Path=/ and no Domain, so no sibling host can plant or shadow it); over plain
 * HTTP (a developer's machine) it is `sr_admin`. Each scheme reads only its own name.
 */
export function staffCookieName(request: FastifyRequest): string {
  return isSecureRequest(request) ? '__Host-sr_admin' : 'sr_admin';
}

/**
 * The CSRF token of a cookie session: SHA-256 of the session token, base64url. The web app learns it
 * from `GET /auth/staff/session` (a same-origin read another site cannot make) and sends it as
 * `X-CSRF-Token` on every state change; it reveals nothing about the token itself.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

/** Requests that take the staff session cookie: the admin API and the session's own reads and sign-out. */
function acceptsStaffCookie(method: string, url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return isAdminPath(path) || (path === '/auth/staff/session' && method !== 'POST');
}

/** The admin web app's own files (public: the sign-in screen is one of them); they are not API routes. */
export function isAdminUiPath(url: string): boolean {
  return url === '/admin/ui' || url.startsWith('/admin/ui/');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

/** One registered route and the access it declared (the authorization matrix test walks these). */
export interface RouteEntry {
  method: string;
  url: string;
  permission: string | undefined;
  auth: 'customer' | undefined;
}

const routeTables = new WeakMap<object, RouteEntry[]>();

/** Every route registered on `app` (after `ready()`), with its declared access. */
export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

export function isAdminPath(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/');
}

/** The permission check for one principal; staff and API keys carry their permission sets. */
export function hasPermission(principal: Principal, permission: string): boolean {
  return (principal.kind === 'staff' || principal.kind === 'api_key') && principal.permissions.has(permission);
}

/**
 * Installs authentication and authorization:
 * - every route under /admin must declare a permission, or the app refuses to boot;
 * - an `onRequest` hook resolves the bearer token (before the body is even parsed) and enforces the
 *   route's declared access, so a handler never runs for a caller who may not call it.
 */
export function installAuth(app: FastifyInstance, db: Db, resolveToken: TokenResolver): void {
  // Fastify forbids shared object defaults on requests; the hook below sets the principal first thing.
  app.decorateRequest('principal', null as never);
  app.decorateRequest('credential', null as never);

  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    const config = route.config;
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      table.push({ method, url: route.url, permission: config?.permission, auth: config?.auth });
    }
    if (isAdminPath(route.url) && !isAdminUiPath(route.url) && !config?.permission) {
      throw new Error(`Admin route ${String(route.method)} ${route.url} declares no permission`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.principal = ANONYMOUS;
    request.credential = NO_CREDENTIAL;
    const header = request.headers.authorization;
    if (header === undefined) {
      await resolveStaffCookie(request, db, resolveToken);
    } else {
      // The scheme name is case-insensitive (RFC 9110 §11.1): `bearer`, `BEARER` and `Bearer` alike.
      const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header);
      if (!match?.[1] || match[1].length > MAX_TOKEN_LENGTH) {
        throw new Unauthenticated({ detail: 'Send `Authorization: Bearer <token>`.' });
      }
      const principal = await resolveToken(db, match[1]);
      if (!principal) throw new Unauthenticated({ detail: 'The token is invalid, expired or revoked.' });
      request.principal = principal;
      request.credential = { via: 'bearer' };
    }
    const access = request.routeOptions.config as RouteAccess | undefined;
    if (access?.permission) {
      if (request.principal.kind === 'anonymous') throw new Unauthenticated();
      if (!hasPermission(request.principal, access.permission)) {
        throw new Forbidden({ detail: `This needs the ${access.permission} permission.` });
      }
    } else if (access?.auth === 'customer') {
      if (request.principal.kind !== 'customer') {
        throw request.principal.kind === 'anonymous'
          ? new Unauthenticated({ detail: 'Sign in as a customer.' })
          : new Forbidden({ detail: 'Only customers can use this route.' });
      }
    }
  });
}

/**
 * A request without an Authorization header to the admin API may present the staff session cookie
 * instead (bearer requests never read it). Only a live staff session counts: a stale or foreign
 * cookie is ignored, leaving the request anonymous. A state change made with the cookie must carry
 * `X-CSRF-Token` matching the session, or it is refused with 403 before anything runs: another site
 * can make the browser send the cookie but cannot read the token, and the custom header itself
 * forces a CORS preflight that the admin origins alone pass.
 */
async function resolveStaffCookie(request: FastifyRequest, db: Db, resolveToken: TokenResolver): Promise<void> {
  if (!acceptsStaffCookie(request.method, request.url) || request.headers.cookie === undefined) return;
  const token = readCookies(request).get(staffCookieName(request));
  if (token === undefined || token.length === 0 || token.length > MAX_TOKEN_LENGTH || token.startsWith('sk_')) return;
  if (!/^[A-Za-z0-9._~+/=-]+$/.test(token)) return;
  const principal = await resolveToken(db, token);
  if (principal?.kind !== 'staff') return;
  if (!SAFE_METHODS.has(request.method) && !csrfMatches(request.headers['x-csrf-token'], csrfTokenFor(token))) {
    throw new Forbidden({ detail: 'A change made with the session cookie needs the X-CSRF-Token header of that session.' });
  }
  request.principal = principal;
  request.credential = { via: 'cookie', token };
}

/** Narrows a request's principal to a customer (routes that declared `auth: 'customer'`). */
export function requireCustomer(principal: Principal): { id: string; sessionId: string } {
  if (principal.kind !== 'customer') throw new Unauthenticated({ detail: 'Sign in as a customer.' });
  return principal;
}

/** A stable string naming the principal, for scoping idempotency keys and audit logs. */
export function principalScope(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'customer':
      return `customer:${principal.id}`;
    case 'staff':
      return `staff:${principal.id}`;
    case 'api_key':
      return `api_key:${principal.id}`;
    case 'agent':
      return `agent:${principal.id}`;
  }
}
