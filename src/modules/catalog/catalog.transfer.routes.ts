import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { PayloadTooLarge, UnsupportedMediaType } from '../../platform/errors.ts';
import { principalScope } from '../../platform/http/auth.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { ExportQuery, ImportAccepted } from './catalog.schemas.ts';
import { exportCatalog } from './export.ts';
import { startImport, type ImportFormat } from './import.ts';

const tags = ['Admin: products'];
const MEDIA: Record<string, ImportFormat> = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson' };

/** Bulk import (streamed into a staging table, applied by a job) and streamed export. */
export const catalogTransferRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  const maxBytes = config.importMaxBytes;
  // In this plugin's scope only: hand CSV/NDJSON bodies to the handler as the raw stream. Fastify
  // applies no bodyLimit to a stream, so the declared length is checked here and the bytes read are
  // counted by startImport (STOCKROOM_IMPORT_MAX_BYTES, 50 MiB by default).
  app.addContentTypeParser(Object.keys(MEDIA), (request, payload, done) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      done(new PayloadTooLarge({ detail: `An import body may hold at most ${maxBytes} bytes.` }), undefined);
      return;
    }
    done(null, payload);
  });

  app.post(
    '/admin/products/import',
    {
      config: { permission: 'products:write', idempotency: 'off' }, // an import is an upsert: repeating it changes nothing
      bodyLimit: maxBytes,
      schema: {
        tags,
        summary: 'Import products from CSV or NDJSON (one row per variant); applied by a background job',
        description:
          "Send `Content-Type: text/csv` or `application/x-ndjson`, at most STOCKROOM_IMPORT_MAX_BYTES (50 MiB by default; larger: 413), lines of at most 64 KiB (longer: a row error). Columns (CSV) or keys (NDJSON) left out leave fields unchanged; an empty cell or `null` clears a field. Export escapes cells starting with `=`, `+`, `-`, `@`, tab or CR with a leading `'`; import removes that one quote. Follow progress and per-row errors at `GET /admin/jobs/:jobId`.",
        consumes: Object.keys(MEDIA),
        response: { 202: ImportAccepted },
      },
    },
    async (req, reply) => {
      const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = MEDIA[mediaType];
      if (!format || !(req.body instanceof Readable)) {
        throw new UnsupportedMediaType({ detail: 'Send the import as text/csv or application/x-ndjson.' });
      }
      const jobId = await startImport(db, req.body, format, principalScope(req.principal), { maxBytes });
      reply.code(202);
      return { jobId };
    },
  );

  app.get(
    '/admin/products/export',
    {
      config: { permission: 'products:read' },
      schema: {
        tags,
        summary: 'Stream the whole catalog as CSV or NDJSON, in the format import accepts',
        querystring: ExportQuery,
        produces: ['text/csv', 'application/x-ndjson'],
        response: { 200: Type.Unknown({ description: 'CSV with a header row, or one JSON object per line (streamed)' }) },
      },
    },
    async (req, reply) => {
      const format = req.query.format ?? 'csv';
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="products.${format}"`);
      return reply.send(Readable.from(exportCatalog(db, format)));
    },
  );
};
