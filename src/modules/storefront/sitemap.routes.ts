import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { ModuleContext } from '../../platform/module.ts';
import { listSitemapEntries, type SitemapEntry } from '../catalog/index.ts';
import { escapeHtml } from './html.ts';
import { absoluteUrl, categoryPath, collectionPath, isIndexingAllowed, productPath, robotsTxt } from './seo.ts';

/**
 * /sitemap.xml is an index of child sitemaps, one series per kind (pages, products, categories,
 * collections) split every `sitemapMaxUrls` URLs. They list exactly the canonical URLs of the
 * indexable pages, with `lastmod` from each entity's last significant change.
 */

const KINDS = ['pages', 'products', 'categories', 'collections'] as const;
type Kind = (typeof KINDS)[number];
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xml = (text: string) => escapeHtml(text);

interface UrlEntry {
  loc: string;
  lastmod?: string | undefined;
}

const pathOf: Readonly<Record<Exclude<Kind, 'pages'>, (handle: string) => string>> = {
  products: productPath,
  categories: categoryPath,
  collections: collectionPath,
};

/** Every URL of one kind, in a stable order. */
async function urlsOf(db: ModuleContext['db'], publicUrl: string, kind: Kind): Promise<UrlEntry[]> {
  if (kind === 'pages') return [{ loc: `${publicUrl}/` }];
  const entries: SitemapEntry[] = await listSitemapEntries(db, kind);
  return entries.map((e) => ({ loc: absoluteUrl({ publicUrl }, pathOf[kind](e.handle)), lastmod: e.lastModified }));
}

const latest = (entries: readonly UrlEntry[]) =>
  entries.reduce<string | undefined>(
    (max, e) => (e.lastmod !== undefined && (max === undefined || e.lastmod > max) ? e.lastmod : max),
    undefined,
  );

const ChildParams = Type.Object({ file: Type.String({ pattern: '^[a-z]+-[0-9]{1,6}\\.xml$' }) }, { additionalProperties: false });
const Xml = (description: string) => Type.String({ description });

export interface SitemapRouteContext extends ModuleContext {
  maxUrls: number;
}

export const sitemapRoutes: FastifyPluginAsyncTypebox<SitemapRouteContext> = async (app, { db, config, maxUrls }) => {
  const sendXml = (reply: import('fastify').FastifyReply, body: string) => {
    reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=300');
    if (!isIndexingAllowed(config)) reply.header('x-robots-tag', 'noindex');
    return reply.send(body);
  };

  app.get(
    '/sitemap.xml',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Sitemap index: one child sitemap per kind and slice',
        response: { 200: Xml('A sitemap index') },
      },
    },
    async (_req, reply) => {
      const children: string[] = [];
      for (const kind of KINDS) {
        const urls = await urlsOf(db, config.publicUrl, kind);
        const slices = Math.max(1, Math.ceil(urls.length / maxUrls));
        for (let n = 1; n <= slices; n++) {
          const lastmod = latest(urls.slice((n - 1) * maxUrls, n * maxUrls));
          children.push(
            `<sitemap><loc>${xml(absoluteUrl(config, `/sitemaps/${kind}-${n}.xml`))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`,
          );
        }
      }
      return sendXml(
        reply,
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${children.join('\n')}\n</sitemapindex>\n`,
      );
    },
  );

  app.get(
    '/sitemaps/:file',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'One child sitemap, e.g. products-1.xml',
        params: ChildParams,
        response: { 200: Xml('A sitemap'), 404: Type.Object({}, { description: 'No such sitemap', additionalProperties: true }) },
      },
    },
    async (req, reply) => {
      const match = /^([a-z]+)-(\d+)\.xml$/.exec(req.params.file);
      const kind = KINDS.find((k) => k === match?.[1]);
      const n = Number(match?.[2]);
      const urls = kind ? await urlsOf(db, config.publicUrl, kind) : [];
      const slice = urls.slice((n - 1) * maxUrls, n * maxUrls);
      if (!kind || n < 1 || (n > 1 && slice.length === 0)) return reply.callNotFound();
      const body = slice.map((u) => `<url><loc>${xml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`);
      return sendXml(reply, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${body.join('\n')}\n</urlset>\n`);
    },
  );

  app.get(
    '/robots.txt',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Crawling rules and the sitemap’s address',
        response: { 200: Type.String({ description: 'robots.txt' }) },
      },
    },
    async (_req, reply) => {
      reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=300');
      return reply.send(robotsTxt(config));
    },
  );
};
