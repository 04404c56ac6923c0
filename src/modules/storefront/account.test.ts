import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, uniqueEmail } from '../../../test/support/auth.ts';
import { Visitor } from './storefront.test-support.ts';

const t = await startTestApp({ STOCKROOM_PUBLIC_URL: 'https://shop.example.test' });
const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };

test('account: sign in with the form, see the orders page, sign out; a wrong password is told without saying which part', async () => {
  const email = uniqueEmail('shopper');
  const password = 'a-good-password-1';
  const reg = await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password } });
  assert.equal(reg.statusCode, 201, reg.body);

  const visitor = new Visitor(t.app);
  const signIn = await visitor.get('/account');
  assert.equal(signIn.statusCode, 200);
  assert.match(signIn.body, /<label for="in-email">Email<\/label>/);
  assert.equal(
    (await visitor.post('/account/sign-in', { email, password: 'wrong-password-9' })).headers.location,
    '/account?message=invalid_credentials',
  );
  const ok = await visitor.post('/account/sign-in', { email, password });
  assert.equal(ok.headers.location, '/account');
  const session = visitor.setCookieLines.find((l) => l.startsWith('sf_session='));
  assert.match(session ?? '', /HttpOnly; SameSite=Lax|SameSite=Lax.*HttpOnly/);
  const orders = await visitor.get('/account');
  assert.match(orders.body, /<h1>Your orders<\/h1>/);
  assert.equal(orders.headers['cache-control'], 'private, no-store');
  assert.equal((await visitor.post('/account/sign-out', {})).headers.location, '/account');
  assert.match((await visitor.get('/account')).body, /Sign in/);
});

test('password reset: the emailed link opens a form that sets the new password through the identity service', async () => {
  const { email } = await createCustomerToken(t);
  const visitor = new Visitor(t.app);
  await visitor.get('/account');
  assert.equal((await visitor.post('/account/forgot', { email })).headers.location, '/account?message=reset_sent');
  const emails = (await t.app.inject({ method: 'GET', url: '/admin/emails', headers: owner })).json<{
    items: { to: string; text: string }[];
  }>();
  const mail = emails.items.find((e) => e.to === email);
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  assert.ok(token, 'the email carries a token');

  const form = await visitor.get(`/account/reset-password?token=${token}`);
  assert.equal(form.statusCode, 200);
  assert.equal(form.headers['referrer-policy'], 'no-referrer');
  assert.match(form.body, new RegExp(`name="token" value="${token}"`));
  const bad = await visitor.post('/account/reset-password', { token: 'not-a-token', password: 'brand-new-password-2' });
  assert.match(String(bad.headers.location), /message=invalid_token/);
  const done = await visitor.post('/account/reset-password', { token, password: 'brand-new-password-2' });
  assert.equal(done.headers.location, '/account?message=reset_done');
  assert.equal((await visitor.post('/account/sign-in', { email, password: 'brand-new-password-2' })).headers.location, '/account');
  assert.equal((await visitor.post('/account/reset-password', { token, password: 'another-password-3' }, { csrf: null })).statusCode, 403);
});
