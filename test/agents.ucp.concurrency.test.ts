import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { registerTestAgent, type TestAgent } from './support/agents.ts';
import { CARD_OK, checkoutInvariants, CLEAN, setupShop } from './support/checkout.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';
import { ucp, type UcpReply } from './support/ucp.ts';

// Guarantees 1 and 3 through UCP: 200 agent checkouts race for 100 units. PGlite runs one statement
// at a time, so this only means something on server PostgreSQL.
const skip = !TEST_DATABASE_URL && 'needs server PostgreSQL (DATABASE_URL)';

const DESTINATION = { street_address: 'Hauptstr. 1', address_locality: 'Köln', postal_code: '50667', address_country: 'DE' };
const PAY = {
  payment: {
    instruments: [{ id: 'i1', handler_id: 'stockroom_test_card', type: 'card', credential: { type: 'test_card', token: CARD_OK } }],
  },
};
/** Answers an agent retries with the same key: a request still running, a completion of the session in progress, no connection free. */
const retryable = (r: UcpReply) =>
  r.status === 503 || (r.status === 409 && ['idempotency_in_flight', 'checkout_in_progress'].includes(r.body.code));

test(
  'UCP: 100 units, 200 concurrent agent checkouts (each sent twice at once with its key, once more with another) → exactly 100 orders, no oversell',
  { skip },
  async () => {
    const t = await startTestApp();
    const owner = await createStaffToken(t, 'owner');
    const shop = await setupShop(t, owner, 100);
    const agents: TestAgent[] = [];
    for (let i = 0; i < 4; i += 1) agents.push(await registerTestAgent(t, owner, { protocols: ['ucp'], rateLimitPerMinute: 100000 }));

    const sessions: { agent: TestAgent; id: string }[] = [];
    for (let batch = 0; batch < 200; batch += 25) {
      const opened = await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const i = batch + j;
          const agent = agents[i % agents.length]!;
          const body = {
            line_items: [{ item: { id: shop.variants[0] }, quantity: 1 }],
            buyer: { email: `buyer${i}@example.com` },
            fulfillment: {
              methods: [{ type: 'shipping', destinations: [DESTINATION], groups: [{ selected_option_id: shop.shippingOptionId }] }],
            },
          };
          const created = await ucp(t, agent, 'POST', '/checkout-sessions', body);
          assert.equal(created.status, 201, JSON.stringify(created.body));
          assert.equal(created.body.status, 'ready_for_complete', JSON.stringify(created.body.messages));
          return { agent, id: created.body.id };
        }),
      );
      sessions.push(...opened);
    }

    const calls = sessions.flatMap(({ agent, id }) => {
      const key = randomUUID();
      return [
        { agent, id, key },
        { agent, id, key },
        { agent, id, key: randomUUID() },
      ];
    });
    const send = (c: (typeof calls)[number]) => ucp(t, c.agent, 'POST', `/checkout-sessions/${c.id}/complete`, PAY, { key: c.key });
    // Each agent retries what the protocol says to retry, with the same key and a pause, until it has its answer.
    const deadline = Date.now() + 120_000;
    const results = await Promise.all(
      calls.map(async (call) => {
        let result = await send(call);
        while (retryable(result) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
          result = await send(call);
        }
        return result;
      }),
    );
    assert.deepEqual(
      results.filter((r) => r.status !== 200).map((r) => [r.status, r.body.code]),
      [],
      'after retries every request has its answer: the order or the checkout with a message',
    );
    const [counts] = await queryRows<{ orders: number; sessions: number; units: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*)::int FROM orders) AS orders,
               (SELECT count(*)::int FROM agent_checkout_sessions WHERE status = 'completed') AS sessions,
               (SELECT coalesce(sum(quantity), 0)::int FROM order_lines) AS units`,
    );
    assert.deepEqual(counts, { orders: 100, sessions: 100, units: 100 });
    const placed = new Set(results.flatMap((r) => (r.body.order ? [r.body.order.id] : [])));
    assert.equal(placed.size, 100, 'every answer with an order names one of the 100');
    assert.ok(results.some((r) => r.body.messages.some((m) => m.code === 'out_of_stock')));
    assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
    await assertLedgerMatchesLevels(t.database.db);
  },
);
