import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { setupShop } from '../../../test/support/checkout.ts';

/**
 * RFC 9421 signatures (ES256, Content-Digest): an agent registered with a public key signs its
 * requests instead of sending a bearer key. Only a valid, fresh signature over the exact body passes.
 */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 10);

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const kid = `key-${randomUUID()}`;
const jwk = publicKey.export({ format: 'jwk' });
const registered = await t.app.inject({
  method: 'POST',
  url: '/admin/agents',
  headers: { authorization: `Bearer ${owner}` },
  payload: { name: 'Signing agent', protocols: ['acp'], publicKeys: [{ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid, alg: 'ES256' }] },
});
assert.equal(registered.statusCode, 201, registered.body);
assert.equal(registered.json<{ bearerKey: string | null }>().bearerKey, null, 'an agent with keys gets no bearer key unless asked');

interface SignOptions {
  key?: KeyObject;
  created?: number;
  /** Changes the body after signing (the digest and signature stay those of the original). */
  tamper?: (body: string) => string;
}

/** Sends a request signed as UCP's signature profile describes; the digest covers the raw body. */
async function signed(method: 'GET' | 'POST', path: string, payload: object | undefined, options: SignOptions = {}) {
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  const headers: Record<string, string> = { host: 'shop.example', 'api-version': '2026-04-17' };
  const components = ['@method', '@authority', '@path'];
  if (method === 'POST') {
    headers['idempotency-key'] = randomUUID();
    components.push('idempotency-key');
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-digest'] = `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
    components.push('content-digest', 'content-type');
  }
  const created = options.created ?? Math.floor(Date.now() / 1000);
  const params = `(${components.map((c) => `"${c}"`).join(' ')});keyid="${kid}";created=${created}`;
  const value = (c: string) => (c === '@method' ? method : c === '@authority' ? 'shop.example' : c === '@path' ? path : (headers[c] ?? ''));
  const base = [...components.map((c) => `"${c}": ${value(c)}`), `"@signature-params": ${params}`].join('\n');
  const signature = sign('sha256', Buffer.from(base), { key: options.key ?? privateKey, dsaEncoding: 'ieee-p1363' });
  headers['signature-input'] = `sig1=${params}`;
  headers.signature = `sig1=:${signature.toString('base64')}:`;
  const sent = body !== undefined && options.tamper ? options.tamper(body) : body;
  const res = await t.app.inject({ method, url: path, headers, ...(sent !== undefined ? { payload: sent } : {}) });
  return { status: res.statusCode, body: res.json<{ id?: string; code?: string; message?: string }>() };
}

const create = { currency: 'eur', line_items: [{ id: shop.variants[0] }], capabilities: {} };

test('a valid ES256 signature with its Content-Digest passes, for a POST with a body and a GET without', async () => {
  const created = await signed('POST', '/acp/checkout_sessions', create);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const read = await signed('GET', `/acp/checkout_sessions/${created.body.id}`, undefined);
  assert.equal(read.status, 200, JSON.stringify(read.body));
});

test('the body changed by one byte after signing is refused (401)', async () => {
  const res = await signed('POST', '/acp/checkout_sessions', create, { tamper: (b) => b.replace('"eur"', '"eus"') });
  assert.equal(res.status, 401, JSON.stringify(res.body));
  assert.match(res.body.message ?? '', /Content-Digest/);
});

test('a signature made with another key than the registered one is refused (401)', async () => {
  const res = await signed('POST', '/acp/checkout_sessions', create, { key: other.privateKey });
  assert.equal(res.status, 401, JSON.stringify(res.body));
  assert.match(res.body.message ?? '', /does not verify/);
});

test('a stale signature (created an hour ago) is refused (401), as is one from the future', async () => {
  const stale = await signed('POST', '/acp/checkout_sessions', create, { created: Math.floor(Date.now() / 1000) - 3600 });
  assert.equal(stale.status, 401, JSON.stringify(stale.body));
  const future = await signed('POST', '/acp/checkout_sessions', create, { created: Math.floor(Date.now() / 1000) + 3600 });
  assert.equal(future.status, 401);
});
