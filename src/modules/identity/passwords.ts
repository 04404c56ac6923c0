import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify, type Options } from '@node-rs/argon2';
import { Unavailable } from '../../platform/errors.ts';

/**
 * Password hashing with argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
 * Every hash and verify goes through a small semaphore: each one holds 19 MiB and a CPU for tens of
 * milliseconds, so a login flood queues here instead of starving every other route.
 */
// `algorithm` is left at the library default, Argon2id (its const enum cannot be imported under
// isolatedModules); the hashing test checks every stored hash starts with `$argon2id$v=19$m=19456,t=2,p=1$`.
const OPTIONS: Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** How many `fn`s run right now, and the most that ever ran at once (what the cap test reads). */
  running = 0;
  peak = 0;
  constructor(
    readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      // Past this many queued, waiting would only time out later: shed the load now.
      if (this.waiting.length >= this.maxWaiting) throw new Unavailable({ detail: 'Too many sign-ins at once; retry shortly.' });
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    this.running += 1;
    this.peak = Math.max(this.peak, this.running);
    try {
      return await fn();
    } finally {
      this.running -= 1;
      const next = this.waiting.shift();
      if (next)
        next(); // hand the slot over directly; `active` stays the same
      else this.active -= 1;
    }
  }
}

// At most half the cores (and never more than 4) hash at once; the rest stay free for other routes.
const argon2Slots = new Semaphore(Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2))), 256);

/** The argon2 cap and what it has let through; `resetPeak` starts a new measurement (tests). */
export function argon2Stats(options: { resetPeak?: boolean } = {}): { limit: number; running: number; peak: number } {
  const stats = { limit: argon2Slots.limit, running: argon2Slots.running, peak: argon2Slots.peak };
  if (options.resetPeak) argon2Slots.peak = argon2Slots.running;
  return stats;
}

/** Hashes a password as an argon2id PHC string (no policy check: new passwords go through `hashNewPassword`). */
export function hashPassword(password: string): Promise<string> {
  return argon2Slots.run(() => hash(password, OPTIONS));
}

let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash ahead of the first login, so that login costs the same as every other. */
export async function warmPasswordHashing(): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await dummyHash;
}

/**
 * Checks a password against a stored hash. With no stored hash (unknown account) it verifies against
 * a dummy hash, so an unknown email costs the same one argon2 verify as a wrong password.
 */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const target = storedHash ?? (await dummyHash);
  const ok = await argon2Slots.run(async () => {
    try {
      return await verify(target, password);
    } catch {
      return false; // a malformed stored hash never authenticates
    }
  });
  return ok && storedHash !== undefined;
}

/** True when a stored hash is weaker than the current parameters (rehash it at the next login). */
export function needsRehash(storedHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!match) return true;
  const [m, t, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m < 19456 || t < 2 || p !== 1;
}

/** A random password for generated accounts (first owner, CLI): 128 bits, URL-safe. */
export function generatePassword(): string {
  return randomBytes(16).toString('base64url');
}
