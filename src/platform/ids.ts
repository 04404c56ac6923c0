import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

function timePart(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i += 1) {
    out = ALPHABET.charAt(t % 32) + out;
    t = Math.floor(t / 32);
  }
  return out;
}

/**
 * A new prefixed id, e.g. `prod_01jd…`: 48 bits of milliseconds (so ids sort by creation time and
 * index well) followed by 128 bits from the CSPRNG, so no id (cart, order) can be guessed.
 */
export function newId(prefix: string): string {
  return `${prefix}_${timePart(Date.now())}${base32(randomBytes(16))}`;
}

/** An opaque secret token with `bytes` of CSPRNG randomness, URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
