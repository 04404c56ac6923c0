import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { jsonCaller } from '../../../test/support/http.ts';
import { queryRows } from '../../platform/db/index.ts';
import { configurePaymentProviders, derivePaymentStatus, paymentProviders, TEST_CARDS } from './index.ts';

const t = await startTestApp();
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
type Body = Record<string, unknown> & {
  id: string;
  code: string;
  items: { id: string }[];
  total: number;
  amount: { amount: number; currency: string };
  clientSecret: string | null;
};
const call = jsonCaller<Body>(t.app);
const product = await createProduct(t, admin);
const variantId = product.variants[0]!.id;

const eur = (amount: number) => ({ currency: 'EUR', amount });
const charges = async (key: string) =>
  queryRows<{ status: string; amount: string }>(
    db,
    sql`
  SELECT status, amount::text FROM test_provider_charges WHERE idempotency_key = ${key}`,
  );

test('test cards: success, declines with their codes; a repeated authorize returns the first result and charges once', async () => {
  const test = paymentProviders(db).get('test');
  const ok = await test.authorize({
    idempotencyKey: 'k-ok',
    amount: eur(1000),
    providerData: { card: TEST_CARDS.success },
    capture: false,
  });
  assert.equal(ok.status, 'authorized');
  const again = await test.authorize({
    idempotencyKey: 'k-ok',
    amount: eur(1000),
    providerData: { card: TEST_CARDS.success },
    capture: false,
  });
  assert.deepEqual(again, ok);
  assert.equal((await charges('k-ok')).length, 1);
  for (const [card, code] of [
    [TEST_CARDS.declined, 'card_declined'],
    [TEST_CARDS.insufficientFunds, 'insufficient_funds'],
    [TEST_CARDS.processingError, 'processing_error'],
  ] as const) {
    const result = await test.authorize({ idempotencyKey: `k-${card}`, amount: eur(1000), providerData: { card }, capture: false });
    assert.deepEqual([result.status, result.status === 'declined' ? result.declineCode : ''], ['declined', code]);
  }
  const captured = await test.authorize({
    idempotencyKey: 'k-auto',
    amount: eur(500),
    providerData: { card: TEST_CARDS.success },
    capture: true,
  });
  assert.equal(captured.status, 'captured');
});

test('captures and refunds never exceed what the charge holds; each key moves money once', async () => {
  const test = paymentProviders(db).get('test');
  const auth = await test.authorize({
    idempotencyKey: 'k-cap',
    amount: eur(1000),
    providerData: { card: TEST_CARDS.success },
    capture: false,
  });
  assert.equal(auth.status, 'authorized');
  const reference = auth.status === 'authorized' ? auth.reference : '';
  await test.capture({ idempotencyKey: 'cap-1', reference, amount: eur(600) });
  await test.capture({ idempotencyKey: 'cap-1', reference, amount: eur(600) }); // a retry: no second capture
  await assert.rejects(test.capture({ idempotencyKey: 'cap-2', reference, amount: eur(500) }), /refused to capture/);
  await test.refund({ idempotencyKey: 'ref-1', reference, amount: eur(600) });
  await assert.rejects(test.refund({ idempotencyKey: 'ref-2', reference, amount: eur(1) }), /refused to refund/);
  const [row] = await queryRows<{ captured_amount: string; refunded_amount: string }>(
    db,
    sql`
    SELECT captured_amount::text, refunded_amount::text FROM test_provider_charges WHERE id = ${reference}`,
  );
  assert.deepEqual(row, { captured_amount: '600', refunded_amount: '600' });
});

test('a void before the authorization arrives wins: the late authorize answers declined (canceled)', async () => {
  const test = paymentProviders(db).get('test');
  await test.void({ authorizationKey: 'k-late' });
  const late = await test.authorize({
    idempotencyKey: 'k-late',
    amount: eur(100),
    providerData: { card: TEST_CARDS.success },
    capture: false,
  });
  assert.deepEqual([late.status, late.status === 'declined' ? late.declineCode : ''], ['declined', 'canceled']);
  const auth = await test.authorize({
    idempotencyKey: 'k-void',
    amount: eur(100),
    providerData: { card: TEST_CARDS.success },
    capture: false,
  });
  assert.equal(auth.status, 'authorized');
  await test.void({ authorizationKey: 'k-void' });
  await test.void({ authorizationKey: 'k-void' }); // idempotent
  assert.deepEqual(
    (await charges('k-void')).map((c) => c.status),
    ['voided'],
  );
});

test('the stalling card outlasts the provider timeout: 503 to the caller, and the late result is kept for the same key', async () => {
  const registry = configurePaymentProviders(db, { timeoutMs: 200, test: { stallMs: 600 } });
  try {
    const { callProvider } = await import('./index.ts');
    const provider = registry.get('test');
    const input = { idempotencyKey: 'k-stall', amount: eur(100), providerData: { card: TEST_CARDS.stall }, capture: false };
    await assert.rejects(
      callProvider(registry, provider, () => provider.authorize(input)),
      (e: Error & { status?: number }) => e.status === 503,
    );
    await assert.rejects(
      callProvider(registry, provider, () => provider.authorize(input)),
      (e: Error & { status?: number }) => e.status === 503,
    ); // still processing
    await new Promise((resolve) => setTimeout(resolve, 800));
    const late = await callProvider(registry, provider, () => provider.authorize(input));
    assert.equal(late.status, 'authorized');
    assert.equal((await charges('k-stall')).length, 1);
  } finally {
    configurePaymentProviders(db, {});
  }
});

test('paymentStatus is derived from the ledger sums', () => {
  assert.equal(derivePaymentStatus({ authorized: 0, captured: 0, refunded: 0, voided: 0 }), 'not_paid');
  assert.equal(derivePaymentStatus({ authorized: 10, captured: 0, refunded: 0, voided: 0 }), 'authorized');
  assert.equal(derivePaymentStatus({ authorized: 10, captured: 0, refunded: 0, voided: 10 }), 'voided');
  assert.equal(derivePaymentStatus({ authorized: 10, captured: 10, refunded: 0, voided: 0 }), 'captured');
  assert.equal(derivePaymentStatus({ authorized: 10, captured: 10, refunded: 4, voided: 0 }), 'partially_refunded');
  assert.equal(derivePaymentStatus({ authorized: 10, captured: 10, refunded: 10, voided: 0 }), 'refunded');
});

test('POST /store/carts/:id/payment creates a session for the current total; providers are listed; bad input changes nothing', async () => {
  const cart = (await call('POST', '/store/carts', { currency: 'EUR' })).body;
  const empty = await call('POST', `/store/carts/${cart.id}/payment`, { provider: 'test', data: { card: TEST_CARDS.success } });
  assert.deepEqual([empty.status, empty.body.code], [409, 'cart_changed']);
  await call('POST', `/store/carts/${cart.id}/items`, { variantId, quantity: 2 });
  const providers = await call('GET', `/store/carts/${cart.id}/payment-providers`);
  assert.deepEqual(providers.body, {
    items: [
      { id: 'manual', autoCapture: false },
      { id: 'test', autoCapture: false },
    ],
    nextCursor: null,
  });
  const session = await call('POST', `/store/carts/${cart.id}/payment`, { provider: 'test', data: { card: TEST_CARDS.success } });
  assert.equal(session.status, 201);
  assert.deepEqual(session.body.amount, { currency: 'EUR', amount: 3998 });
  assert.match(String(session.body.clientSecret), /^test_secret_/);
  assert.ok(!JSON.stringify(session.body).includes(TEST_CARDS.success), 'the card number is never echoed');
  for (const body of [
    { provider: 'stripe' },
    { provider: 'test' },
    { provider: 'test', data: { card: 'abc' } },
    { provider: 'test', amount: 1 },
  ]) {
    const res = await call('POST', `/store/carts/${cart.id}/payment`, body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
  }
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM payment_sessions WHERE cart_id = ${cart.id}`)) as [
    { n: number },
  ];
  assert.equal(n, 1);
  const other = await createCustomerToken(t);
  const mine = (await call('POST', '/store/carts', { currency: 'EUR' }, other.token)).body;
  assert.equal((await call('POST', `/store/carts/${mine.id}/payment`, { provider: 'manual' })).status, 404);
  assert.equal((await call('GET', `/store/carts/${mine.id}/payment-providers`)).status, 404);
});
