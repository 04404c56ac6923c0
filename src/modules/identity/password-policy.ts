import { readFileSync } from 'node:fs';
import { BadRequest } from '../../platform/errors.ts';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from './passwords.ts';

/**
 * The rules a new password must meet (ASVS 6.2.1–6.2.12, NIST SP 800-63B): 8 to 128 characters, and
 * not one of the commonly breached passwords in `common-passwords.txt`, compared case-insensitively.
 * Nothing else: no composition rules, no trimming, no truncation (argon2 hashes every character).
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line.length > 0 && !line.startsWith('#')),
);

/** How many passwords the common-password list holds (a test checks it is a real list). */
export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

/** Why `password` may not be used as a new password, or undefined when it may. */
export function newPasswordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  if (isCommonPassword(password)) return 'is too common: it appears in lists of breached passwords, so choose another';
  return undefined;
}

/**
 * Checks a new password against the policy (400 `validation_failed` at `path` otherwise) and hashes
 * it. Every place that sets a password (register, reset, change, staff create/update) goes through here.
 */
export async function hashNewPassword(password: string, path = '/password'): Promise<string> {
  const message = newPasswordProblem(password);
  if (message) throw new BadRequest({ detail: `The password ${message}.`, errors: [{ path, message }] });
  return hashPassword(password);
}
