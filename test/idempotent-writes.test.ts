import { test } from 'node:test';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { registeredRoutes } from '../src/platform/http/auth.ts';
import { idempotentRoutes } from '../src/platform/http/idempotency.ts';
import { startTestApp } from './support/app.ts';
import { startFakeStripe } from './support/fake-stripe.ts';
import { createStaffToken, createCustomerToken, randomIp, uniqueEmail } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { complete, readyCart, setupShop, type Shop } from './support/checkout.ts';

/**
 * Cross-module: write routes of every module do their work in `inRequestTransaction`, which stores
 * the reply under a sent Idempotency-Key in the same transaction (handlers that read through `db`
 * instead of their transaction would deadlock on the embedded database), and a retry replays the
 * stored reply without doing it again. Below, every POST and PATCH route of the live route table
 * runs with a key and without one.
 */
const fake = await startFakeStripe(); // so the Stripe webhook route has a provider to verify with
// Webhook fixtures name a loopback URL (never called: no relay here).
const t = await startTestApp({ ...fake.env(), STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true' });

let n = 0;
async function send(method: 'POST' | 'PATCH', url: string, payload: object, headers: Record<string, string> = {}) {
  const key = { 'idempotency-key': `cross-module-${n++}-${randomUUID()}` };
  const first = await t.app.inject({ method, url, payload, headers: { ...headers, ...key } });
  assert.ok(first.statusCode >= 200 && first.statusCode < 300, `${method} ${url} → ${first.statusCode} ${first.body.slice(0, 300)}`);
  const replay = await t.app.inject({ method, url, payload, headers: { ...headers, ...key } });
  assert.equal(replay.statusCode, first.statusCode, `${method} ${url} replay status`);
  assert.equal(replay.headers['idempotent-replayed'], 'true', `${method} ${url} is replayed`);
  assert.equal(replay.body, first.body, `${method} ${url} replays the same body`);
  return first.json<Record<string, unknown>>();
}

test('writes across modules are idempotent under a key, on this database', async () => {
  const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
  const product = (await send(
    'POST',
    '/admin/products',
    {
      title: 'Idempotent shirt',
      status: 'published',
      options: [{ name: 'Size', values: ['M'] }],
      variants: [{ sku: 'IDEM-1', options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 1000 }] }],
    },
    owner,
  )) as { id: string; variants: { id: string }[] };
  const variantId = product.variants[0]!.id;
  await send('PATCH', `/admin/products/${product.id}`, { title: 'Idempotent shirt 2' }, owner);
  await send('POST', '/admin/categories', { name: 'Shirts', handle: 'shirts' }, owner);
  await send('POST', '/admin/regions', { name: 'EU', currency: 'EUR', countries: ['DE'], taxRateBps: 1900 }, owner);
  await send('POST', '/admin/stock-locations', { name: 'Shop', priority: 2 }, owner);
  await send('POST', '/admin/inventory/adjustments', { variantId, locationId: 'loc_default', delta: 5, reason: 'adjustment' }, owner);
  await send('POST', '/admin/staff', { email: 'idem-viewer@example.com', role: 'viewer', password: 'a-long-password-1' }, owner);

  const levels = (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: owner })).json<{
    items?: { onHand: number }[];
    locations?: { onHand: number }[];
  }>();
  const onHand = (levels.items ?? levels.locations ?? []).reduce((sum, l) => sum + l.onHand, 0);
  assert.equal(onHand, 5, 'the replayed adjustment was applied once');

  const cart = (await send('POST', '/store/carts', { currency: 'EUR' })) as { id: string };
  const withItem = (await send('POST', `/store/carts/${cart.id}/items`, { variantId, quantity: 2 })) as { items: { quantity: number }[] };
  assert.equal(withItem.items[0]?.quantity, 2, 'the replayed add did not add twice');
  await send('PATCH', `/store/carts/${cart.id}`, { email: 'guest@example.com' });

  const customer = { authorization: `Bearer ${(await createCustomerToken(t)).token}` };
  await send(
    'POST',
    '/store/me/addresses',
    { firstName: 'A', lastName: 'B', address1: 'Street 1', city: 'Berlin', postalCode: '10115', countryCode: 'DE' },
    customer,
  );
  await send('PATCH', '/store/me', { firstName: 'Z' }, customer);
});

// ---- Every POST and PATCH route of the live route table, with a key and without one ----

interface Call {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
}

const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
let seq = 0;
const unique = (label: string) => `${label}-${++seq}-${randomUUID().slice(0, 8)}`;
const ok = (res: { statusCode: number; body: string }, what: string) => {
  assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`);
};
async function inject<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'GET',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await t.app.inject({ method, url, ...(payload ? { payload } : {}), headers });
  ok(res, `${method} ${url}`);
  return res.json<T>();
}

// Fixed things the fixtures share: a priced variant, a region serving DE, its shipping option, a code.
const shared = await createProduct(t, owner.authorization.slice(7));
const variantId = shared.variants[0]!.id;
const region = await inject<{ id: string }>(
  'POST',
  '/admin/regions',
  { name: 'Idem AT', currency: 'EUR', countries: ['AT'], taxRateBps: 1900 },
  owner,
);
const shipping = await inject<{ id: string }>(
  'POST',
  '/admin/shipping-options',
  { regionId: region.id, name: 'Idem flat', type: 'flat', amount: 490 },
  owner,
);
await inject('POST', '/admin/promotions', { code: 'IDEMTEN', type: 'percentage', value: 10 }, owner);
const spareCountries = ['FR', 'IT', 'ES', 'NL', 'BE', 'PL', 'SE', 'DK', 'FI', 'IE', 'PT', 'CZ'];
const address = { firstName: 'A', lastName: 'B', address1: 'Street 1', city: 'Berlin', postalCode: '10115', countryCode: 'DE' };

async function customerWithPassword() {
  const email = uniqueEmail('idem');
  const password = `pw-${randomUUID()}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  ok(res, 'register');
  return { email, password, token: res.json<{ token: string }>().token };
}
async function staffWithPassword() {
  const email = uniqueEmail('idem-staff');
  const password = `pw-${randomUUID()}`;
  await inject('POST', '/admin/staff', { email, password, role: 'viewer' }, owner);
  const res = await t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password }, remoteAddress: randomIp() });
  ok(res, 'staff login');
  return { email, password, token: res.json<{ token: string }>().token };
}
const newCart = () => inject<{ id: string }>('POST', '/store/carts', { regionId: region.id });
async function cartWithItem() {
  const cart = await newCart();
  const withItem = await inject<{ id: string; items: { id: string }[] }>('POST', `/store/carts/${cart.id}/items`, {
    variantId,
    quantity: 1,
  });
  return { id: cart.id, itemId: withItem.items[0]!.id };
}
const newProduct = () =>
  createProduct(t, owner.authorization.slice(7), {
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
  });

/**
 * A fresh request for each POST/PATCH route: every call prepares its own state, so the same route
 * runs once with a key (and its replay) and once without. A route missing here fails the test below.
 */
const fixtures: Record<string, () => Promise<Call>> = {
  // identity: /auth (no stored replies: they hold tokens)
  'POST /auth/customers/register': async () => ({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email: uniqueEmail('idem-reg'), password: `pw-${randomUUID()}` },
  }),
  'POST /auth/customers/login': async () => {
    const c = await customerWithPassword();
    return { method: 'POST', url: '/auth/customers/login', payload: { email: c.email, password: c.password } };
  },
  'POST /auth/staff/login': async () => {
    const s = await staffWithPassword();
    return { method: 'POST', url: '/auth/staff/login', payload: { email: s.email, password: s.password } };
  },
  'POST /auth/staff/session': async () => {
    const s = await staffWithPassword();
    return { method: 'POST', url: '/auth/staff/session', payload: { email: s.email, password: s.password } };
  },
  'POST /auth/logout': async () => {
    const c = await customerWithPassword();
    return { method: 'POST', url: '/auth/logout', payload: {}, headers: { authorization: `Bearer ${c.token}` } };
  },
  'POST /auth/customers/password-reset': async () => {
    const c = await customerWithPassword();
    return { method: 'POST', url: '/auth/customers/password-reset', payload: { email: c.email } };
  },
  'POST /auth/customers/password-reset/confirm': async () => {
    const c = await customerWithPassword();
    ok(
      await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: c.email }, remoteAddress: randomIp() }),
      'reset',
    );
    const mails = await inject<{ items: { to: string; text: string }[] }>('GET', '/admin/emails', undefined, owner);
    const text = mails.items.find((m) => m.to === c.email)!.text;
    return {
      method: 'POST',
      url: '/auth/customers/password-reset/confirm',
      payload: { token: /\?token=([A-Za-z0-9_-]+)/.exec(text)![1]!, password: `pw-${randomUUID()}` },
    };
  },
  // identity: the customer's account
  'PATCH /store/me': async () => {
    const c = await customerWithPassword();
    return { method: 'PATCH', url: '/store/me', payload: { firstName: 'Z' }, headers: { authorization: `Bearer ${c.token}` } };
  },
  'POST /store/me/password': async () => {
    const c = await customerWithPassword();
    return {
      method: 'POST',
      url: '/store/me/password',
      payload: { currentPassword: c.password, newPassword: `pw-${randomUUID()}` },
      headers: { authorization: `Bearer ${c.token}` },
    };
  },
  'POST /store/me/addresses': async () => {
    const c = await customerWithPassword();
    return { method: 'POST', url: '/store/me/addresses', payload: address, headers: { authorization: `Bearer ${c.token}` } };
  },
  'PATCH /store/me/addresses/:id': async () => {
    const c = await customerWithPassword();
    const headers = { authorization: `Bearer ${c.token}` };
    const a = await inject<{ id: string }>('POST', '/store/me/addresses', address, headers);
    return { method: 'PATCH', url: `/store/me/addresses/${a.id}`, payload: { city: 'Hamburg' }, headers };
  },
  // identity: admin
  'POST /admin/me/password': async () => {
    const s = await staffWithPassword();
    return {
      method: 'POST',
      url: '/admin/me/password',
      payload: { currentPassword: s.password, newPassword: `pw-${randomUUID()}` },
      headers: { authorization: `Bearer ${s.token}` },
    };
  },
  'POST /admin/staff': async () => ({
    method: 'POST',
    url: '/admin/staff',
    payload: { email: uniqueEmail('idem-new'), role: 'viewer', password: `pw-${randomUUID()}` },
    headers: owner,
  }),
  'PATCH /admin/staff/:id': async () => {
    const m = await inject<{ id: string }>(
      'POST',
      '/admin/staff',
      { email: uniqueEmail('idem-upd'), role: 'viewer', password: `pw-${randomUUID()}` },
      owner,
    );
    return { method: 'PATCH', url: `/admin/staff/${m.id}`, payload: { name: 'Renamed' }, headers: owner };
  },
  'POST /admin/api-keys': async () => ({
    method: 'POST',
    url: '/admin/api-keys',
    payload: { name: unique('key'), permissions: ['products:read'] },
    headers: owner,
  }),
  'PATCH /admin/api-keys/:id': async () => {
    const k = await inject<{ apiKey: { id: string } }>(
      'POST',
      '/admin/api-keys',
      { name: unique('key'), permissions: ['products:read'] },
      owner,
    );
    return { method: 'PATCH', url: `/admin/api-keys/${k.apiKey.id}`, payload: { name: unique('renamed') }, headers: owner };
  },
  // events
  'POST /admin/webhooks': async () => ({
    method: 'POST',
    url: '/admin/webhooks',
    payload: { url: 'http://127.0.0.1:9/hook', events: ['order.placed'] },
    headers: owner,
  }),
  'PATCH /admin/webhooks/:id': async () => {
    const w = await inject<{ id: string }>('POST', '/admin/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'] }, owner);
    return { method: 'PATCH', url: `/admin/webhooks/${w.id}`, payload: { description: unique('hook') }, headers: owner };
  },
  'POST /admin/webhooks/:id/rotate-secret': async () => {
    const w = await inject<{ id: string }>('POST', '/admin/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'] }, owner);
    return { method: 'POST', url: `/admin/webhooks/${w.id}/rotate-secret`, payload: { overlapSeconds: 60 }, headers: owner };
  },
  'POST /admin/webhooks/:id/redeliver': async () => {
    const w = await inject<{ id: string }>('POST', '/admin/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'] }, owner);
    return { method: 'POST', url: `/admin/webhooks/${w.id}/redeliver`, payload: { since: new Date(0).toISOString() }, headers: owner };
  },
  // catalog
  'POST /admin/products': async () => ({
    method: 'POST',
    url: '/admin/products',
    headers: owner,
    payload: {
      title: unique('Idem shirt'),
      status: 'published',
      options: [{ name: 'Size', values: ['M'] }],
      variants: [{ sku: unique('IDEM'), options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 1000 }] }],
    },
  }),
  'PATCH /admin/products/:id': async () => ({
    method: 'PATCH',
    url: `/admin/products/${(await newProduct()).id}`,
    payload: { title: unique('Renamed') },
    headers: owner,
  }),
  'POST /admin/products/:id/variants': async () => ({
    method: 'POST',
    url: `/admin/products/${(await newProduct()).id}/variants`,
    headers: owner,
    payload: { sku: unique('IDEM-L'), options: { Size: 'L' }, prices: [{ currency: 'EUR', amount: 1500 }] },
  }),
  'PATCH /admin/products/:id/variants/:variantId': async () => {
    const p = await newProduct();
    return {
      method: 'PATCH',
      url: `/admin/products/${p.id}/variants/${p.variants[0]!.id}`,
      payload: { prices: [{ currency: 'EUR', amount: 1234 }] },
      headers: owner,
    };
  },
  'POST /admin/products/import': async () => ({
    method: 'POST',
    url: '/admin/products/import',
    headers: { ...owner, 'content-type': 'text/csv' },
    payload: `handle,title,sku,prices\n${unique('imp')},Imported,${unique('IMP')},EUR:1000\n`,
  }),
  'POST /admin/categories': async () => ({
    method: 'POST',
    url: '/admin/categories',
    payload: { name: 'Idem', handle: unique('cat') },
    headers: owner,
  }),
  'PATCH /admin/categories/:id': async () => {
    const c = await inject<{ id: string }>('POST', '/admin/categories', { name: 'Idem', handle: unique('cat') }, owner);
    return { method: 'PATCH', url: `/admin/categories/${c.id}`, payload: { name: 'Renamed' }, headers: owner };
  },
  'POST /admin/collections': async () => ({
    method: 'POST',
    url: '/admin/collections',
    payload: { title: 'Idem', handle: unique('col') },
    headers: owner,
  }),
  'PATCH /admin/collections/:id': async () => {
    const c = await inject<{ id: string }>('POST', '/admin/collections', { title: 'Idem', handle: unique('col') }, owner);
    return { method: 'PATCH', url: `/admin/collections/${c.id}`, payload: { title: 'Renamed' }, headers: owner };
  },
  // inventory
  'POST /admin/stock-locations': async () => ({
    method: 'POST',
    url: '/admin/stock-locations',
    payload: { name: unique('Shop'), priority: 5 },
    headers: owner,
  }),
  'PATCH /admin/stock-locations/:id': async () => {
    const l = await inject<{ id: string }>('POST', '/admin/stock-locations', { name: unique('Shop'), priority: 5 }, owner);
    return { method: 'PATCH', url: `/admin/stock-locations/${l.id}`, payload: { name: unique('Renamed') }, headers: owner };
  },
  'POST /admin/inventory/adjustments': async () => ({
    method: 'POST',
    url: '/admin/inventory/adjustments',
    payload: { variantId, locationId: 'loc_default', delta: 5, reason: 'adjustment' },
    headers: owner,
  }),
  'PATCH /admin/inventory/levels/:variantId/:locationId': async () => {
    const p = await newProduct();
    const id = p.variants[0]!.id;
    await inject(
      'POST',
      '/admin/inventory/adjustments',
      { variantId: id, locationId: 'loc_default', delta: 5, reason: 'adjustment' },
      owner,
    );
    return { method: 'PATCH', url: `/admin/inventory/levels/${id}/loc_default`, payload: { lowStockThreshold: 3 }, headers: owner };
  },
  // pricing
  'POST /admin/regions': async () => ({
    method: 'POST',
    url: '/admin/regions',
    payload: { name: unique('Region'), currency: 'EUR', countries: [spareCountries.pop()!], taxRateBps: 2000 },
    headers: owner,
  }),
  'PATCH /admin/regions/:id': async () => {
    const r = await inject<{ id: string }>(
      'POST',
      '/admin/regions',
      { name: unique('Region'), currency: 'EUR', countries: [spareCountries.pop()!], taxRateBps: 2000 },
      owner,
    );
    return { method: 'PATCH', url: `/admin/regions/${r.id}`, payload: { taxRateBps: 2100 }, headers: owner };
  },
  'PATCH /admin/settings': async () => ({ method: 'PATCH', url: '/admin/settings', payload: { name: unique('Shop') }, headers: owner }),
  'POST /admin/shipping-options': async () => ({
    method: 'POST',
    url: '/admin/shipping-options',
    payload: { regionId: region.id, name: unique('Ship'), type: 'flat', amount: 590 },
    headers: owner,
  }),
  'PATCH /admin/shipping-options/:id': async () => {
    const o = await inject<{ id: string }>(
      'POST',
      '/admin/shipping-options',
      { regionId: region.id, name: unique('Ship'), type: 'flat', amount: 590 },
      owner,
    );
    return { method: 'PATCH', url: `/admin/shipping-options/${o.id}`, payload: { amount: 690 }, headers: owner };
  },
  'POST /admin/promotions': async () => ({
    method: 'POST',
    url: '/admin/promotions',
    payload: { code: unique('IDEM').toUpperCase(), type: 'percentage', value: 5 },
    headers: owner,
  }),
  'PATCH /admin/promotions/:id': async () => {
    const p = await inject<{ id: string }>(
      'POST',
      '/admin/promotions',
      { code: unique('IDEM').toUpperCase(), type: 'percentage', value: 5 },
      owner,
    );
    return { method: 'PATCH', url: `/admin/promotions/${p.id}`, payload: { value: 15 }, headers: owner };
  },
  // cart (anonymous guests: the cart id is the credential)
  'POST /store/carts': async () => ({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } }),
  'PATCH /store/carts/:id': async () => ({
    method: 'PATCH',
    url: `/store/carts/${(await newCart()).id}`,
    payload: { email: 'guest@example.com' },
  }),
  'POST /store/carts/:id/adopt': async () => {
    const c = await customerWithPassword();
    return {
      method: 'POST',
      url: `/store/carts/${(await newCart()).id}/adopt`,
      payload: {},
      headers: { authorization: `Bearer ${c.token}` },
    };
  },
  'POST /store/carts/:id/items': async () => ({
    method: 'POST',
    url: `/store/carts/${(await newCart()).id}/items`,
    payload: { variantId, quantity: 2 },
  }),
  'PATCH /store/carts/:id/items/:itemId': async () => {
    const c = await cartWithItem();
    return { method: 'PATCH', url: `/store/carts/${c.id}/items/${c.itemId}`, payload: { quantity: 3 } };
  },
  'POST /store/carts/:id/shipping-method': async () => {
    const c = await cartWithItem();
    await inject('PATCH', `/store/carts/${c.id}`, { shippingAddress: { address1: 'x', city: 'Wien', countryCode: 'AT' } });
    return { method: 'POST', url: `/store/carts/${c.id}/shipping-method`, payload: { shippingOptionId: shipping.id } };
  },
  'POST /store/carts/:id/promotions': async () => ({
    method: 'POST',
    url: `/store/carts/${(await cartWithItem()).id}/promotions`,
    payload: { code: 'IDEMTEN' },
  }),
  'POST /store/carts/:id/payment': async () => {
    const c = await cartWithItem();
    await inject('PATCH', `/store/carts/${c.id}`, {
      email: 'guest@example.com',
      shippingAddress: { address1: 'x', city: 'Wien', countryCode: 'AT' },
    });
    return { method: 'POST', url: `/store/carts/${c.id}/payment`, payload: { provider: 'test', data: { card: '4242424242424242' } } };
  },
  // payment webhooks: not an idempotent route (Stripe's event id dedupes); a signed event of a payment not ours
  'POST /webhooks/payments/:provider': async () => {
    const event = fake.event('payment_intent.created', { id: 'pi_elsewhere', object: 'payment_intent', status: 'requires_payment_method' });
    return {
      method: 'POST',
      url: '/webhooks/payments/stripe',
      payload: event.payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(event.payload) },
    };
  },
  // orders (phased routes: every phase commits on its own, the last one with the stored answer)
  'POST /store/carts/:id/complete': async () => ({ method: 'POST', url: `/store/carts/${await orderCart()}/complete`, payload: {} }),
  'POST /admin/orders/:id/capture': async () => ({
    method: 'POST',
    url: `/admin/orders/${(await placedOrder()).id}/capture`,
    payload: { amount: 100 },
    headers: owner,
  }),
  'POST /admin/orders/:id/refunds': async () => {
    const order = await placedOrder();
    await inject('POST', `/admin/orders/${order.id}/capture`, {}, owner);
    return { method: 'POST', url: `/admin/orders/${order.id}/refunds`, payload: { amount: 100, reason: 'goodwill' }, headers: owner };
  },
  'POST /admin/orders/:id/cancel': async () => ({
    method: 'POST',
    url: `/admin/orders/${(await placedOrder()).id}/cancel`,
    payload: {},
    headers: owner,
  }),
  'POST /admin/orders/:id/returns': async () => {
    const order = await placedOrder();
    await inject('POST', `/admin/orders/${order.id}/fulfillments`, { items: [{ lineItemId: order.lineId, quantity: 1 }] }, owner);
    return {
      method: 'POST',
      url: `/admin/orders/${order.id}/returns`,
      payload: { items: [{ lineItemId: order.lineId, quantity: 1 }], restock: false },
      headers: owner,
    };
  },
  'POST /admin/orders/:id/fulfillments': async () => {
    const order = await placedOrder();
    return {
      method: 'POST',
      url: `/admin/orders/${order.id}/fulfillments`,
      payload: { items: [{ lineItemId: order.lineId, quantity: 1 }], trackingNumber: 'IDEM-1' },
      headers: owner,
    };
  },
  'POST /admin/orders/:id/notes': async () => ({
    method: 'POST',
    url: `/admin/orders/${(await placedOrder()).id}/notes`,
    payload: { note: 'idempotent' },
    headers: owner,
  }),
  // GraphQL: a query ignores the key, as here; a mutation operation claims it and stores its answer
  // like a REST write (src/modules/cart/cart.graphql.test.ts walks that).
  'POST /store/graphql': async () => ({ method: 'POST', url: '/store/graphql', payload: { query: '{ categories { id } }' } }),
  'POST /admin/graphql': async () => ({
    method: 'POST',
    url: '/admin/graphql',
    payload: { query: '{ products(first: 1) { nodes { id } } }' },
    headers: owner,
  }),
  // agents: the owner's registry, and ACP (whose POSTs require a key: without one they answer 400)
  'POST /admin/agents': async () => ({
    method: 'POST',
    url: '/admin/agents',
    payload: { name: unique('Agent'), protocols: ['acp'] },
    headers: owner,
  }),
  // queues a feed rebuild: repeating it queues another rebuild of the same feed, so it stores no replies
  'POST /admin/agents/feed/regenerate': async () => ({
    method: 'POST',
    url: '/admin/agents/feed/regenerate',
    payload: {},
    headers: owner,
  }),
  'PATCH /admin/agents/:id': async () => ({
    method: 'PATCH',
    url: `/admin/agents/${(await acpAgent()).id}`,
    payload: { rateLimitPerMinute: 1000 },
    headers: owner,
  }),
  // MCP: JSON-RPC over one POST route, not an idempotent route (a tool call carries no key; completion is exactly-once by the session)
  'POST /mcp': async () => ({
    method: 'POST',
    url: '/mcp',
    payload: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
    headers: { authorization: `Bearer ${(await acpAgent()).key}`, accept: 'application/json, text/event-stream' },
  }),
  'POST /acp/checkout_sessions': async () => ({
    method: 'POST',
    url: '/acp/checkout_sessions',
    payload: await acpSessionBody(),
    headers: await acpHeaders(),
  }),
  'POST /acp/checkout_sessions/:id': async () => ({
    method: 'POST',
    url: `/acp/checkout_sessions/${await acpSession()}`,
    payload: { buyer: { email: 'agent-buyer@example.com' } },
    headers: await acpHeaders(),
  }),
  'POST /acp/checkout_sessions/:id/cancel': async () => ({
    method: 'POST',
    url: `/acp/checkout_sessions/${await acpSession()}/cancel`,
    payload: {},
    headers: await acpHeaders(),
  }),
  'POST /acp/checkout_sessions/:id/complete': async () => {
    const id = await acpSession();
    const headers = await acpHeaders();
    await inject(
      'POST',
      `/acp/checkout_sessions/${id}`,
      { selected_fulfillment_options: [{ type: 'shipping', option_id: acpShipping, item_ids: [] }] },
      {
        ...headers,
        'idempotency-key': randomUUID(),
      },
    );
    return {
      method: 'POST',
      url: `/acp/checkout_sessions/${id}/complete`,
      payload: {
        payment_data: {
          handler_id: 'stockroom_test_card',
          instrument: { type: 'card', credential: { type: 'test_card', token: '4242424242424242' } },
        },
      },
      headers,
    };
  },
  // UCP: keys are optional (the protocol says SHOULD); the update is a PUT, stored like the POSTs.
  'POST /ucp/checkout-sessions': async () => ({
    method: 'POST',
    url: '/ucp/checkout-sessions',
    payload: await ucpSessionBody(),
    headers: await ucpHeaders(),
  }),
  'PUT /ucp/checkout-sessions/:id': async () => ({
    method: 'PUT',
    url: `/ucp/checkout-sessions/${await ucpSession()}`,
    payload: { ...(await ucpSessionBody()), buyer: { email: 'ucp-buyer@example.com', first_name: 'Ada' } },
    headers: await ucpHeaders(),
  }),
  'POST /ucp/checkout-sessions/:id/cancel': async () => ({
    method: 'POST',
    url: `/ucp/checkout-sessions/${await ucpSession()}/cancel`,
    headers: await ucpHeaders(),
  }),
  // UCP's catalog reads are POSTs that store nothing (a key is ignored).
  'POST /ucp/catalog/search': async () => ({
    method: 'POST',
    url: '/ucp/catalog/search',
    payload: { query: 'shirt' },
    headers: await ucpHeaders(),
  }),
  'POST /ucp/catalog/lookup': async () => ({
    method: 'POST',
    url: '/ucp/catalog/lookup',
    payload: { ids: [shared.variants[0]!.id] },
    headers: await ucpHeaders(),
  }),
  'POST /ucp/catalog/product': async () => ({
    method: 'POST',
    url: '/ucp/catalog/product',
    payload: { id: shared.id },
    headers: await ucpHeaders(),
  }),
  'POST /ucp/checkout-sessions/:id/complete': async () => {
    const id = await ucpSession();
    const headers = await ucpHeaders();
    await inject(
      'PUT',
      `/ucp/checkout-sessions/${id}`,
      {
        ...(await ucpSessionBody()),
        fulfillment: { methods: [{ type: 'shipping', groups: [{ id: 'group_1', selected_option_id: acpShipping }] }] },
      },
      headers,
    );
    return {
      method: 'POST',
      url: `/ucp/checkout-sessions/${id}/complete`,
      payload: {
        payment: {
          instruments: [
            { id: 'i1', handler_id: 'stockroom_test_card', type: 'card', credential: { type: 'test_card', token: '4242424242424242' } },
          ],
        },
      },
      headers,
    };
  },
};

// UCP: the walk agent may also speak UCP; sessions of the test shop's variant with an address.
async function ucpHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${(await acpAgent()).key}`, 'ucp-agent': 'profile="https://platform.example/.well-known/ucp"' };
}
async function ucpSessionBody(): Promise<{ line_items: object[]; buyer: object; fulfillment: object }> {
  shop ??= await setupShop(t, owner.authorization.slice(7));
  acpShipping = shop.shippingOptionId;
  return {
    line_items: [{ item: { id: shop.variants[0] }, quantity: 1 }],
    buyer: { email: 'ucp-buyer@example.com' },
    fulfillment: {
      methods: [
        {
          type: 'shipping',
          destinations: [{ street_address: 'Hauptstr. 1', address_locality: 'Köln', postal_code: '50667', address_country: 'DE' }],
        },
      ],
    },
  };
}
async function ucpSession(): Promise<string> {
  return (await inject<{ id: string }>('POST', '/ucp/checkout-sessions', await ucpSessionBody(), await ucpHeaders())).id;
}

// ACP: one agent for the walk, and sessions of the test shop's variant with an address.
let agentKey: { id: string; key: string } | undefined;
let acpShipping = '';
async function acpAgent(): Promise<{ id: string; key: string }> {
  if (agentKey) return agentKey;
  const created = await inject<{ agent: { id: string }; bearerKey: string }>(
    'POST',
    '/admin/agents',
    { name: 'Walk agent', protocols: ['acp', 'mcp', 'ucp'], rateLimitPerMinute: 10000 },
    owner,
  );
  agentKey = { id: created.agent.id, key: created.bearerKey };
  return agentKey;
}
async function acpHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${(await acpAgent()).key}`, 'api-version': '2026-04-17' };
}
async function acpSessionBody(): Promise<object> {
  shop ??= await setupShop(t, owner.authorization.slice(7));
  acpShipping = shop.shippingOptionId;
  return {
    currency: 'eur',
    line_items: [{ id: shop.variants[0] }],
    capabilities: {},
    buyer: { email: 'agent-buyer@example.com' },
    fulfillment_details: {
      address: { name: 'Ada L', line_one: 'Hauptstr. 1', city: 'Köln', state: '', country: 'DE', postal_code: '50667' },
    },
  };
}
async function acpSession(): Promise<string> {
  const created = await inject<{ id: string }>('POST', '/acp/checkout_sessions', await acpSessionBody(), {
    ...(await acpHeaders()),
    'idempotency-key': randomUUID(),
  });
  return created.id;
}
/** Routes whose protocol requires an Idempotency-Key: without one they answer 400 and store nothing. */
const keyRequired = (route: string) => route.startsWith('POST /acp/');

// A guest cart ready to complete (test card), and an order placed from one.
let shop: Shop | undefined;
async function orderCart(): Promise<string> {
  shop ??= await setupShop(t, owner.authorization.slice(7));
  return readyCart(t.app, shop, { lines: [{ variantId: shop.variants[0], quantity: 1 }] });
}
async function placedOrder(): Promise<{ id: string; lineId: string }> {
  const placed = await complete(t.app, await orderCart(), { ip: randomIp() });
  assert.equal(placed.status, 201, JSON.stringify(placed.body));
  return { id: placed.body.order.id, lineId: placed.body.order.items[0]!.id };
}

// The storefront's HTML form posts (CSRF-checked, answered with 303) are outside the API's idempotency
// contract; the API routes they call are covered here.
const isStorefrontForm = (url: string) => /^\/(cart|checkout|account|region)(\/|$)/.test(url);
const writeRoutes = registeredRoutes(t.app)
  .filter(
    (r) => (r.method === 'POST' || r.method === 'PATCH' || (r.method === 'PUT' && r.url.startsWith('/ucp/'))) && !isStorefrontForm(r.url),
  )
  .map((r) => `${r.method} ${r.url}`);
const storing = new Set(idempotentRoutes(t.app).map((r) => `${r.method} ${r.url}`));
const storedKeys = async () => (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM idempotency_keys`))[0]!.n;
const sendCall = (call: Call, key?: string) =>
  t.app.inject({
    method: call.method,
    url: call.url,
    payload: call.payload,
    remoteAddress: randomIp(),
    headers: { ...call.headers, ...(key ? { 'idempotency-key': key } : {}) },
  });

test('every POST and PATCH route (and UCP’s PUT) of the live route table has a fixture here (a new route cannot escape)', () => {
  assert.ok(writeRoutes.length >= 40, `found ${writeRoutes.length} write routes`);
  assert.deepEqual([...writeRoutes].sort(), Object.keys(fixtures).sort());
  for (const route of storing) assert.ok(writeRoutes.includes(route), route);
});

for (const route of Object.keys(fixtures)) {
  test(`${route}: with a key and without one`, async () => {
    const fixture = fixtures[route]!;
    const key = `walk-${randomUUID()}`;
    const keyed = await fixture();
    const before = await storedKeys();
    const first = await sendCall(keyed, key);
    ok(first, `${route} with a key`);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const again = await sendCall(keyed, key);
    if (storing.has(route)) {
      assert.equal(await storedKeys(), before + 1, 'one stored answer');
      assert.equal(again.headers['idempotent-replayed'], 'true', 'the retry is a replay');
      assert.equal(again.statusCode, first.statusCode);
      assert.equal(again.body, first.body);
      for (const name of ['location', 'etag']) assert.equal(again.headers[name], first.headers[name], name);
    } else {
      assert.equal(await storedKeys(), before, 'a route that stores no replies ignores the key');
      assert.equal(again.headers['idempotent-replayed'], undefined);
    }
    const plain = await fixture();
    const beforePlain = await storedKeys(); // preparing an ACP session stores that request's own key
    const unkeyed = await sendCall(plain);
    if (keyRequired(route)) assert.equal(unkeyed.statusCode, 400, `${route} without a key`);
    else ok(unkeyed, `${route} without a key`);
    assert.equal(unkeyed.headers['idempotent-replayed'], undefined);
    assert.equal(await storedKeys(), beforePlain, 'nothing is stored without a key');
  });
}
