import { Unavailable } from '../../../platform/errors.ts';

/**
 * Admission of cart completions, per process. A completion runs three phases, and the provider call
 * between them (the in-process test provider) needs database connections too: when every buyer of
 * a sale starts at once, each later phase of the first completions queued for the pool behind the
 * first phase of all the others, so an authorization could outlast the provider timeout and an order
 * the pool wait, after stock was held (answered 503 while stock remained). So at most `limit`
 * completions run at once — fewer than the pool has connections, so an admitted one always finds
 * one — and the rest wait here, first come first served, holding no stock, no payment and no
 * connection. A completion that waits longer than `maxWaitMs` gets 503 before it has done anything.
 */
export interface CheckoutGate {
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** Completions running now, and waiting for their turn (for tests and diagnostics). */
  readonly running: number;
  readonly waiting: number;
}

/** How long a completion may wait for its turn: far longer than any burst a pool drains. */
export const CHECKOUT_ADMISSION_WAIT_MS = 60_000;

/** The number of completions a pool of `poolSize` connections runs at once: two connections stay for everything else. */
export function checkoutConcurrency(poolSize: number): number {
  return Math.max(1, poolSize - 2);
}

export function createCheckoutGate(limit: number, maxWaitMs = CHECKOUT_ADMISSION_WAIT_MS): CheckoutGate {
  let running = 0;
  const queue: { admit: () => void; timer: NodeJS.Timeout }[] = [];
  const release = (): void => {
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(); // the slot passes straight to the next in line
    } else {
      running -= 1;
    }
  };
  const acquire = (): Promise<void> => {
    if (running < limit) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        admit: resolve,
        timer: setTimeout(() => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          reject(new Unavailable({ detail: 'Too many checkouts are in progress; nothing was reserved or charged. Retry shortly.' }));
        }, maxWaitMs),
      };
      queue.push(entry);
    });
  };
  return {
    async run(fn) {
      await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
