import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Unavailable } from '../../../platform/errors.ts';
import { checkoutConcurrency, createCheckoutGate } from './admission.ts';

/** A promise and its resolver, to hold a completion inside the gate until the test lets it go. */
function held(): { promise: Promise<void>; release: () => void } {
  let release = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

test('the gate runs at most `limit` completions at once and admits the rest in arrival order', async () => {
  const gate = createCheckoutGate(2);
  const holds = Array.from({ length: 5 }, () => held());
  const started: number[] = [];
  let peak = 0;
  const runs = holds.map((h, i) =>
    gate.run(async () => {
      started.push(i);
      peak = Math.max(peak, gate.running);
      await h.promise;
      return i;
    }),
  );
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, [0, 1]);
  assert.equal(gate.waiting, 3);
  holds[1]!.release();
  holds[0]!.release();
  await Promise.all([runs[0], runs[1]]);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, [0, 1, 2, 3]);
  for (const h of holds) h.release();
  assert.deepEqual(await Promise.all(runs), [0, 1, 2, 3, 4]);
  assert.equal(peak, 2);
  assert.equal(gate.running, 0);
  assert.equal(gate.waiting, 0);
});

test('a failing completion frees its place for the next in line', async () => {
  const gate = createCheckoutGate(1);
  await assert.rejects(
    gate.run(async () => {
      throw new Error('declined');
    }),
    /declined/,
  );
  assert.equal(await gate.run(async () => 'next'), 'next');
  assert.equal(gate.running, 0);
});

test('a completion that waits longer than the bound gets 503 without running, and the line moves on', async () => {
  const gate = createCheckoutGate(1, 20);
  const first = held();
  const running = gate.run(() => first.promise);
  let ran = false;
  await assert.rejects(
    gate.run(async () => {
      ran = true;
    }),
    (error: unknown) => error instanceof Unavailable && error.status === 503,
  );
  assert.equal(ran, false, 'nothing of the refused completion ran');
  assert.equal(gate.waiting, 0);
  first.release();
  await running;
  assert.equal(await gate.run(async () => 'after'), 'after');
});

test('two connections of the pool stay free for everything but completions', () => {
  assert.equal(checkoutConcurrency(10), 8);
  assert.equal(checkoutConcurrency(2), 1);
  assert.equal(checkoutConcurrency(1), 1);
});
