import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { startTestApp } from '../../../test/support/app.ts';

/** The admin web app's files: public, gzip with a strong ETag, a strict CSP, nothing else served. */
const t = await startTestApp();
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

test('GET /admin/ui is the app page, public, under a CSP without inline script or style', async () => {
  const res = await get('/admin/ui');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/html/);
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
  // No inline script or style in the page itself: every script is a module from this origin.
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(res.body), 'no inline script');
  assert.ok(!/<style|style=/.test(res.body), 'no inline style');
  for (const [, src] of res.body.matchAll(/(?:src|href)="(\/admin\/ui\/[^"]+)"/g)) {
    assert.equal((await get(src!)).statusCode, 200, src);
  }
});

test('files are gzip-compressed for clients that accept it, with an ETag that answers 304', async () => {
  const plain = await get('/admin/ui/app.js');
  assert.equal(plain.statusCode, 200);
  assert.match(String(plain.headers['content-type']), /^text\/javascript/);
  assert.equal(plain.headers['content-encoding'], undefined);
  const zipped = await get('/admin/ui/app.js', { 'accept-encoding': 'gzip, br' });
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(zipped.headers.vary, 'accept-encoding');
  assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
  assert.ok(zipped.rawPayload.length < plain.rawPayload.length);
  const etag = String(plain.headers.etag);
  assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
  const again = await get('/admin/ui/app.js', { 'if-none-match': etag });
  assert.equal(again.statusCode, 304);
  assert.equal(again.body, '');
  const vendor = await get('/admin/ui/preact-htm.js', { 'accept-encoding': 'gzip' });
  assert.equal(vendor.statusCode, 200);
  assert.ok(vendor.rawPayload.length < 10_000, 'Preact + htm stay small');
});

test('only the app’s own files are served: unknown names and path tricks are refused', async () => {
  assert.equal((await get('/admin/ui/nope.js')).statusCode, 404);
  assert.equal((await get('/admin/ui/index.html')).statusCode, 400);
  assert.equal((await get('/admin/ui/..%2F..%2Fpackage.json')).statusCode, 400);
  assert.equal((await get('/admin/ui/dashboard.routes.ts')).statusCode, 400);
});
