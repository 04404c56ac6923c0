import type { Db } from '../../platform/db/index.ts';
import { deliveryFormat } from './formats.ts';
import { claimDeliveries, fanOut, recordResults, sequenceOutbox, type ClaimedDelivery } from './relay.ts';
import { createSender, type DeliveryResult, type Sender } from './sender.ts';
import type { Resolver } from './ssrf.ts';

/**
 * The relay loop one process runs (every server runs one; any number may share a database). Each
 * pass sequences, fans out, then delivers one batch concurrently and records it in one statement.
 */

export interface RelayOptions {
  timeoutMs: number;
  retryBaseMs: number;
  allowPrivate: boolean;
  resolve: Resolver;
  /** Deliveries sent concurrently per pass (default 200). */
  batchSize?: number;
  /** Sleep when a pass found nothing to do (default 250 ms). */
  pollMs?: number;
  onError?: (error: unknown) => void;
  /** The shop's public URL, for delivery formats that link to it (an agent protocol's order permalink). */
  publicUrl?: string;
}

export interface PassReport {
  sequenced: number;
  fannedOut: number;
  attempted: number;
  delivered: number;
}

export interface Relay {
  /** One pass (tests call it directly). */
  runOnce(): Promise<PassReport>;
  /** Passes until one finds nothing due. */
  drain(): Promise<PassReport>;
  start(): void;
  stop(): Promise<void>;
}

export function createRelay(db: Db, options: RelayOptions): Relay {
  const sender: Sender = createSender(options);
  const batchSize = options.batchSize ?? 200;
  // The lease outlives any attempt (the sender aborts at the timeout) plus recording it.
  const leaseMs = options.timeoutMs + 5000;
  let stopped = true;
  let loop: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;

  /** Sends one delivery: Stockroom's body as claimed, or rendered and signed by its endpoint's format. */
  const deliver = async (delivery: ClaimedDelivery): Promise<DeliveryResult> => {
    const base = { url: delivery.url, eventId: delivery.eventId, secrets: delivery.secrets };
    if (delivery.format === 'stockroom') return sender.send({ ...base, body: delivery.body });
    const format = deliveryFormat(delivery.format);
    let body: string;
    try {
      if (!format) throw new Error(`no delivery format ${delivery.format} in this process`);
      body = await format.render({ db, publicUrl: options.publicUrl ?? '' }, delivery.event);
    } catch (error) {
      // Not sent: a failed attempt like any other, retried with backoff.
      return { ok: false, status: null, latencyMs: 0, body: null, error: `not rendered: ${(error as Error).message}`.slice(0, 500) };
    }
    return sender.send({
      ...base,
      body,
      headers: (timestamp) => format.headers({ secrets: delivery.secrets, timestamp, body, eventId: delivery.eventId }),
    });
  };

  const runOnce = async (): Promise<PassReport> => {
    const sequenced = await sequenceOutbox(db);
    let fannedOut = 0;
    for (let n = await fanOut(db); n > 0; n = await fanOut(db)) fannedOut += n;
    const claimed = await claimDeliveries(db, batchSize, leaseMs);
    const outcomes = await Promise.all(claimed.map(async (delivery) => ({ delivery, result: await deliver(delivery) })));
    await recordResults(db, outcomes, options.retryBaseMs);
    return { sequenced, fannedOut, attempted: claimed.length, delivered: outcomes.filter((o) => o.result.ok).length };
  };

  const drain = async (): Promise<PassReport> => {
    const total: PassReport = { sequenced: 0, fannedOut: 0, attempted: 0, delivered: 0 };
    for (;;) {
      const pass = await runOnce();
      total.sequenced += pass.sequenced;
      total.fannedOut += pass.fannedOut;
      total.attempted += pass.attempted;
      total.delivered += pass.delivered;
      if (pass.sequenced + pass.fannedOut + pass.attempted === 0) return total;
    }
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      let busy = false;
      try {
        const pass = await runOnce();
        busy = pass.sequenced + pass.fannedOut + pass.attempted > 0;
      } catch (error) {
        options.onError?.(error);
      }
      if (!busy && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs ?? 250);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  };

  return {
    runOnce,
    drain,
    start() {
      if (!stopped) return;
      stopped = false;
      loop = run();
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      sender.close();
    },
  };
}
