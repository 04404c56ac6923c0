import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { acp, registerTestAgent, type TestAgent } from './support/agents.ts';
import { CARD_OK, checkoutInvariants, CLEAN, setupShop } from './support/checkout.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';

// Guarantees 1 and 3 through the agent protocol: 200 agent checkouts race for 100 units. PGlite runs
// one statement at a time, so this only means something on server PostgreSQL.
const skip = !TEST_DATABASE_URL;

const ADDRESS = { name: 'Ada Lovelace', line_one: 'Hauptstr. 1', city: 'Köln', state: '', country: 'DE', postal_code: '50667' };
const PAY = {
  payment_data: { handler_id: 'stockroom_test_card', instrument: { type: 'card', credential: { type: 'test_card', token: CARD_OK } } },
};

test(
  'ACP: 100 units, 200 concurrent agent checkouts (each sent twice at once with its key) → exactly 100 orders, no oversell',
  { skip },
  async () => {
    const t = await startTestApp();
    const owner = await createStaffToken(t, 'owner');
    const shop = await setupShop(t, owner, 100);
    const agents: TestAgent[] = [];
    for (let i = 0; i < 4; i += 1) agents.push(await registerTestAgent(t, owner, { protocols: ['acp'], rateLimitPerMinute: 100000 }));

    const sessions: { agent: TestAgent; id: string }[] = [];
    const started = Date.now();
    for (let batch = 0; batch < 200; batch += 25) {
      const opened = await Promise.all(
        Array.from({ length: 25 }, async (_, j) => {
          const i = batch + j;
          const agent = agents[i % agents.length]!;
          const created = await acp(t, agent, 'POST', '/checkout_sessions', {
            currency: 'eur',
            line_items: [{ id: shop.variants[0] }],
            capabilities: {},
            buyer: { email: `buyer${i}@example.com` },
            fulfillment_details: { address: ADDRESS },
          });
          assert.equal(created.status, 201, JSON.stringify(created.body));
          const ready = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}`, {
            selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: [] }],
          });
          assert.equal(ready.body.status, 'ready_for_payment');
          return { agent, id: created.body.id };
        }),
      );
      sessions.push(...opened);
    }
    t.app.log.warn({ ms: Date.now() - started }, 'agents.concurrency: 200 sessions opened');

    // Each session completes twice at once under one key (a retry racing its original) and once more
    // under a second key: one order per session at most, and never more orders than units. With
    // 600 requests on a small pool, some wait too long for a connection and answer 503; an agent
    // retries those with the same key, as here, and they resume where they stopped.
    //
    // A 409 checkout_in_progress means another request of the session holds its stock: it clears
    // only once that holder finishes. When the holder is itself a request that reserved and then
    // answered 503, it finishes only when it is retried. So retries go in rounds over every
    // unanswered call (the holder's retry in the same round as the waiters'), not call by call: a
    // waiter retried on its own, before its holder, would see the hold every time and give up.
    // (That was why this test failed under load: more 503s, more holders retried too late.)
    const calls = sessions.flatMap(({ agent, id }) => {
      const key = randomUUID();
      return [
        { agent, id, key },
        { agent, id, key },
        { agent, id, key: randomUUID() },
      ];
    });
    const send = (c: (typeof calls)[number]) => acp(t, c.agent, 'POST', `/checkout_sessions/${c.id}/complete`, PAY, { key: c.key });
    const results = await Promise.all(calls.map(send));
    const unanswered = () => calls.flatMap((_, i) => ([409, 503].includes(results[i]!.status) ? [i] : []));
    const deadline = Date.now() + 120_000;
    let rounds = 0;
    for (let pending = unanswered(); pending.length > 0 && Date.now() < deadline; pending = unanswered()) {
      rounds += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      // One at a time: the retries add no pressure on the pool that made some of them fail.
      for (const i of pending) results[i] = await send(calls[i]!);
    }
    t.app.log.warn({ rounds }, 'agents.concurrency: retry rounds until every call had its answer');
    const unexpected = results.filter((r) => r.status !== 200);
    assert.deepEqual(
      unexpected.map((r) => [r.status, r.body.code]),
      [],
      'after retries every request has its answer: the order or the session with a message',
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
    assert.ok(results.some((r) => r.body.messages?.some((m) => m.code === 'out_of_stock')));
    assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
    await assertLedgerMatchesLevels(t.database.db);
  },
);
