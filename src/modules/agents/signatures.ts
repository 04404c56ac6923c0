import { createHash, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/index.ts';
import { MalformedJson, Unauthenticated } from '../../platform/errors.ts';
import type { AgentJwk } from './agents.tables.ts';
import { findAgentByKeyId } from './registry.ts';

/**
 * RFC 9421 HTTP message signatures for agents that sign instead of presenting a bearer key (UCP's
 * signature profile): ES256 over the signature base of `Signature-Input`, with the body bound by an
 * RFC 9530 `Content-Digest` (sha-256 of the raw bytes). The key is found by `keyid` among the public
 * keys the shop owner registered for the agent (never fetched from a URL the request names).
 *
 * A request is refused (401) when the signature does not verify, the body does not match its
 * digest, a required component is not covered (method, authority, path; the query when there is
 * one; the idempotency key, content digest and type when present), or it was created outside the
 * allowed clock window (or after its `expires`).
 */

/** How old (or how far in the future) a signature's `created` may be. */
export const SIGNATURE_MAX_AGE_SECONDS = 300;

declare module 'fastify' {
  interface FastifyRequest {
    /** The raw request body (agent protocol routes only), for its Content-Digest. */
    rawBody: Buffer | undefined;
  }
}

interface ParsedInput {
  label: string;
  components: string[];
  /** The serialized inner list with its parameters, exactly as sent: `("@method" …);keyid="k";created=1`. */
  params: string;
  keyid: string | undefined;
  created: number | undefined;
  expires: number | undefined;
}

function refuse(detail: string): Unauthenticated {
  return new Unauthenticated({ detail: `The request signature is not valid: ${detail}.` });
}

/** Parses the first signature of a `Signature-Input` dictionary (RFC 9421 §4.1). */
export function parseSignatureInput(header: string): ParsedInput {
  const match = /^\s*([a-z*][a-z0-9_.*-]*)=(\(([^)]*)\)((?:;[a-z*][a-z0-9_.*-]*=(?:"[^"]*"|-?\d+))*))\s*$/.exec(header);
  if (!match) throw refuse('Signature-Input must hold one signature: label=("component" …);keyid="…";created=…');
  const [, label = '', params = '', list = '', rawParams = ''] = match;
  const components = [...list.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').toLowerCase());
  const values = new Map<string, string>();
  for (const p of rawParams.matchAll(/;([a-z*][a-z0-9_.*-]*)=("([^"]*)"|(-?\d+))/g)) values.set(p[1] ?? '', p[3] ?? p[4] ?? '');
  const num = (name: string) => (values.has(name) ? Number(values.get(name)) : undefined);
  return { label, components, params, keyid: values.get('keyid'), created: num('created'), expires: num('expires') };
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The signature base of RFC 9421 §2.5 for `input` over `request`. */
export function signatureBase(request: FastifyRequest, input: ParsedInput): string {
  const [path = '/', query] = request.url.split(/\?(.*)/s, 2);
  const lines = input.components.map((component) => {
    let value: string | undefined;
    if (component === '@method') value = request.method.toUpperCase();
    else if (component === '@authority') value = (request.headers.host ?? '').toLowerCase();
    else if (component === '@path') value = path;
    else if (component === '@query') value = `?${query ?? ''}`;
    else if (component.startsWith('@')) throw refuse(`component ${component} is not supported`);
    else value = headerValue(request, component)?.trim();
    if (value === undefined) throw refuse(`the signed header ${component} is missing`);
    return `"${component}": ${value}`;
  });
  lines.push(`"@signature-params": ${input.params}`);
  return lines.join('\n');
}

/** Checks `Content-Digest: sha-256=:<base64>:` against the raw body. */
function checkDigest(request: FastifyRequest): void {
  const header = headerValue(request, 'content-digest');
  const match = header ? /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/.exec(header) : null;
  if (!match?.[1]) throw refuse('a body needs a Content-Digest header with sha-256');
  const expected = Buffer.from(match[1], 'base64');
  const actual = createHash('sha256')
    .update(request.rawBody ?? Buffer.alloc(0))
    .digest();
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw refuse('the body does not match its Content-Digest');
}

/** Verifies the request's signature with `key` (ES256, r‖s as RFC 9421 §3.3.1 has it). */
export function verifyRequestSignature(request: FastifyRequest, key: AgentJwk, now = Date.now()): void {
  const input = parseSignatureInput(headerValue(request, 'signature-input') ?? '');
  const hasBody = (request.rawBody?.length ?? 0) > 0;
  const required = ['@method', '@authority', '@path'];
  if (request.url.includes('?')) required.push('@query');
  if (request.headers['idempotency-key'] !== undefined) required.push('idempotency-key');
  if (request.headers['ucp-agent'] !== undefined) required.push('ucp-agent');
  if (hasBody) required.push('content-digest', 'content-type');
  const uncovered = required.filter((c) => !input.components.includes(c));
  if (uncovered.length > 0) throw refuse(`it must cover ${uncovered.join(', ')}`);
  const seconds = Math.floor(now / 1000);
  if (input.created === undefined || Math.abs(seconds - input.created) > SIGNATURE_MAX_AGE_SECONDS) {
    throw refuse(`created must be within ${SIGNATURE_MAX_AGE_SECONDS} s of now`);
  }
  if (input.expires !== undefined && input.expires < seconds) throw refuse('it has expired');
  if (hasBody) checkDigest(request);

  const signatureHeader = headerValue(request, 'signature') ?? '';
  const sig = new RegExp(`(?:^|,)\\s*${input.label.replace(/[.*]/g, '\\$&')}=:([A-Za-z0-9+/=]+):`).exec(signatureHeader);
  if (!sig?.[1]) throw refuse(`no Signature for label ${input.label}`);
  const publicKey = createPublicKey({ key: { kty: key.kty, crv: key.crv, x: key.x, y: key.y }, format: 'jwk' });
  const isValid = verify(
    'sha256',
    Buffer.from(signatureBase(request, input)),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig[1], 'base64'),
  );
  if (!isValid) throw refuse('the signature does not verify with the agent’s key');
}

/**
 * In `scope` (the agent protocol routes): keeps each JSON body's raw bytes, and turns a signed
 * request from a caller without a bearer token into its agent. Runs before the access check.
 */
export function installSignedAgents(scope: FastifyInstance, db: Db): void {
  scope.decorateRequest('rawBody', undefined);
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    request.rawBody = body;
    if (body.length === 0) {
      done(new MalformedJson({ detail: 'Send a JSON document in the request body.' }), undefined);
      return;
    }
    try {
      done(null, JSON.parse(body.toString('utf8')));
    } catch {
      done(new MalformedJson({ detail: 'Send a JSON document in the request body.' }), undefined);
    }
  });
  scope.addHook('preValidation', async (request) => {
    if (request.headers['signature-input'] === undefined) return;
    if (request.principal.kind !== 'anonymous') throw refuse('send either a bearer key or a signature, not both');
    const { keyid } = parseSignatureInput(headerValue(request, 'signature-input') ?? '');
    const found = keyid ? await findAgentByKeyId(db, keyid) : undefined;
    if (!found) throw refuse('keyid names no key of an enabled agent');
    verifyRequestSignature(request, found.key);
    request.principal = found.principal;
  });
}
