import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestApp } from './support/app.ts';

/**
 * CHECKS.md A1/R4 for guests: a stored reply can carry a guest cart's id (its only credential) and
 * the guest's email and address, so an Idempotency-Key replay must only ever reach the caller who
 * made the first request — never another anonymous caller sending the same key and body.
 */
const t = await startTestApp();

type CartBody = { id: string; email: string | null };
const send = (method: 'POST' | 'PATCH', url: string, payload: object, key: string) =>
  t.app.inject({ method, url, payload, headers: { 'idempotency-key': key } });

test("two guests sending the same guessable key to create a cart: neither gets the other's cart", async () => {
  const a = await send('POST', '/store/carts', { currency: 'EUR', email: 'guest-a@example.com' }, 'checkout-1');
  const b = await send('POST', '/store/carts', { currency: 'EUR', email: 'guest-a@example.com' }, 'checkout-1');
  for (const res of [a, b]) {
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.headers['idempotent-replayed'], undefined);
    assert.equal(res.json<{ code: string }>().code, 'validation_failed');
    assert.deepEqual(
      res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path),
      ['/headers/idempotency-key'],
    );
    assert.doesNotMatch(res.body, /cart_/);
  }
});

test('guests with their own secret keys get their own carts; the holder of a key gets its replay', async () => {
  const keyA = randomUUID();
  const keyB = randomUUID();
  const a = await send('POST', '/store/carts', { currency: 'EUR' }, keyA);
  const b = await send('POST', '/store/carts', { currency: 'EUR' }, keyB);
  assert.equal(a.statusCode, 201);
  assert.equal(b.statusCode, 201);
  assert.notEqual(a.json<CartBody>().id, b.json<CartBody>().id);
  const retryA = await send('POST', '/store/carts', { currency: 'EUR' }, keyA);
  assert.equal(retryA.headers['idempotent-replayed'], 'true');
  assert.equal(retryA.json<CartBody>().id, a.json<CartBody>().id);
});

test("on a cart's routes the cart is the guest's scope: the same key and body on another cart runs on that cart", async () => {
  const cartA = (await t.app.inject({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } })).json<CartBody>().id;
  const cartB = (await t.app.inject({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } })).json<CartBody>().id;
  const body = { email: 'same-guest@example.com', shippingAddress: { address1: 'Street 1', city: 'Berlin', countryCode: 'DE' } };
  const patchA = await send('PATCH', `/store/carts/${cartA}`, body, 'email-1');
  assert.equal(patchA.statusCode, 200, patchA.body);
  assert.equal(patchA.json<CartBody>().id, cartA);
  // Guest B, on its own cart, sends the same key and body: it runs on B's cart, and never sees A's.
  const patchB = await send('PATCH', `/store/carts/${cartB}`, body, 'email-1');
  assert.equal(patchB.statusCode, 200, patchB.body);
  assert.equal(patchB.headers['idempotent-replayed'], undefined);
  assert.equal(patchB.json<CartBody>().id, cartB);
  assert.doesNotMatch(patchB.body, new RegExp(cartA));
  // Guest A's retry is still a replay of A's own reply.
  const retryA = await send('PATCH', `/store/carts/${cartA}`, body, 'email-1');
  assert.equal(retryA.headers['idempotent-replayed'], 'true');
  assert.equal(retryA.body, patchA.body);
});
