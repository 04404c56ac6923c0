import { createHash } from 'node:crypto';

/**
 * sha256 of a high-entropy token (session, API key, reset token). A slow hash is not needed for
 * 256-bit random secrets, and a fast one lets every request look its token up by an index.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
