import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';

// GraphiQL: served in development with a CSP of its own (the CDN it loads from); absent in
// production; every other page keeps the app's strict policy.

const t = await startTestApp();

const csp = (headers: Record<string, unknown>): string => {
  const value = headers['content-security-policy'];
  return typeof value === 'string' ? value : '';
};

void test('in development GraphiQL is served at /graphiql, for the store and the admin endpoint, under its own CSP', async () => {
  const page = await t.app.inject({ method: 'GET', url: '/graphiql' });
  assert.equal(page.statusCode, 200, page.body);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.match(page.body, /<script src="https:\/\/unpkg\.com\/graphiql@[\d.]+\/graphiql\.min\.js"/);
  assert.match(page.body, /href="\/graphiql\?api=admin"/);
  assert.doesNotMatch(page.body, /<script>/, 'no inline script: the page CSP has no unsafe-inline for scripts');
  const policy = csp(page.headers);
  assert.match(policy, /script-src 'self' https:\/\/unpkg\.com(;|$)/);
  assert.match(policy, /connect-src 'self'/);
  assert.match(policy, /frame-ancestors 'none'/);

  const script = await t.app.inject({ method: 'GET', url: '/graphiql/app.js' });
  assert.equal(script.statusCode, 200);
  assert.match(String(script.headers['content-type']), /^text\/javascript/);
  assert.match(script.body, /'\/' \+ api \+ '\/graphql'/);
  assert.match(script.body, /=== 'admin' \? 'admin' : 'store'/);
  assert.equal((await t.app.inject({ method: 'GET', url: '/graphiql/app.css' })).statusCode, 200);
});

void test('every other page keeps the strict CSP: no CDN anywhere else', async () => {
  for (const url of ['/health/live', '/store/graphql?query=%7B__typename%7D', '/store/products', '/docs']) {
    const res = await t.app.inject({ method: 'GET', url });
    const policy = csp(res.headers);
    assert.ok(policy.length > 0, `${url} carries a CSP`);
    assert.doesNotMatch(policy, /unpkg/, `${url}: ${policy}`);
    assert.match(policy, /script-src 'self' *(;|$)/, `${url}: ${policy}`);
  }
});

void test('in production there is no GraphiQL: 404 for the page and its files', async () => {
  const prod = await startTestApp({ NODE_ENV: 'production' }, t.testDatabase);
  for (const url of ['/graphiql', '/graphiql/app.js', '/graphiql/app.css', '/graphiql?api=admin']) {
    const res = await prod.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
    assert.equal(res.statusCode, 404, `${url}: ${res.statusCode}`);
    assert.doesNotMatch(res.body, /unpkg/);
  }
});
