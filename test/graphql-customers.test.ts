import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken, randomIp, uniqueEmail } from './support/auth.ts';
import { ADDRESS, complete, readyCart, send, setupShop } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';

const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);

const CUSTOMER = 'id email firstName lastName phone version createdAt updatedAt';
const ADDRESS_FIELDS = 'id firstName lastName company address1 address2 city postalCode province countryCode phone createdAt updatedAt';
/** How an anonymous caller's Idempotency-Key is stored. */
const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Payload {
  userErrors: { code: string; field: string[] | null }[];
  [key: string]: unknown;
}

void test('register, log in and me over GraphQL are the REST account; wrong credentials are invalid_credentials', async () => {
  const email = uniqueEmail('gql');
  const password = `pw-${randomUUID()}`;
  const registered = await gqlData<{ customerRegister: Payload & { customer: { id: string }; token: string } }>(
    t,
    'store',
    `mutation($email: String!, $password: String!) { customerRegister(email: $email, password: $password, firstName: "Ada") {
      customer { ${CUSTOMER} } token userErrors { code field } } }`,
    { variables: { email, password }, remoteAddress: randomIp() },
  );
  const { customer, token, userErrors } = registered.customerRegister;
  assert.deepEqual(userErrors, []);
  const restMe = await send(t.app, 'GET', '/store/me', undefined, bearer(token));
  assert.equal(restMe.status, 200);
  assert.deepEqual(customer, restMe.body);
  const me = await gqlData<{ me: unknown }>(t, 'store', `{ me { ${CUSTOMER} } }`, { token });
  assert.deepEqual(me.me, restMe.body);

  const taken = await gqlData<{ customerRegister: Payload }>(
    t,
    'store',
    `mutation($email: String!) { customerRegister(email: $email, password: "another-long-password-1") { token userErrors { code field } } }`,
    { variables: { email }, remoteAddress: randomIp() },
  );
  assert.deepEqual(
    taken.customerRegister.userErrors.map((e) => e.code),
    ['email_taken'],
  );

  const ip = randomIp();
  const login = await gqlData<{ customerLogin: Payload & { token: string; customer: unknown } }>(
    t,
    'store',
    `mutation($email: String!, $password: String!) { customerLogin(email: $email, password: $password) { customer { ${CUSTOMER} } token userErrors { code } } }`,
    { variables: { email, password }, remoteAddress: ip },
  );
  assert.deepEqual(login.customerLogin.customer, restMe.body);
  assert.equal((await send(t.app, 'GET', '/store/me', undefined, bearer(login.customerLogin.token))).status, 200);

  const wrong = await gql<{ customerLogin: unknown }>(
    t,
    'store',
    `mutation($email: String!) { customerLogin(email: $email, password: "not-the-password") { token } }`,
    { variables: { email }, remoteAddress: ip },
  );
  assert.equal(wrong.data?.customerLogin, null);
  assert.equal(wrong.errors?.[0]?.extensions.code, 'invalid_credentials');
  const anonymous = await gql(t, 'store', `{ me { id } }`);
  assert.equal(anonymous.errors?.[0]?.extensions.code, 'unauthenticated');
});

void test('each of 20 aliased logins counts against the login rate limit; the limit then holds for REST too', async () => {
  const customer = await createCustomerToken(t);
  const ip = randomIp();
  const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: customerLogin(email: $email, password: "wrong-${i}") { token }`).join('\n');
  const res = await gql(t, 'store', `mutation($email: String!) { ${aliases} }`, {
    variables: { email: customer.email },
    remoteAddress: ip,
  });
  assert.equal(res.status, 200, res.raw);
  const codes = (res.errors ?? []).map((e) => e.extensions.code);
  assert.equal(codes.length, 20, res.raw);
  // 5 attempts per account and address a minute: five wrong passwords, then fifteen refusals.
  assert.deepEqual(codes.slice(0, 5), Array(5).fill('invalid_credentials'));
  assert.deepEqual(codes.slice(5), Array(15).fill('rate_limited'));
  assert.ok(Number(res.headers['retry-after']) >= 1, 'rate_limited errors come with Retry-After, as REST 429s do');
  const rest = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: customer.email, password: 'whatever-it-is' },
    remoteAddress: ip,
  });
  assert.equal(rest.statusCode, 429);
  // 21 aliases of one field are refused before anything runs.
  const tooMany = `${aliases}\na20: customerLogin(email: $email, password: "x") { token }`;
  const refused = await gql(t, 'store', `mutation($email: String!) { ${tooMany} }`, {
    variables: { email: customer.email },
    remoteAddress: randomIp(),
  });
  assert.equal(refused.status, 400, refused.raw);
});

void test('the address book over GraphQL is the REST one: create, list, read, update, delete', async () => {
  const customer = await createCustomerToken(t);
  const { token } = customer;
  const input = `{ firstName: "Ada", address1: "${ADDRESS.address1}", city: "${ADDRESS.city}", countryCode: "de", postalCode: "10115" }`;
  const created = await gqlData<{ customerAddressCreate: Payload & { address: { id: string } } }>(
    t,
    'store',
    `mutation { customerAddressCreate(input: ${input}) { address { ${ADDRESS_FIELDS} } userErrors { code field } } }`,
    { token },
  );
  assert.deepEqual(created.customerAddressCreate.userErrors, []);
  const id = created.customerAddressCreate.address.id;
  const rest = await send(t.app, 'GET', `/store/me/addresses/${id}`, undefined, bearer(token));
  assert.deepEqual(created.customerAddressCreate.address, rest.body);
  const read = await gqlData<{ address: unknown; addresses: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
    t,
    'store',
    `{ address(id: "${id}") { ${ADDRESS_FIELDS} } addresses(first: 10) { nodes { ${ADDRESS_FIELDS} } pageInfo { hasNextPage } } }`,
    { token },
  );
  assert.deepEqual(read.address, rest.body);
  const restList = await send(t.app, 'GET', '/store/me/addresses', undefined, bearer(token));
  assert.deepEqual(read.addresses.nodes, restList.body.items);
  const updated = await gqlData<{ customerAddressUpdate: Payload & { address: { city: string } } }>(
    t,
    'store',
    `mutation { customerAddressUpdate(id: "${id}", input: { city: "Hamburg" }) { address { ${ADDRESS_FIELDS} } userErrors { code field } } }`,
    { token },
  );
  assert.equal(updated.customerAddressUpdate.address.city, 'Hamburg');
  assert.deepEqual(
    updated.customerAddressUpdate.address,
    (await send(t.app, 'GET', `/store/me/addresses/${id}`, undefined, bearer(token))).body,
  );
  const invalid = await gqlData<{ customerAddressCreate: Payload }>(
    t,
    'store',
    `mutation { customerAddressCreate(input: { address1: "x", city: "y", countryCode: "Deutschland" }) { userErrors { code field } } }`,
    { token },
  );
  assert.deepEqual(invalid.customerAddressCreate.userErrors, [{ code: 'validation_failed', field: ['input', 'countryCode'] }]);
  const deleted = await gqlData<{ customerAddressDelete: Payload & { deletedId: string } }>(
    t,
    'store',
    `mutation { customerAddressDelete(id: "${id}") { deletedId userErrors { code } } }`,
    { token },
  );
  assert.equal(deleted.customerAddressDelete.deletedId, id);
  assert.equal((await send(t.app, 'GET', `/store/me/addresses/${id}`, undefined, bearer(token))).status, 404);
});

void test("customer B never sees or changes A's cart, order or address through any GraphQL field taking an id", async () => {
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const cartId = await readyCart(t.app, shop, { token: a.token, lines: [{ variantId: shop.variants[0], quantity: 1 }] });
  const openCart = (await send(t.app, 'POST', '/store/carts', { regionId: shop.regionId }, bearer(a.token))).body.id;
  const placed = await complete(t.app, cartId, { token: a.token });
  assert.equal(placed.status, 201);
  const orderId = (placed.body.order as { id: string }).id;
  const address = await send(
    t.app,
    'POST',
    '/store/me/addresses',
    { address1: 'Secret 1', city: 'Berlin', countryCode: 'DE' },
    bearer(a.token),
  );
  const addressId = address.body.id;

  const reads = await gqlData<{
    cart: unknown;
    open: unknown;
    order: unknown;
    address: unknown;
    addresses: { nodes: unknown[] };
    orders: { nodes: unknown[] };
  }>(
    t,
    'store',
    `{ cart(id: "${cartId}") { id } open: cart(id: "${openCart}") { id } order(id: "${orderId}") { id } address(id: "${addressId}") { id }
       addresses(first: 10) { nodes { id } } orders(first: 10) { nodes { id } } }`,
    { token: b.token },
  );
  assert.deepEqual(reads, { cart: null, open: null, order: null, address: null, addresses: { nodes: [] }, orders: { nodes: [] } });
  const guest = await gqlData<{ cart: unknown; order: unknown }>(
    t,
    'store',
    `{ cart(id: "${openCart}") { id } order(id: "${orderId}") { id } }`,
  );
  assert.deepEqual(guest, { cart: null, order: null });

  const before = await queryRows<{ n: string }>(
    db,
    sql`SELECT (SELECT count(*) FROM cart_items WHERE cart_id = ${openCart})::text || '/' || (SELECT city FROM customer_addresses WHERE id = ${addressId}) AS n`,
  );
  const writes: [string, string][] = [
    [
      'cartLinesAdd',
      `cartLinesAdd(cartId: "${openCart}", variantId: "${shop.variants[0]}", quantity: 1) { cart { id } userErrors { code } }`,
    ],
    ['cartUpdate', `cartUpdate(cartId: "${openCart}", input: { email: "b@example.test" }) { cart { id } userErrors { code } }`],
    [
      'customerAddressUpdate',
      `customerAddressUpdate(id: "${addressId}", input: { city: "Elsewhere" }) { address { id } userErrors { code } }`,
    ],
    ['customerAddressDelete', `customerAddressDelete(id: "${addressId}") { deletedId userErrors { code } }`],
    ['cartComplete', `cartComplete(cartId: "${openCart}") { order { id } userErrors { code } }`],
    [
      'cartPaymentSessionCreate',
      `cartPaymentSessionCreate(cartId: "${openCart}", provider: "test") { paymentSession { id } userErrors { code } }`,
    ],
  ];
  for (const [field, selection] of writes) {
    const res = await gqlData<Record<string, Payload>>(t, 'store', `mutation { ${selection} }`, { token: b.token });
    assert.deepEqual(
      res[field]?.userErrors.map((e) => e.code),
      ['not_found'],
      field,
    );
  }
  const after = await queryRows<{ n: string }>(
    db,
    sql`SELECT (SELECT count(*) FROM cart_items WHERE cart_id = ${openCart})::text || '/' || (SELECT city FROM customer_addresses WHERE id = ${addressId}) AS n`,
  );
  assert.deepEqual(after, before);
});

void test('customerLogin and customerRegister with an Idempotency-Key store no reply, as REST auth routes never do', async () => {
  const email = uniqueEmail('gql-key');
  const password = `pw-${randomUUID()}`;
  const register = `mutation($email: String!, $password: String!) { customerRegister(email: $email, password: $password) { token userErrors { code } } }`;
  const login = `mutation($email: String!, $password: String!) { customerLogin(email: $email, password: $password) { token userErrors { code } } }`;
  const registerKey = randomUUID();
  const registered = await gql<{ customerRegister: { token: string } }>(t, 'store', register, {
    variables: { email, password },
    headers: { 'idempotency-key': registerKey },
    remoteAddress: randomIp(),
  });
  assert.ok(registered.data?.customerRegister.token, registered.raw);
  const loginKey = randomUUID();
  const call = () =>
    gql<{ customerLogin: { token: string } }>(t, 'store', login, {
      variables: { email, password },
      headers: { 'idempotency-key': loginKey },
      remoteAddress: randomIp(),
    });
  const first = await call();
  const second = await call();
  const tokens = [first.data?.customerLogin.token, second.data?.customerLogin.token];
  assert.ok(tokens[0] && tokens[1], `${first.raw} ${second.raw}`);
  // Each call signed in afresh (REST's /auth routes ignore the key): no replay, two sessions.
  assert.equal(second.headers['idempotent-replayed'], undefined);
  assert.notEqual(tokens[0], tokens[1]);
  const keys = await queryRows<{ key: string }>(
    db,
    sql`SELECT key FROM idempotency_keys WHERE response_body::text LIKE ${`%${tokens[0]}%`} OR response_body::text LIKE ${`%${registered.data?.customerRegister.token}%`}`,
  );
  assert.deepEqual(keys, [], 'no session token is stored under an Idempotency-Key');
  const claimed = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE key IN (${sha256(loginKey)}, ${sha256(registerKey)})`,
  );
  assert.equal(claimed[0]?.n, 0);
});
