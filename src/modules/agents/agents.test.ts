import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { CARD_OK, setupShop } from '../../../test/support/checkout.ts';
import { acp, registerTestAgent } from '../../../test/support/agents.ts';

/** Agents as principals: registered by an owner, authenticated, allowed protocols only, rate limited, isolated. */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 20);
const body = { currency: 'eur', line_items: [{ id: shop.variants[0] }], capabilities: {} };

async function admin(method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.body ? res.json<Record<string, unknown>>() : {} };
}

test('an owner registers an agent; its bearer key is shown once and stored only hashed', async () => {
  const created = await admin('POST', '/admin/agents', owner, { name: 'Assistant', protocols: ['acp'] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { agent, bearerKey } = created.body as { agent: { id: string; hasBearerKey: boolean }; bearerKey: string };
  assert.match(bearerKey, /^agk_[A-Za-z0-9_-]{43}$/);
  assert.equal(agent.hasBearerKey, true);
  const read = await admin('GET', `/admin/agents/${agent.id}`, owner);
  assert.equal(read.status, 200);
  assert.ok(!JSON.stringify(read.body).includes(bearerKey.slice(4)), 'the key is never shown again');
  const list = await admin('GET', '/admin/agents', owner);
  assert.ok((list.body.items as { id: string }[]).some((a) => a.id === agent.id));
});

test('registering and changing agents needs agents:write (owners only); reading needs agents:read', async () => {
  const staff = await createStaffToken(t, 'staff');
  const adminToken = await createStaffToken(t, 'admin');
  assert.equal((await admin('POST', '/admin/agents', staff, { name: 'X', protocols: ['acp'] })).status, 403);
  assert.equal((await admin('POST', '/admin/agents', adminToken, { name: 'X', protocols: ['acp'] })).status, 403);
  assert.equal((await admin('GET', '/admin/agents', adminToken)).status, 200);
  assert.equal((await admin('GET', '/admin/agents', staff)).status, 403);
  const bad = await admin('POST', '/admin/agents', owner, { name: 'X', protocols: ['smtp'] });
  assert.equal(bad.status, 400);
  const badKey = await admin('POST', '/admin/agents', owner, {
    name: 'X',
    protocols: ['ucp'],
    publicKeys: [
      { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', kid: 'k1' },
      { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', kid: 'k1' },
    ],
  });
  assert.equal(badKey.status, 400, 'two keys with one kid');
});

test('every agent request is authenticated and limited to the protocols its owner allowed', async () => {
  const anonymous = await t.app.inject({ method: 'GET', url: '/acp/checkout_sessions/acs_x', headers: { 'api-version': '2026-04-17' } });
  assert.equal(anonymous.statusCode, 401);
  const wrongKey = await acp(t, { id: 'agt_x', key: 'agk_not-a-key' }, 'GET', '/checkout_sessions/acs_x');
  assert.equal(wrongKey.status, 401);
  const customerish = await t.app.inject({
    method: 'GET',
    url: '/acp/checkout_sessions/acs_x',
    headers: { 'api-version': '2026-04-17', authorization: `Bearer ${owner}` },
  });
  assert.equal(customerish.statusCode, 403, 'a staff session is not an agent');
  const ucpOnly = await registerTestAgent(t, owner, { protocols: ['ucp'] });
  const refused = await acp(t, ucpOnly, 'POST', '/checkout_sessions', body);
  assert.equal(refused.status, 403);
});

test('an agent never sees another agent’s sessions; the owner sees each agent’s sessions and orders', async () => {
  const a = await registerTestAgent(t, owner, { protocols: ['acp'] });
  const b = await registerTestAgent(t, owner, { protocols: ['acp'] });
  const created = await acp(t, a, 'POST', '/checkout_sessions', {
    ...body,
    buyer: { email: 'buyer@example.com' },
    fulfillment_details: { address: { name: 'A B', line_one: 'Str. 1', city: 'Köln', state: '', country: 'DE', postal_code: '50667' } },
  });
  assert.equal(created.status, 201);
  const id = created.body.id;
  for (const [method, url, payload] of [
    ['GET', `/checkout_sessions/${id}`, undefined],
    ['POST', `/checkout_sessions/${id}`, { line_items: [{ id: shop.variants[1] }] }],
    ['POST', `/checkout_sessions/${id}/cancel`, {}],
    [
      'POST',
      `/checkout_sessions/${id}/complete`,
      {
        payment_data: {
          handler_id: 'stockroom_test_card',
          instrument: { type: 'card', credential: { type: 'test_card', token: CARD_OK } },
        },
      },
    ],
  ] as const) {
    const res = await acp(t, b, method, url, payload);
    assert.equal(res.status, 404, `${method} ${url} by another agent → ${res.status}`);
  }
  await acp(t, a, 'POST', `/checkout_sessions/${id}`, {
    selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: [] }],
  });
  const done = await acp(t, a, 'POST', `/checkout_sessions/${id}/complete`, {
    payment_data: { handler_id: 'stockroom_test_card', instrument: { type: 'card', credential: { type: 'test_card', token: CARD_OK } } },
  });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  const sessions = await admin('GET', `/admin/agents/${a.id}/sessions`, owner);
  assert.equal(sessions.status, 200);
  assert.deepEqual(
    (sessions.body.items as { id: string; status: string; orderId: string | null }[]).map((s) => [s.id, s.status, s.orderId]),
    [[id, 'completed', done.body.order?.id]],
  );
  const none = await admin('GET', `/admin/agents/${b.id}/sessions`, owner);
  assert.deepEqual(none.body.items, []);
});

test('a disabled agent is refused at once; re-enabled it works again', async () => {
  const agent = await registerTestAgent(t, owner, { protocols: ['acp'] });
  assert.equal((await acp(t, agent, 'POST', '/checkout_sessions', body)).status, 201);
  assert.equal((await admin('PATCH', `/admin/agents/${agent.id}`, owner, { disabled: true })).status, 200);
  assert.equal((await acp(t, agent, 'POST', '/checkout_sessions', body)).status, 401);
  assert.equal((await admin('PATCH', `/admin/agents/${agent.id}`, owner, { disabled: false })).status, 200);
  assert.equal((await acp(t, agent, 'POST', '/checkout_sessions', body)).status, 201);
});

test('each agent is rate limited per minute (429 with Retry-After); another agent is not affected', async () => {
  const limited = await registerTestAgent(t, owner, { protocols: ['acp'], rateLimitPerMinute: 3 });
  const other = await registerTestAgent(t, owner, { protocols: ['acp'], rateLimitPerMinute: 3 });
  const statuses = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await acp(t, limited, 'GET', '/checkout_sessions/acs_none')).status);
  assert.deepEqual(statuses, [404, 404, 404, 429]);
  const refused = await acp(t, limited, 'GET', '/checkout_sessions/acs_none');
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers['retry-after']) >= 1);
  assert.equal(refused.body.code, 'rate_limited');
  assert.equal((await acp(t, other, 'GET', '/checkout_sessions/acs_none')).status, 404);
});
