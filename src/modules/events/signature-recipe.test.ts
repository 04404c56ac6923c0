import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { signatureHeader } from './signatures.ts';
import { eventBody } from './relay.ts';

// The README's verification recipe, run exactly as printed: a receiver copying it accepts genuine
// deliveries (also during a rotation) and rejects a tampered body, a stale or future timestamp and a
// missing header (CHECKS.md S17's cases).
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const block = /## Webhooks[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
assert.ok(block, 'the README shows a js recipe under "## Webhooks"');
const file = join(mkdtempSync(join(tmpdir(), 'recipe-')), 'verify.mjs');
writeFileSync(file, block);
const { verifyStockroomSignature: verify } = (await import(pathToFileURL(file).href)) as {
  verifyStockroomSignature: (secret: string, header: string | undefined, body: string, tolerance?: number) => boolean;
};

const secret = 'whsec_test_secret';
const body = eventBody({ eventId: 'evt_1', type: 'order.placed', createdAt: new Date(), payload: { orderId: 'ord_1', total: 1000 } });
const now = () => Math.floor(Date.now() / 1000);

test('the README recipe accepts a genuine delivery', () => {
  assert.equal(verify(secret, signatureHeader([secret], now(), body), body), true);
});

test('a body changed by one byte is rejected', () => {
  const tampered = body.replace('1000', '1001');
  assert.equal(verify(secret, signatureHeader([secret], now(), body), tampered), false);
  assert.equal(verify(secret, signatureHeader([secret], now(), body), `${body} `), false);
});

test('a timestamp 301 s old or 301 s ahead is rejected; a wrong secret or no header too', (t) => {
  // The clock stands still: a second ticking between signing and checking would make 301 s ahead 300 s.
  t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
  assert.equal(verify(secret, signatureHeader([secret], now() - 301, body), body), false);
  assert.equal(verify(secret, signatureHeader([secret], now() + 301, body), body), false);
  assert.equal(verify('whsec_other', signatureHeader([secret], now(), body), body), false);
  assert.equal(verify(secret, undefined, body), false);
  assert.equal(verify(secret, 'garbage', body), false);
  assert.equal(verify(secret, `t=${now()},v1=zz`, body), false);
});

test('during a rotation (two v1) either secret verifies', () => {
  const header = signatureHeader(['whsec_new', secret], now(), body);
  assert.equal(verify(secret, header, body), true);
  assert.equal(verify('whsec_new', header, body), true);
  assert.equal(verify('whsec_third', header, body), false);
});

test('a re-serialized JSON body (same data, other bytes) is rejected: verify the raw body', () => {
  const reserialized = JSON.stringify(JSON.parse(body), null, 1);
  assert.equal(verify(secret, signatureHeader([secret], now(), body), reserialized), false);
});
