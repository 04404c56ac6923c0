import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { isAdminUiPath, registeredRoutes, type RouteEntry } from '../../platform/http/auth.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { IMPLICIT_KEY_PERMISSIONS, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Role } from './permissions.ts';

/**
 * The authorization matrix: generated from the live route table, so every route any module adds
 * (catalog, inventory, pricing, cart, …) is checked without anyone editing this file.
 */
const t = await startTestApp();
// The admin web app's own files (/admin/ui) are public: the API they call is what is authorized.
const routes = registeredRoutes(t.app).filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !isAdminUiPath(r.url));
const scoped = routes.filter((r) => r.url.startsWith('/store') || r.url.startsWith('/admin'));
const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

type Caller =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'customer'; token: string }
  | { name: string; kind: 'staff'; token: string; permissions: ReadonlySet<string> };

const customerA = await createCustomerToken(t);
const customerB = await createCustomerToken(t);
const staffTokens = {} as Record<Role, string>;
for (const role of ROLES) staffTokens[role] = await createStaffToken(t, role);
const narrowScopes = ['products:read'];
const keyRes = await t.app.inject({
  method: 'POST',
  url: '/admin/api-keys',
  headers: { authorization: `Bearer ${staffTokens.owner}` },
  payload: { name: 'narrow', permissions: narrowScopes },
});
assert.equal(keyRes.statusCode, 201, keyRes.body);
const narrowKey = keyRes.json<{ secret: string }>().secret;

const callers: Caller[] = [
  { name: 'anonymous', kind: 'anonymous' },
  { name: 'customer A', kind: 'customer', token: customerA.token },
  { name: 'customer B', kind: 'customer', token: customerB.token },
  ...ROLES.map((role): Caller => ({ name: role, kind: 'staff', token: staffTokens[role], permissions: ROLE_PERMISSIONS[role] })),
  { name: 'narrow API key', kind: 'staff', token: narrowKey, permissions: new Set([...narrowScopes, ...IMPLICIT_KEY_PERMISSIONS]) },
];

/** A concrete URL for a route: every `:param` gets a random id nobody owns. */
function concrete(route: RouteEntry): string {
  return route.url.replace(/:[A-Za-z0-9_]+/g, () => `x_${randomBytes(10).toString('hex')}`).replace(/\*$/, 'x');
}

/**
 * The GraphQL endpoint carries reads and writes in one POST: it admits any staff member or key, and
 * each field checks its own permission (test/graphql-admin.test.ts walks every admin mutation).
 */
const isGraphQL = (route: RouteEntry) => route.url === '/admin/graphql';

function mayCall(route: RouteEntry, caller: Caller): boolean {
  if (route.permission) return caller.kind === 'staff' && caller.permissions.has(route.permission);
  if (route.auth === 'customer') return caller.kind === 'customer';
  return true;
}

void test('every /admin route declares a known permission', () => {
  const admin = routes.filter((r) => r.url === '/admin' || r.url.startsWith('/admin/'));
  assert.ok(admin.length >= 12);
  for (const route of admin) {
    assert.ok(route.permission, `${route.method} ${route.url} declares no permission`);
    assert.ok(
      (PERMISSIONS as readonly string[]).includes(route.permission),
      `${route.method} ${route.url}: unknown permission ${route.permission}`,
    );
    if (isWrite(route.method) && !isGraphQL(route))
      assert.ok(!route.permission.endsWith(':read'), `${route.method} ${route.url} is a write guarded by a read permission`);
  }
});

void test('a viewer gets 403 on every admin write route but its own password change', async () => {
  const viewerMay = (r: RouteEntry) => r.permission !== undefined && (ROLE_PERMISSIONS.viewer as ReadonlySet<string>).has(r.permission);
  const writes = scoped.filter((r) => r.url.startsWith('/admin') && isWrite(r.method) && !isGraphQL(r));
  // The only writes a viewer holds are self-service ones, on its own account.
  assert.deepEqual(
    writes.filter(viewerMay).map((r) => `${r.method} ${r.url}`),
    ['POST /admin/me/password'],
  );
  for (const route of writes.filter((r) => !viewerMay(r))) {
    const res = await t.app.inject({
      method: route.method as 'POST',
      url: concrete(route),
      headers: { authorization: `Bearer ${staffTokens.viewer}` },
      ...(route.method === 'DELETE' ? {} : { payload: {} }),
    });
    assert.equal(res.statusCode, 403, `${route.method} ${route.url} answered ${res.statusCode} to a viewer`);
  }
});

void test('authorization matrix: no 2xx where access is not allowed', async () => {
  let checked = 0;
  for (const route of scoped) {
    const hasParams = route.url.includes(':');
    for (const caller of callers) {
      const allowed = mayCall(route, caller);
      // Allowed callers of routes with params are still called: a random id must never be a 2xx.
      if (allowed && !hasParams) continue;
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route),
        headers: caller.kind === 'anonymous' ? {} : { authorization: `Bearer ${caller.token}` },
        ...(isWrite(route.method) && route.method !== 'DELETE' ? { payload: {} } : {}),
      });
      checked += 1;
      assert.ok(res.statusCode >= 400, `${caller.name}: ${route.method} ${route.url} answered ${res.statusCode}`);
      if (!allowed) {
        const expected = caller.kind === 'anonymous' ? 401 : 403;
        assert.equal(res.statusCode, expected, `${caller.name}: ${route.method} ${route.url} answered ${res.statusCode}`);
      }
      if (caller.kind === 'customer') assert.ok(!res.body.includes(customerB.email) || caller.name === 'customer B');
    }
  }
  assert.ok(checked > 50);
});

void test('percent-encoded, doubled or re-cased paths cannot reach a route around its checks', async () => {
  const targets = ['/admin/staff', '/admin/customers', '/admin/api-keys', '/admin/emails', '/store/me', '/store/me/addresses'];
  for (const path of targets) {
    const variants = [
      `/${path}`,
      path.replace(/\/(\w)/, '//$1'),
      path.replace('/', '/%2F').replace(/^\/%2F/, '/%2f'),
      path.replace(/a/, '%61'),
      path.replace(/m/, '%6D'),
      `${path}/`,
      path.toUpperCase(),
      `${path}%00`,
      `${path};x`,
      `/store/..${path}`,
      `/store/%2e%2e${path}`,
      `${path}?x=1#frag`,
    ];
    for (const url of variants) {
      for (const headers of [{}, { authorization: `Bearer ${staffTokens.viewer}` }, { authorization: `Bearer ${customerA.token}` }]) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        const allowedPlain =
          (headers.authorization === `Bearer ${staffTokens.viewer}` && (path === '/admin/staff' || path === '/admin/customers')) ||
          (headers.authorization === `Bearer ${customerA.token}` && path.startsWith('/store/me'));
        if (!allowedPlain) assert.ok(res.statusCode >= 400, `GET ${url} answered ${res.statusCode}`);
      }
    }
  }
});

void test('staff and API keys carry exactly their permissions', async () => {
  const asStaff = await t.app.inject({ method: 'GET', url: '/admin/customers', headers: { authorization: `Bearer ${staffTokens.staff}` } });
  assert.equal(asStaff.statusCode, 200);
  const keyOnCustomers = await t.app.inject({ method: 'GET', url: '/admin/customers', headers: { authorization: `Bearer ${narrowKey}` } });
  assert.equal(keyOnCustomers.statusCode, 403);
  const customerOnAdmin = await t.app.inject({
    method: 'GET',
    url: '/admin/customers',
    headers: { authorization: `Bearer ${customerA.token}` },
  });
  assert.equal(customerOnAdmin.statusCode, 403);
  const adminSeesCustomer = await t.app.inject({
    method: 'GET',
    url: `/admin/customers/${customerB.customerId}`,
    headers: { authorization: `Bearer ${staffTokens.admin}` },
  });
  assert.equal(adminSeesCustomer.statusCode, 200);
  assert.equal(adminSeesCustomer.json().email, customerB.email);
  assert.ok(!('passwordHash' in adminSeesCustomer.json()));
});
