import type { Db } from '../../platform/db/index.ts';
import { deliveryFormat } from './formats.ts';
import { claimDeliveries, fanOut, recordResults, sequenceOutbox, type ClaimedDelivery } from './relay.ts';
import { createSender, type DeliveryResult, type Sender } from './sender.ts';
import type { Resolver } from './ssrf.ts';

/**
 * The relay loop one process runs (every server runs one; any number may share a database). Each
 * pass sequences, fans out, then delivers one batch concurrently and records it in one transaction:
 * a constant number of statements per batch, never per event.
 *
 * While there is a backlog (a pass claimed a full batch), a process runs up to `lanes` passes side
 * by side (default 2), so one batch is on the wire while another is being claimed or recorded; the
 * extra lanes end at the first pass that finds nothing, so an idle relay polls with one. Lanes
 * cooperate exactly as separate relay processes do (SKIP LOCKED claims, the per-aggregate head
 * rule), so no guarantee depends on their number; they bound what one process has in flight to
 * `lanes × batchSize` deliveries and `lanes` database connections, and every pass yields to the
 * event loop so API requests are served between them.
 */

export interface RelayOptions {
  timeoutMs: number;
  retryBaseMs: number;
  allowPrivate: boolean;
  resolve: Resolver;
  /** Deliveries sent concurrently per pass (default 200). */
  batchSize?: number;
  /** Passes run side by side by `start()` while there is a backlog (default 2). */
  lanes?: number;
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
  const lanes = Math.max(1, options.lanes ?? 2);
  let stopped = true;
  let loop: Promise<void> = Promise.resolve();
  const wakes = new Set<() => void>();

  /** Sends one delivery: Stockroom's body as claimed, or rendered and signed by its endpoint's format. */
  const deliver = async (delivery: ClaimedDelivery): Promise<DeliveryResult> => {
    const base = { url: delivery.url, eventId: delivery.eventId, secrets: delivery.secrets };
    if (delivery.format === 'stockroom') return sender.send({ ...base, body: delivery.body });
    const format = deliveryFormat(delivery.format);
    let body: string;
    let headers: Record<string, string>;
    try {
      if (!format) throw new Error(`no delivery format ${delivery.format} in this process`);
      const context = { db, publicUrl: options.publicUrl ?? '' };
      body = await format.render(context, delivery.event);
      headers = await format.headers({
        secrets: delivery.secrets,
        timestamp: Math.floor(Date.now() / 1000),
        body,
        eventId: delivery.eventId,
        event: delivery.event,
        url: delivery.url,
        context,
      });
    } catch (error) {
      // Not sent: a failed attempt like any other, retried with backoff.
      return { ok: false, status: null, latencyMs: 0, body: null, error: `not rendered: ${(error as Error).message}`.slice(0, 500) };
    }
    return sender.send({ ...base, body, headers: () => headers });
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

  const busy = (pass: PassReport): boolean => pass.sequenced + pass.fannedOut + pass.attempted > 0;
  // Lets the requests that arrived during a pass run before the next one.
  const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
  const helpers = new Set<Promise<void>>();

  /** An extra lane: passes until one finds nothing to do. */
  const helper = async (): Promise<void> => {
    while (!stopped) {
      try {
        if (!busy(await runOnce())) return;
      } catch (error) {
        options.onError?.(error);
        return;
      }
      await yieldToRequests();
    }
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      let pass: PassReport | undefined;
      try {
        pass = await runOnce();
      } catch (error) {
        options.onError?.(error);
      }
      if (pass && pass.attempted >= batchSize && helpers.size < lanes - 1) {
        const lane: Promise<void> = helper().finally(() => helpers.delete(lane));
        helpers.add(lane);
      }
      if (pass && busy(pass)) {
        await yieldToRequests();
      } else if (!stopped) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            wakes.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, options.pollMs ?? 250);
          wakes.add(wake);
        });
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
      for (const wake of [...wakes]) wake();
      await loop;
      await Promise.all([...helpers]);
      sender.close();
    },
  };
}
