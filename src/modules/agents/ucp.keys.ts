import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { AgentJwk } from './agents.tables.ts';
import { shopSigningKeys } from './ucp.tables.ts';

/**
 * The shop's own ES256 signing key: its public half is published in the UCP business profile
 * (`signing_keys`), its private half signs what Stockroom sends agents (RFC 9421 over `@status`,
 * `content-digest` and `content-type`, as UCP's response signing has it). Created on first use;
 * two processes creating it at once both insert, and the oldest unretired key wins for everyone.
 */

export interface ShopSigningKey {
  kid: string;
  publicJwk: AgentJwk;
  privateKey: KeyObject;
}

const cache = new WeakMap<Db, ShopSigningKey>();

async function oldestKey(db: Db): Promise<ShopSigningKey | undefined> {
  const [row] = await db
    .select()
    .from(shopSigningKeys)
    .where(isNull(shopSigningKeys.retiredAt))
    .orderBy(asc(shopSigningKeys.createdAt), asc(shopSigningKeys.kid))
    .limit(1);
  if (!row) return undefined;
  return { kid: row.kid, publicJwk: row.publicJwk, privateKey: createPrivateKey({ key: row.privateJwk, format: 'jwk' }) };
}

/** The shop's current signing key, generated and stored the first time it is needed. */
export async function shopSigningKey(db: Db): Promise<ShopSigningKey> {
  const cached = cache.get(db);
  if (cached) return cached;
  let key = await oldestKey(db);
  if (!key) {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const kid = newId('shopkey');
    const pub = publicKey.export({ format: 'jwk' });
    const publicJwk: AgentJwk = { kid, kty: 'EC', crv: 'P-256', x: pub.x, y: pub.y, use: 'sig', alg: 'ES256' };
    const privateJwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
    await db.insert(shopSigningKeys).values({ kid, publicJwk, privateJwk }).onConflictDoNothing();
    key = await oldestKey(db);
    if (!key) throw new Error('the shop signing key could not be stored');
  }
  cache.set(db, key);
  return key;
}

/** The public keys to publish: every unretired key, oldest first. */
export async function shopPublicKeys(db: Db): Promise<(AgentJwk & { kid: string })[]> {
  await shopSigningKey(db);
  const rows = await db
    .select({ publicJwk: shopSigningKeys.publicJwk })
    .from(shopSigningKeys)
    .where(isNull(shopSigningKeys.retiredAt))
    .orderBy(asc(shopSigningKeys.createdAt), asc(shopSigningKeys.kid));
  return rows.map((r) => ({ ...r.publicJwk, kid: r.publicJwk.kid ?? '' }));
}

/** `sha-256=:<base64>:` of `body` (RFC 9530). */
export function contentDigest(body: Buffer | string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

/**
 * The RFC 9421 headers signing a response (`@status`, and `content-digest`, `content-type` when it
 * has a body) with the shop's key; ES256 with r‖s as RFC 9421 §3.3.1 has it.
 */
export function signResponse(
  key: ShopSigningKey,
  status: number,
  body: Buffer | string | undefined,
  contentType: string | undefined,
  now = Date.now(),
): Record<string, string> {
  const headers: Record<string, string> = {};
  const components = ['@status'];
  const lines = [`"@status": ${status}`];
  if (body !== undefined && body.length > 0 && contentType) {
    headers['content-digest'] = contentDigest(body);
    components.push('content-digest', 'content-type');
    lines.push(`"content-digest": ${headers['content-digest']}`, `"content-type": ${contentType}`);
  }
  const params = `(${components.map((c) => `"${c}"`).join(' ')});created=${Math.floor(now / 1000)};keyid="${key.kid}";alg="ecdsa-p256-sha256"`;
  lines.push(`"@signature-params": ${params}`);
  const signature = sign('sha256', Buffer.from(lines.join('\n')), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  headers['signature-input'] = `sig1=${params}`;
  headers.signature = `sig1=:${signature.toString('base64')}:`;
  return headers;
}
