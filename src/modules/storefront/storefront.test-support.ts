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
