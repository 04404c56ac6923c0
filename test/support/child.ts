import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A Stockroom server in a child process, for tests that kill it with SIGKILL. */
export interface ChildServer {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the signal (or exit code) once the process is gone. */
  exited: Promise<string>;
  kill(): Promise<string>;
}

/** The environment of a child on this test's own PostgreSQL schema (search_path in the URL options). */
export function childEnv(databaseUrl: string, schema: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: '0',
    STOCKROOM_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    STOCKROOM_DB_POOL_SIZE: '5',
    STOCKROOM_CHECKOUT_RATE_PER_IP: '100000',
    ...extra, // every test request comes from 127.0.0.1
  };
  delete env.NODE_TEST_CONTEXT; // the child is a server, not a test process
  return env;
}

export async function startChild(env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const child = spawn(process.execPath, ['bin/stockroom.mjs', 'serve'], {
    env: { ...env, LOG_LEVEL: 'info' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${how}) before listening: ${out}`));
    });
  });
  return {
    url,
    child,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

/** Runs `stockroom <args>` to completion; its exit code and output. */
export function runCli(env: NodeJS.ProcessEnv, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['bin/stockroom.mjs', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export interface HttpReply {
  status: number;
  body: Record<string, unknown> & { code?: string; order?: { id: string; total: number } };
}

/** POST /store/carts/:id/complete over the network; undefined when the connection died without an answer. */
export async function completeOverHttp(url: string, cartId: string, key: string): Promise<HttpReply | undefined> {
  try {
    const res = await fetch(`${url}/store/carts/${cartId}/complete`, { method: 'POST', headers: { 'idempotency-key': key } });
    return { status: res.status, body: (await res.json()) as HttpReply['body'] };
  } catch {
    return undefined;
  }
}
