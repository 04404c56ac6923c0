import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { startReceiver, waitFor, type Receiver } from '../../../test/support/receiver.ts';
import { queryRows } from '../../platform/db/index.ts';
import { startWorker } from '../../platform/jobs.ts';
import { createRelay, type Relay } from './runner.ts';
import { systemResolver } from './ssrf.ts';
import { verifySignature } from './signatures.ts';
import { SEND_EMAIL_JOB, sendEmailJob } from './emails.ts';

// CHECKS.md R11: a receiver that is down, answers 500 or stalls past the timeout gets every event
// once it recovers, with the same event id and a valid signature on every attempt; attempts follow
// the backoff; after the retry window a delivery is dead-lettered, and an endpoint failing for a
// day is disabled and its owner emailed.
const t = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });
const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
const BASE_MS = 200;

function relayFor(timeoutMs = 1000): Relay {
  const relay = createRelay(t.database.db, { timeoutMs, retryBaseMs: BASE_MS, allowPrivate: true, resolve: systemResolver, pollMs: 20 });
  test.after(() => relay.stop());
  return relay;
}

async function register(receiver: Receiver | string): Promise<{ id: string; secret: string }> {
  const url = typeof receiver === 'string' ? receiver : receiver.url;
  const res = await t.app.inject({ method: 'POST', url: '/admin/webhooks', headers: owner, payload: { url, events: ['product.created'] } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

async function createProduct(title: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/products', headers: owner, payload: { title } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string }>().id;
}

const statusOf = async (endpointId: string) =>
  queryRows<{ status: string; attempts: number; event_id: string }>(
    t.database.db,
    sql`SELECT status, attempts, event_id FROM webhook_deliveries WHERE endpoint_id = ${endpointId} ORDER BY event_seq`,
  );

async function removeEndpoints(): Promise<void> {
  await t.database.db.execute(sql`DELETE FROM webhook_endpoints`);
}

test('500, 500, 500, then 200: four attempts with the same id and valid signatures, spaced by the backoff, then delivered', async () => {
  const receiver = await startReceiver(0, (_r, i) => (i < 3 ? { status: 500, body: 'down for maintenance' } : { status: 200 }));
  const endpoint = await register(receiver);
  await createProduct('Retried');
  // A first relay makes the first attempt and goes away (a restart mid-schedule); a second one goes on.
  const first = relayFor();
  await first.runOnce();
  await first.stop();
  assert.equal(receiver.received.length, 1);
  const second = relayFor();
  second.start();
  await waitFor('delivery', async () => (await statusOf(endpoint.id))[0]?.status === 'delivered');
  await second.stop();

  assert.equal(receiver.received.length, 4);
  const ids = new Set(receiver.received.map((r) => r.eventId));
  assert.equal(ids.size, 1, 'the same event id on every attempt');
  assert.ok(receiver.received.every((r) => verifySignature(endpoint.secret, String(r.headers['stockroom-signature']), r.body)));
  assert.ok(
    receiver.received.every((r) => r.body === receiver.received[0]!.body),
    'the same body on every attempt',
  );
  // Attempt n+1 comes no earlier than the backoff after attempt n allows: base × 2^(n-1), −25% jitter.
  for (let n = 1; n < 4; n += 1) {
    const gap = receiver.received[n]!.at - receiver.received[n - 1]!.at;
    const floor = BASE_MS * 2 ** (n - 1) * 0.75;
    assert.ok(gap >= floor - 5, `gap ${n}: ${gap} ms ≥ ${floor} ms`);
  }
  const log = await t.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}/deliveries`, headers: owner });
  const attempts = log.json<{ items: { attempt: number; status: string; responseCode: number; responseBody: string }[] }>().items;
  assert.deepEqual(
    attempts.map((a) => [a.attempt, a.status, a.responseCode]),
    [
      [4, 'succeeded', 200],
      [3, 'failed', 500],
      [2, 'failed', 500],
      [1, 'failed', 500],
    ],
  );
  assert.equal(attempts[3]?.responseBody, 'down for maintenance');
  await removeEndpoints();
});

test('a receiver that stalls past the timeout: the attempt fails, the next one delivers the same event', async () => {
  const receiver = await startReceiver(0, (_r, i) => (i === 0 ? { status: 200, delayMs: 3000 } : { status: 204 }));
  const endpoint = await register(receiver);
  await createProduct('Stalled');
  const relay = relayFor(300);
  relay.start();
  await waitFor('delivery', async () => (await statusOf(endpoint.id))[0]?.status === 'delivered');
  await relay.stop();
  assert.equal(receiver.received.length, 2);
  assert.equal(receiver.received[0]!.eventId, receiver.received[1]!.eventId);
  const [row] = await queryRows<{ error: string }>(
    t.database.db,
    sql`SELECT error FROM webhook_attempts WHERE endpoint_id = ${endpoint.id} AND NOT succeeded`,
  );
  assert.match(row?.error ?? '', /no answer within 300 ms/);
  await removeEndpoints();
});

test('a receiver that is down for a while gets every event once it is back, each exactly once', async () => {
  const probe = await startReceiver();
  const port = probe.port;
  await probe.close(); // nothing listens there now
  const endpoint = await register(`http://127.0.0.1:${port}/`);
  const products = [await createProduct('Down 1'), await createProduct('Down 2'), await createProduct('Down 3')];
  const relay = relayFor();
  relay.start();
  await waitFor('failed attempts', async () => (await statusOf(endpoint.id)).every((d) => d.attempts >= 2));
  const back = await startReceiver(port);
  await waitFor('all delivered', async () => (await statusOf(endpoint.id)).every((d) => d.status === 'delivered'));
  await relay.stop();
  const got = back.received.map((r) => (JSON.parse(r.body) as { data: { productId: string } }).data.productId);
  assert.deepEqual(got.sort(), [...products].sort(), 'every event, once');
  await removeEndpoints();
});

test('after the retry window a delivery is dead-lettered; redelivery since a time sends it again', async () => {
  let healthy = false;
  const receiver = await startReceiver(0, () => (healthy ? { status: 200 } : { status: 503 }));
  const endpoint = await register(receiver);
  await createProduct('Dead letter');
  const relay = relayFor();
  await relay.runOnce();
  // Three days pass.
  await t.database.db.execute(
    sql`UPDATE webhook_deliveries SET retry_since = now() - interval '3 days', next_attempt_at = now() WHERE endpoint_id = ${endpoint.id}`,
  );
  await relay.runOnce();
  assert.deepEqual(
    (await statusOf(endpoint.id)).map((d) => d.status),
    ['dead'],
  );
  await relay.drain();
  assert.equal(receiver.received.length, 2, 'no attempt after the dead letter');

  healthy = true;
  const since = new Date(Date.now() - 60_000).toISOString();
  const res = await t.app.inject({ method: 'POST', url: `/admin/webhooks/${endpoint.id}/redeliver`, headers: owner, payload: { since } });
  assert.equal(res.statusCode, 202, res.body);
  assert.deepEqual(res.json(), { scheduled: 1 });
  await relay.drain();
  assert.deepEqual(
    (await statusOf(endpoint.id)).map((d) => d.status),
    ['delivered'],
  );
  assert.equal(receiver.received.length, 3);
  assert.equal(new Set(receiver.received.map((r) => r.eventId)).size, 1);

  // One event again, on request.
  const one = await t.app.inject({
    method: 'POST',
    url: `/admin/webhooks/${endpoint.id}/redeliver`,
    headers: owner,
    payload: { eventId: receiver.received[0]!.eventId },
  });
  assert.equal(one.statusCode, 202, one.body);
  await relay.drain();
  assert.equal(receiver.received.length, 4);
  await removeEndpoints();
});

test('an endpoint failing for a whole day is disabled and the owners are emailed', async () => {
  const receiver = await startReceiver(0, () => ({ status: 500 }));
  const endpoint = await register(receiver);
  await createProduct('Failing all day');
  const relay = relayFor();
  await relay.runOnce();
  const [first] = await queryRows<{ failing_since: string | null; enabled: boolean }>(
    t.database.db,
    sql`SELECT failing_since, enabled FROM webhook_endpoints WHERE id = ${endpoint.id}`,
  );
  assert.ok(first?.failing_since, 'the failure streak started');
  assert.equal(first.enabled, true);
  await t.database.db.execute(sql`UPDATE webhook_endpoints SET failing_since = now() - interval '25 hours' WHERE id = ${endpoint.id}`);
  await t.database.db.execute(sql`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE endpoint_id = ${endpoint.id}`);
  await relay.runOnce();
  const shown = await t.app.inject({ method: 'GET', url: `/admin/webhooks/${endpoint.id}`, headers: owner });
  assert.equal(shown.json<{ enabled: boolean }>().enabled, false);
  assert.match(shown.json<{ disabledReason: string }>().disabledReason, /24 hours/);
  // A disabled endpoint gets no more attempts.
  await t.database.db.execute(sql`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE endpoint_id = ${endpoint.id}`);
  const attemptsBefore = receiver.received.length;
  await relay.drain();
  assert.equal(receiver.received.length, attemptsBefore);

  // The owner email goes through the outbox and the mailer job.
  const worker = startWorker(t.database.db, { [SEND_EMAIL_JOB]: sendEmailJob }, { pollMs: 60_000 });
  await worker.drain();
  await worker.stop();
  const emails = await t.app.inject({ method: 'GET', url: '/admin/emails', headers: owner });
  const items = emails.json<{ items: { subject: string; body?: string; text?: string }[] }>().items;
  assert.ok(
    items.some((e) => e.subject.startsWith('A webhook endpoint was disabled')),
    JSON.stringify(items),
  );

  // Enabling it again resumes delivery with a fresh streak.
  const enabled = await t.app.inject({
    method: 'PATCH',
    url: `/admin/webhooks/${endpoint.id}`,
    headers: owner,
    payload: { enabled: true },
  });
  assert.equal(enabled.json<{ failingSince: string | null; enabled: boolean }>().failingSince, null);
  await removeEndpoints();
});
