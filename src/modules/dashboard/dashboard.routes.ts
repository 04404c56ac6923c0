import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { NotFound } from '../../platform/errors.ts';
import { closed } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { loadAssets, type Asset } from './assets.ts';

const tags = ['Admin: web app'];

/**
 * The admin web app's policy: scripts and styles from this origin only (no inline script or style,
 * no eval), data only from this origin's API, never framed.
 */
export const ADMIN_UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NotModified = Type.Null({ description: 'Not modified: the copy the browser holds (If-None-Match) is current' });
const FileParams = Type.Object(
  { file: Type.String({ pattern: '^[a-z0-9-]+\\.(js|css)$', maxLength: 100, description: 'A file of the web app' }) },
  closed,
);

function send(request: FastifyRequest, reply: FastifyReply, file: Asset): FastifyReply {
  reply
    .header('content-type', file.contentType)
    .header('etag', file.etag)
    .header('vary', 'accept-encoding')
    // Revalidated on every load (a cheap 304): a new release is picked up at once, with no stale module graph.
    .header('cache-control', 'no-cache')
    .header('content-security-policy', ADMIN_UI_CSP)
    .header('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === file.etag) {
    return reply.code(304).send();
  }
  const accepts = request.headers['accept-encoding'];
  if (typeof accepts === 'string' && /\bgzip\b/.test(accepts)) {
    return reply.header('content-encoding', 'gzip').send(file.gzipped);
  }
  return reply.send(file.body);
}

/** GET /admin/ui: the admin single-page app (public files; every API call it makes is authorized as usual). */
export const dashboardRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app) => {
  const { index, files } = loadAssets();
  app.get(
    '/admin/ui',
    {
      schema: {
        tags,
        summary: 'The admin web app (sign-in screen included); the API it calls checks permissions as usual',
        response: { 200: Type.String({ description: 'The HTML page' }), 304: NotModified },
      },
    },
    async (req, reply) => send(req, reply, index),
  );
  app.get(
    '/admin/ui/:file',
    {
      schema: {
        tags,
        summary: "One of the web app's ES modules or its stylesheet (gzip, ETag)",
        params: FileParams,
        response: {
          200: Type.String({ description: 'The file' }),
          304: NotModified,
        },
      },
    },
    async (req, reply) => {
      const file = files.get(req.params.file);
      if (!file) throw new NotFound({ detail: 'No such file in the admin web app.' });
      return send(req, reply, file);
    },
  );
};
