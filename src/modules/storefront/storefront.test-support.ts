import pino from 'pino';
import { loadConfig } from '../../platform/config.ts';
import type { CommandContext } from '../../platform/module.ts';
import { modules } from '../index.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';

/** A test app holding the demo shop (catalog, stock, EU and US regions, codes) and an admin token. */
export async function startDemoShop(env: Record<string, string> = {}): Promise<TestApp & { admin: string }> {
  const t = await startTestApp({ STOCKROOM_PUBLIC_URL: 'https://shop.example.test', ...env });
  const context: CommandContext = {
    db: t.database.db,
    database: t.database,
    config: loadConfig({
      NODE_ENV: 'test',
      STOCKROOM_DEMO_DATA: 'true',
      STOCKROOM_OWNER_EMAIL: 'owner@example.test',
      STOCKROOM_OWNER_PASSWORD: 'owner-password-1',
    }),
    log: pino({ level: 'silent' }),
    print: () => undefined,
  };
  for (const module of modules) await module.bootstrap?.(context);
  return { ...t, admin: await createStaffToken(t, 'owner') };
}

/** Every `<link rel="canonical">` href in a page. */
export function canonicals(body: string): string[] {
  return [...body.matchAll(/<link rel="canonical" href="([^"]*)"\s*\/?>/g)].map((m) => decode(m[1] ?? ''));
}

/** Every JSON-LD block in a page, parsed. */
export function jsonLdBlocks(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
}

export function titleOf(body: string): string | undefined {
  const m = /<title>(.*?)<\/title>/s.exec(body);
  return m ? decode(m[1] ?? '') : undefined;
}

export function metaContent(body: string, name: string): string | undefined {
  const m = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"\\s*/?>`).exec(body);
  return m ? decode(m[1] ?? '') : undefined;
}

/** Every same-site href in a page (paths), entities decoded. */
export function links(body: string): string[] {
  return [...body.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => decode(m[1] ?? '')).filter((h) => h.startsWith('/'));
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A browser-like visitor over `app.inject`: keeps cookies, posts forms with the page's CSRF token. */
export class Visitor {
  readonly cookies = new Map<string, string>();
  readonly setCookieLines: string[] = [];
  csrf = '';
  constructor(
    private readonly app: TestApp['app'],
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  private remember(headers: Record<string, unknown>): void {
    const raw = headers['set-cookie'];
    const lines = raw === undefined ? [] : Array.isArray(raw) ? raw.map((l) => l as string) : [raw as string];
    for (const line of lines) {
      this.setCookieLines.push(line);
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size > 0 ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  async get(url: string) {
    const res = await this.app.inject({ method: 'GET', url, headers: { ...this.extraHeaders, ...this.cookieHeader() } });
    this.remember(res.headers);
    const token = /name="_csrf" value="([^"]*)"/.exec(res.body);
    if (token?.[1]) this.csrf = token[1];
    return res;
  }

  async post(url: string, fields: Record<string, string>, options: { csrf?: string | null; origin?: string } = {}) {
    const form = new URLSearchParams(fields);
    if (options.csrf !== null) form.set('_csrf', options.csrf ?? this.csrf);
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: form.toString(),
      headers: {
        ...this.extraHeaders,
        ...this.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
        ...(options.origin ? { origin: options.origin } : {}),
      },
    });
    this.remember(res.headers);
    return res;
  }
}
