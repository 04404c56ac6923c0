import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

/** One request a test receiver got: the raw body exactly as sent, and its headers. */
export interface Received {
  at: number;
  method: string;
  /** The request target as received: path and query. */
  target: string;
  headers: IncomingHttpHeaders;
  body: string;
  eventId: string;
}

/** What the receiver answers: a status (and optional body), after an optional delay. */
export type Answer = { status: number; body?: string; delayMs?: number; headers?: Record<string, string> };

/**
 * A local webhook receiver speaking plain HTTP: records every request and answers as `answer`
 * decides (200 by default). Listens on 127.0.0.1, on `port` when given (a receiver brought back up
 * on the same address after being down).
 */
export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  answer: (request: Received, index: number) => Answer;
  close(): Promise<void>;
}

export async function startReceiver(
  port = 0,
  answer: (request: Received, index: number) => Answer = () => ({ status: 200 }),
): Promise<Receiver> {
  const received: Received[] = [];
  const state: Receiver = {
    url: '',
    port: 0,
    received,
    answer,
    close: () => close(server),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const record: Received = {
        at: Date.now(),
        method: req.method ?? '',
        target: req.url ?? '',
        headers: req.headers,
        body,
        eventId: String(req.headers['stockroom-event-id'] ?? ''),
      };
      received.push(record);
      const reply = state.answer(record, received.length - 1);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
        res.end(reply.body ?? 'ok');
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}`;
  after(() => close(server));
  return state;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Polls `check` until true or `timeoutMs` passes (then throws with `what`). */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Drains `relay` until `received` holds `count` requests (the relay may need passes for backoff). */
export async function drainUntil(relay: { drain(): Promise<unknown> }, received: Received[], count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (received.length < count && Date.now() < deadline) {
    await relay.drain();
    if (received.length < count) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (received.length < count) throw new Error(`expected ${count} webhook requests, got ${received.length}`);
}
