import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { startReceiver } from '../../../test/support/receiver.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { emit } from '../../platform/outbox.ts';
import { EVENT_TYPE_NAMES } from './event-types.ts';
import { createRelay } from './runner.ts';
import { systemResolver } from './ssrf.ts';
import { verifySignature } from './signatures.ts';

// Webhook endpoints end to end: registration through the admin API, real business writes emitting
// events, the relay delivering them signed to a local receiver, the log, the feed, rotation.
const t = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });
const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
const relay = createRelay(t.database.db, { timeoutMs: 2000, retryBaseMs: 50, allowPrivate: true, resolve: systemResolver });

async function createProduct(title: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/products', headers: owner, payload: { title } });
  assert.equal(res.statusCode, 201, res.statusCode === 500 ? t.logs.filter((l) => l.includes('"level":50')).join('\n') : res.body);
  return res.json<{ id: string }>().id;
}

async function register(url: string, events: string[]): Promise<{ id: string; secret: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/webhooks', headers: owner, payload: { url, events, description: 'test' } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string; secret: string }>();
}

test('a registered endpoint gets each subscribed event once, signed, with the event JSON; the secret is shown once', async () => {
  const receiver = await startReceiver();
  const endpoint = await register(`${receiver.url}/hooks`, ['product.created', 'product.updated']);
  assert.match(endpoint.secret, /^whsec_/);
  const shown = await t.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  assert.equal(shown.statusCode, 200);
  assert.equal('secret' in shown.json<object>(), false, 'the secret is never shown again');

  const productId = await createProduct('Webhook hoodie');
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${productId}`,
    headers: owner,
    payload: { title: 'Renamed' },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  await relay.drain();

  const mine = receiver.received.filter((r) => (JSON.parse(r.body) as { data: { productId: string } }).data.productId === productId);
  assert.deepEqual(
    mine.map((r) => (JSON.parse(r.body) as { type: string }).type),
    ['product.created', 'product.updated'],
  );
  for (const r of mine) {
    const event = JSON.parse(r.body) as { id: string; type: string; createdAt: string; data: Record<string, unknown> };
    assert.deepEqual(Object.keys(event).sort(), ['createdAt', 'data', 'id', 'type']);
    assert.equal(r.headers['stockroom-event-id'], event.id);
    assert.equal(r.headers['content-type'], 'application/json');
    assert.ok(verifySignature(endpoint.secret, String(r.headers['stockroom-signature']), r.body));
    assert.match(String(r.headers['stockroom-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
  }
  assert.equal((JSON.parse(mine[1]!.body) as { data: { title: string; version: number } }).data.title, 'Renamed');

  // Nothing is delivered twice: another drain sends nothing new.
  const before = receiver.received.length;
  await relay.drain();
  assert.equal(receiver.received.length, before);

  const log = await t.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}/deliveries`, headers: owner });
  assert.equal(log.statusCode, 200, log.body);
  const attempts = log.json<{ items: { eventId: string; status: string; responseCode: number; attempt: number; responseBody: string }[] }>()
    .items;
  assert.equal(attempts.length, 2);
  for (const a of attempts) assert.deepEqual([a.status, a.responseCode, a.attempt, a.responseBody], ['succeeded', 200, 1, 'ok']);
});

test('events outside the filter are not delivered; a disabled endpoint gets nothing', async () => {
  const receiver = await startReceiver();
  const only = await register(receiver.url, ['customer.created']);
  const off = await startReceiver();
  const disabled = await register(off.url, ['*']);
  const patch = await t.app.inject({ method: 'PATCH', url: `/admin/webhooks/${disabled.id}`, headers: owner, payload: { enabled: false } });
  assert.equal(patch.statusCode, 200, patch.body);
  await createProduct('Not for this endpoint');
  await relay.drain();
  assert.equal(receiver.received.length, 0);
  assert.equal(off.received.length, 0);
  assert.ok(only.id);
});

test('the feed lists events in commit order with a cursor, filtered by type', async () => {
  const a = await createProduct('Feed A');
  const b = await createProduct('Feed B');
  await relay.drain();
  const all: { id: string; type: string; data: { productId?: string } }[] = [];
  let cursor = '';
  for (let i = 0; i < 50; i += 1) {
    const res = await t.app.inject({ method: 'GET', url: `/admin/events?limit=2&type=product.created&cursor=${cursor}`, headers: owner });
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json<{ items: typeof all; nextCursor: string | null }>();
    all.push(...page.items);
    if (page.items.length === 0) break;
    cursor = page.nextCursor ?? '';
  }
  assert.ok(all.every((e) => e.type === 'product.created'));
  const ids = all.map((e) => e.data.productId);
  assert.ok(ids.indexOf(a) >= 0 && ids.indexOf(a) < ids.indexOf(b), 'A before B');
  assert.equal(new Set(all.map((e) => e.id)).size, all.length, 'no event twice');
  // The last cursor is where to poll: a later event appears after it.
  const c = await createProduct('Feed C');
  await relay.drain();
  const next = await t.app.inject({ method: 'GET', url: `/admin/events?type=product.created&cursor=${cursor}`, headers: owner });
  assert.deepEqual(
    next.json<{ items: typeof all }>().items.map((e) => e.data.productId),
    [c],
  );
});

test('rotation: during the overlap both secrets sign every delivery; after it only the new one', async () => {
  const receiver = await startReceiver();
  const endpoint = await register(receiver.url, ['product.created']);
  const rotated = await t.app.inject({
    method: 'POST',
    url: `/admin/webhooks/${endpoint.id}/rotate-secret`,
    headers: owner,
    payload: { overlapSeconds: 3600 },
  });
  assert.equal(rotated.statusCode, 200, rotated.body);
  const fresh = rotated.json<{ secret: string; secretRotatedUntil: string }>();
  assert.notEqual(fresh.secret, endpoint.secret);
  assert.ok(fresh.secretRotatedUntil);
  await createProduct('Rotating');
  await relay.drain();
  const [during] = receiver.received;
  assert.ok(during);
  const header = String(during.headers['stockroom-signature']);
  assert.equal(header.match(/v1=/g)?.length, 2);
  assert.ok(verifySignature(fresh.secret, header, during.body), 'the new secret verifies');
  assert.ok(verifySignature(endpoint.secret, header, during.body), 'the old secret still verifies');

  await t.app.inject({
    method: 'POST',
    url: `/admin/webhooks/${endpoint.id}/rotate-secret`,
    headers: owner,
    payload: { overlapSeconds: 0 },
  });
  const [row] = await queryRows<{ secret: string }>(t.database.db, sql`SELECT secret FROM webhook_endpoints WHERE id = ${endpoint.id}`);
  await createProduct('Rotated');
  await relay.drain();
  const after = receiver.received[1];
  assert.ok(after && row);
  assert.equal(String(after.headers['stockroom-signature']).match(/v1=/g)?.length, 1);
  assert.ok(verifySignature(row.secret, String(after.headers['stockroom-signature']), after.body));
  assert.ok(
    !verifySignature(fresh.secret, String(after.headers['stockroom-signature']), after.body),
    'the retired secret no longer verifies',
  );
});

test('admin CRUD: list, change, delete; unknown ids 404; bad bodies 400; permissions enforced', async () => {
  const receiver = await startReceiver();
  const endpoint = await register(receiver.url, ['order.placed']);
  const list = await t.app.inject({ method: 'GET', url: '/admin/webhooks', headers: owner });
  assert.ok(list.json<{ items: { id: string }[] }>().items.some((e) => e.id === endpoint.id));
  const changed = await t.app.inject({
    method: 'PATCH',
    url: `/admin/webhooks/${endpoint.id}`,
    headers: owner,
    payload: { events: ['order.placed', 'order.refunded'], description: 'ERP' },
  });
  assert.deepEqual(changed.json<{ events: string[] }>().events, ['order.placed', 'order.refunded']);
  const bad = await t.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: receiver.url, events: ['nope'] },
  });
  assert.equal(bad.statusCode, 400);
  const viewer = { authorization: `Bearer ${await createStaffToken(t, 'viewer')}` };
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/webhooks', headers: viewer })).statusCode, 403);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/events', headers: viewer })).statusCode, 403);
  const del = await t.app.inject({ method: 'DELETE', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  assert.equal(del.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}`, headers: owner })).statusCode, 404);
});

test('the OpenAPI document describes every event type in its webhooks section', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
    webhooks: Record<
      string,
      { post: { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } } }
    >;
  }>();
  assert.deepEqual(Object.keys(doc.webhooks).sort(), [...EVENT_TYPE_NAMES].sort());
  const placed = doc.webhooks['order.placed']!.post.requestBody.content['application/json'].schema;
  assert.deepEqual(Object.keys(placed.properties).sort(), ['createdAt', 'data', 'id', 'type']);
});

test('an event whose transaction rolls back is never delivered nor listed', async () => {
  const receiver = await startReceiver();
  await register(receiver.url, ['*']);
  await assert.rejects(
    withTransaction(t.database.db, async (tx) => {
      await emit(tx, 'product.updated', { productId: 'prod_rolled_back' }, 'prod_rolled_back');
      throw new Error('roll back');
    }),
  );
  await relay.drain();
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = 'prod_rolled_back'`,
  );
  assert.equal(row?.n, 0);
  assert.ok(receiver.received.every((r) => !r.body.includes('prod_rolled_back')));
  await t.database.db.execute(sql`DELETE FROM webhook_endpoints`);
});
