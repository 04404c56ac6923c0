/**
 * What a benchmark workload is, and the tools workloads share: a keep-alive HTTP client, a
 * closed-loop driver that records latencies, and wrk (or autocannon when wrk is not installed) for
 * plain GET floods.
 *
 * A workload is an object `{ id, title, baseline, run(ctx) }`. To add one, write a file in
 * `bench/workloads/` that exports `workloads: Workload[]`; `npm run bench` picks up every such file
 * (`--only=ID,…` selects by id).
 */
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Catalog {
  /** Product handles `bench-0` … `bench-<count-1>`. */
  productCount: number;
  /** Every variant id of the seeded catalog, in product order (three per product). */
  variantIds: string[];
  /** Words every title is made of (for search queries). */
  words: string[];
}

export interface Shop {
  regionId: string;
  shippingOptionId: string;
  /** Bearer tokens of signed-in customers (W3 uses one per concurrent customer). */
  customerTokens: string[];
}

export interface BenchContext {
  /** The server's PostgreSQL URL (with its search_path); undefined with --embedded. */
  databaseUrl?: string | undefined;
  /** Stockroom's base URL, e.g. http://127.0.0.1:4123. */
  baseUrl: string;
  /** A staff token with the owner role. */
  adminToken: string;
  catalog: Catalog;
  shop: Shop;
  /** The workload's duration in seconds: `--duration` when given, else the workload's own default. */
  seconds(defaultSeconds: number): number;
  /** Load-generator connections for HTTP floods (50 per the issue). */
  connections: number;
  log(line: string): void;
}

export interface WorkloadResult {
  /** The headline figure and its unit: req/s, orders/s, ops/s. */
  throughput: number;
  unit: string;
  p50Ms?: number | undefined;
  p99Ms?: number | undefined;
  /** HTTP requests sent (for statements per request). */
  requests: number;
  non2xx: number;
  errors: number;
  /** A correctness verdict, when the workload has one (W4: exactly 100/100/0). */
  check?: { ok: boolean; detail: string };
  /** Anything else worth printing: per-step latencies, counts. */
  extra?: Record<string, number | string>;
}

export interface Workload {
  id: string;
  title: string;
  /** The same-run baseline the ratio is taken against: the bare HTTP route, pgbench tps, or none. */
  baseline: 'http' | 'commit' | 'none';
  run(ctx: BenchContext): Promise<WorkloadResult>;
}

// ---------------------------------------------------------------------------------------------
// HTTP client

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** One JSON request over the global (keep-alive, pooled) fetch. */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

export function expectStatus(answer: Answer<unknown>, status: number, what: string): void {
  if (answer.status !== status)
    throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

// ---------------------------------------------------------------------------------------------
// Latencies

/** A latency recorder: exact percentiles over every sample (a run has at most a few 100k). */
export class Latencies {
  private samples: number[] = [];
  add(ms: number): void {
    this.samples.push(ms);
  }
  get count(): number {
    return this.samples.length;
  }
  percentile(p: number): number | undefined {
    if (this.samples.length === 0) return undefined;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
  }
}

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

/**
 * Runs `users` concurrent loops of `step` until `seconds` have passed; each loop starts its next
 * step as soon as the previous one ends (a closed loop, as real customers behave).
 */
export async function closedLoop(users: number, seconds: number, step: (user: number) => Promise<void>): Promise<number> {
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      while (performance.now() < end) await step(user);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** A deterministic pseudo-random generator (mulberry32), so runs draw the same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// GET floods

export interface FloodResult {
  requestsPerSec: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

let wrkAvailable: boolean | undefined;

async function hasWrk(): Promise<boolean> {
  wrkAvailable ??= await new Promise<boolean>((resolve) => {
    const child = spawn('wrk', ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', () => resolve(true));
  });
  return wrkAvailable;
}

/** The load generator `flood` uses: wrk when installed (least CPU per request), else autocannon. */
export async function floodTool(): Promise<'wrk' | 'autocannon'> {
  return (await hasWrk()) ? 'wrk' : 'autocannon';
}

const WRK_DONE = `
done = function(summary, latency, requests)
  local s = summary
  io.write(string.format('WRKJSON {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p99":%d}\\n',
    s.requests, s.duration, s.errors.connect, s.errors.read, s.errors.write, s.errors.status, s.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`;

/**
 * Floods GETs at `paths` (drawn at random per request) with `connections` keep-alive connections
 * for `seconds`. wrk counts a status ≥ 400 as an error; every path here answers 200 when healthy.
 */
export async function flood(baseUrl: string, paths: readonly string[], connections: number, seconds: number): Promise<FloodResult> {
  if (await hasWrk()) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
    const script = join(dir, 'paths.lua');
    const list = paths.map((p) => `"${p.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',\n');
    writeFileSync(
      script,
      `local paths = {${list}}
local n = #paths
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("seed", counter) end
init = function(args) math.randomseed(seed * 7919) end
request = function() return wrk.format("GET", paths[math.random(n)]) end
${WRK_DONE}`,
    );
    const threads = Math.min(2, connections);
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '-s', script, baseUrl], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${String(code)}: ${text}`))));
    });
    const match = /WRKJSON (\{.*\})/.exec(out);
    if (!match) throw new Error(`wrk printed no summary: ${out}`);
    const s = JSON.parse(match[1]!) as Record<string, number>;
    return {
      requestsPerSec: Math.round(s.requests! / (s.duration_us! / 1e6)),
      requests: s.requests!,
      p50Ms: round(s.p50! / 1000, 2),
      p99Ms: round(s.p99! / 1000, 2),
      non2xx: s.status!,
      errors: s.connect! + s.read! + s.write! + s.timeout!,
    };
  }
  let i = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    requestsPerSec: Math.round(result.requests.average),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** A flood's result as a workload result. */
export function floodResult(result: FloodResult): WorkloadResult {
  return {
    throughput: result.requestsPerSec,
    unit: 'req/s',
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    requests: result.requests,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
