import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { assertLiteralAllowed, guardedLookup, parseWebhookUrl, type Resolver } from './ssrf.ts';
import { signatureHeader } from './signatures.ts';

/**
 * The HTTP side of a delivery: one POST, signed, with a hard deadline, through sockets whose DNS
 * answers pass the SSRF guard. Redirects are not followed (a 3xx is a failure like any non-2xx);
 * the response body is read to at most 1 KB for the delivery log and never returned to an API caller
 * beyond that.
 */

export interface OutgoingDelivery {
  url: string;
  eventId: string;
  /** The exact bytes sent and signed. */
  body: string;
  /** Live signing secrets, newest first (two during a rotation's overlap). */
  secrets: readonly string[];
  /** Another format's signature headers, instead of `Stockroom-Event-Id` and `Stockroom-Signature`. */
  headers?: ((timestamp: number) => Record<string, string>) | undefined;
}

export interface DeliveryResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  /** The first 1 KB of the response body. */
  body: string | null;
  error: string | null;
}

export interface SenderOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  resolve: Resolver;
}

export interface Sender {
  send(delivery: OutgoingDelivery): Promise<DeliveryResult>;
  close(): void;
}

const LOG_BYTES = 1024;
/** Bytes read past the logged kilobyte before the socket is dropped instead of drained. */
const DRAIN_LIMIT = 64 * 1024;

export function createSender(options: SenderOptions): Sender {
  const lookup = guardedLookup(options.resolve, options.allowPrivate);
  const agentOptions = { keepAlive: true, maxSockets: 64, lookup };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  const send = (delivery: OutgoingDelivery): Promise<DeliveryResult> => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let url: URL;
    try {
      url = parseWebhookUrl(delivery.url, options.allowPrivate);
      assertLiteralAllowed(url, options.allowPrivate);
    } catch (error) {
      return Promise.resolve({ ok: false, status: null, latencyMs: elapsed(), body: null, error: `refused: ${(error as Error).message}` });
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(delivery.body, 'utf8');
    const isHttps = url.protocol === 'https:';
    return new Promise<DeliveryResult>((resolve) => {
      let settled = false;
      const finish = (result: Omit<DeliveryResult, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, latencyMs: elapsed() });
      };
      const request = (isHttps ? https : http).request(url, {
        method: 'POST',
        agent: isHttps ? agents.https : agents.http,
        lookup,
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          'user-agent': 'Stockroom-Webhooks/1',
          ...(delivery.headers
            ? delivery.headers(timestamp)
            : {
                'stockroom-event-id': delivery.eventId,
                'stockroom-signature': signatureHeader(delivery.secrets, timestamp, delivery.body),
              }),
        },
      });
      const timer = setTimeout(() => {
        request.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      request.on('error', (error) => {
        finish({ ok: false, status: null, body: null, error: error.message.slice(0, 500) });
      });
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        let seen = 0;
        response.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (kept < LOG_BYTES) {
            chunks.push(chunk.subarray(0, LOG_BYTES - kept));
            kept += Math.min(chunk.length, LOG_BYTES - kept);
          }
          if (seen > DRAIN_LIMIT) response.destroy();
        });
        const done = () => {
          const ok = status >= 200 && status < 300;
          finish({ ok, status, body: Buffer.concat(chunks).toString('utf8'), error: ok ? null : `answered ${status}` });
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      });
      request.end(payload);
    });
  };

  return {
    send,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
