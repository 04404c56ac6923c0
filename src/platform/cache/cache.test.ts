import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cache } from './cache.ts';

test('load: concurrent misses of one key share one read, and the value is stored for the next caller', async () => {
  const cache = new Cache<unknown>({ ttlMs: 60_000 });
  let reads = 0;
  let release: (value: string) => void = () => undefined;
  const compute = () => {
    reads += 1;
    return new Promise<string>((resolve) => (release = resolve));
  };
  const both = Promise.all([cache.load('catalog', 'k', compute), cache.load('catalog', 'k', compute)]);
  release('v1');
  assert.deepEqual(await both, ['v1', 'v1']);
  assert.equal(reads, 1);
  assert.equal(await cache.load('catalog', 'k', () => Promise.resolve('other')), 'v1');
});

test('load: a value read across an invalidation is answered but not stored, and a later miss reads again', async () => {
  const cache = new Cache<unknown>({ ttlMs: 60_000 });
  let release: (value: string) => void = () => undefined;
  const stale = cache.load('catalog', 'k', () => new Promise<string>((resolve) => (release = resolve)));
  cache.invalidate('catalog');
  // A caller after the invalidation does not join the read that started before it.
  const fresh = cache.load('catalog', 'k', () => Promise.resolve('new'));
  release('old');
  assert.equal(await stale, 'old');
  assert.equal(await fresh, 'new');
  assert.equal(await cache.load('catalog', 'k', () => Promise.resolve('again')), 'new');
  cache.invalidate('catalog');
  assert.equal(await cache.load('catalog', 'k', () => Promise.resolve('after')), 'after');
});

test('load: a failed read is not stored; with the cache off every call reads', async () => {
  const cache = new Cache<unknown>({ ttlMs: 60_000 });
  await assert.rejects(
    cache.load('catalog', 'k', () => Promise.reject(new Error('down'))),
    /down/,
  );
  assert.equal(await cache.load('catalog', 'k', () => Promise.resolve('up')), 'up');
  const off = new Cache<unknown>({ ttlMs: 0 });
  let reads = 0;
  for (let i = 0; i < 3; i++) await off.load('catalog', 'k', () => Promise.resolve(++reads));
  assert.equal(reads, 3);
});
