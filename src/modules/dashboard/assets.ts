import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the admin web app, held in memory with its gzip form and a strong ETag. */
export interface Asset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function asset(name: string, body: Buffer): Asset {
  const extension = name.slice(name.lastIndexOf('.'));
  const contentType = TYPES[extension];
  if (!contentType) throw new Error(`admin UI: no content type for ${name}`);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { contentType, body, gzipped: gzipSync(body, { level: 9 }), etag };
}

/**
 * Every file of the admin web app, read once at start: our own ES modules and stylesheet from `ui/`,
 * and Preact + htm as one ES module from node_modules (`htm/preact/standalone`). No build step: the
 * browser loads the modules as they are written.
 */
export function loadAssets(): { index: Asset; files: ReadonlyMap<string, Asset> } {
  const dir = new URL('./ui/', import.meta.url);
  const files = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    if (name === 'index.html' || !/^[a-z0-9-]+\.(js|css)$/.test(name)) continue;
    files.set(name, asset(name, readFileSync(new URL(name, dir))));
  }
  // The package exports the ES module build only under the `browser` condition; it sits beside the CommonJS one.
  const commonJs = createRequire(import.meta.url).resolve('htm/preact');
  const esModule = join(dirname(commonJs), 'standalone.module.js');
  files.set('preact-htm.js', asset('preact-htm.js', readFileSync(esModule)));
  return { index: asset('index.html', readFileSync(new URL('index.html', dir))), files };
}
