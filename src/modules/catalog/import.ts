import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db } from '../../platform/db/index.ts';
import { AppError, BadRequest, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { enqueue, type JobHandler } from '../../platform/jobs.ts';
import { applyGroups } from './import-apply.ts';
import { buildGroup, type RowError, type StagedRow } from './import-rows.ts';
import { CSV_COLUMNS, fromCsvRecord, handleOf } from './transfer.ts';
import { LINE_TOO_LONG, limitImportBody, MAX_LINE_BYTES } from './import-limits.ts';

export const IMPORT_JOB = 'catalog.import';
export type ImportFormat = 'csv' | 'ndjson';

const STAGE_BATCH = 2000;
const APPLY_BATCH = 500; // products per transaction
const MAX_REPORTED_ERRORS = 1000;

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const MAX_RECORD_BYTES = 4 * MAX_LINE_BYTES;

/**
 * Why a body could not be read, in our own words: a parser's message may quote the input, and
 * input is never echoed. `path` is `/line/N` when the parser knows the line.
 */
function unreadable(error: unknown, format: ImportFormat): FieldError {
  const info = (error && typeof error === 'object' ? error : {}) as { code?: unknown; lines?: unknown };
  const line = typeof info.lines === 'number' && info.lines > 0 ? info.lines : undefined;
  const path = line === undefined ? '/' : `/line/${line}`;
  switch (info.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return { path, message: `holds a record longer than ${MAX_RECORD_BYTES} bytes` };
    case 'CSV_QUOTE_NOT_CLOSED':
      return { path, message: 'opens a quoted field that is never closed' };
    case 'CSV_INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
    case 'INVALID_CLOSING_QUOTE':
      return { path, message: 'has a quote inside an unquoted field or after a closing quote (write "" for a quote)' };
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { path, message: 'has characters after a closing quote' };
    default:
      return { path, message: format === 'csv' ? 'is not readable as CSV (RFC 4180) in UTF-8' : 'is not readable as NDJSON in UTF-8' };
  }
}

/** At most `max` characters of an input value, for messages: input is never echoed wholesale. */
export function truncate(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

interface StagedRecord extends StagedRow {
  handle: string;
}

/** Whether any string (or key) in a parsed JSON value holds a NUL character. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v));
  return false;
}

const tooLong = { path: '/', message: `is longer than ${MAX_LINE_BYTES} bytes` };

async function* ndjsonRows(input: Readable): AsyncGenerator<StagedRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text === LINE_TOO_LONG) {
      yield { line, handle: '', errors: [tooLong] };
      continue;
    }
    if (text.trim() === '') continue;
    let candidate: unknown;
    try {
      candidate = JSON.parse(text);
    } catch {
      yield { line, handle: '', errors: [{ path: '/', message: 'is not valid JSON' }] };
      continue;
    }
    // PostgreSQL cannot store NUL in text (nor in the staging jsonb): a row error, not a failed import.
    if (hasNul(candidate)) {
      yield { line, handle: '', errors: [{ path: '/', message: 'contains a NUL character (\\u0000), which cannot be stored' }] };
      continue;
    }
    yield { line, handle: handleOf(candidate), candidate, errors: [] };
  }
}

async function* csvRows(input: Readable): AsyncGenerator<StagedRecord> {
  // A record may span lines (quoted newlines) up to MAX_RECORD_BYTES; past that the file is unreadable.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let header: string[] | undefined;
  let row = 0;
  for await (const fields of parser as AsyncIterable<string[]>) {
    const isTooLong = fields.length === 1 && fields[0] === LINE_TOO_LONG;
    if (!header) {
      if (isTooLong)
        throw new BadRequest({ detail: 'The CSV header line is too long.', errors: [{ path: '/header', message: tooLong.message }] });
      header = fields.map((f) => f.trim());
      const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
      if (unknown.length > 0 || (!header.includes('title') && !header.includes('handle'))) {
        throw new BadRequest({
          detail: `The CSV header must name columns among: ${CSV_COLUMNS.join(', ')} (handle or title is required).`,
          errors:
            unknown.length > 0
              ? unknown.slice(0, 50).map((h) => ({
                  path: `/header/${truncate(h).replaceAll('~', '~0').replaceAll('/', '~1')}`,
                  message: 'is not a known column',
                }))
              : [{ path: '/header', message: 'must name a handle or a title column' }],
        });
      }
      continue;
    }
    row += 1;
    if (isTooLong) {
      yield { line: row, handle: '', errors: [tooLong] };
      continue;
    }
    if (fields.length !== header.length) {
      yield { line: row, handle: '', errors: [{ path: '/', message: `has ${fields.length} fields; the header has ${header.length}` }] };
      continue;
    }
    const withNul = header.findIndex((_, i) => fields[i]?.includes('\u0000'));
    if (withNul !== -1) {
      yield {
        line: row,
        handle: '',
        errors: [{ path: `/${header[withNul] ?? ''}`, message: 'contains a NUL character, which cannot be stored' }],
      };
      continue;
    }
    const record = Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
    const { row: candidate, errors } = fromCsvRecord(record);
    yield { line: row, handle: handleOf(candidate), candidate, errors };
  }
}

async function stageBatch(db: Db, importId: string, batch: StagedRecord[]): Promise<void> {
  const payload = batch.map((r) => ({ line: r.line, handle: r.handle, data: { candidate: r.candidate, errors: r.errors } }));
  await db.execute(sql`
    INSERT INTO catalog_import_rows (import_id, line_no, handle, data)
    SELECT ${importId}, (r ->> 'line')::int, r ->> 'handle', r -> 'data'
    FROM jsonb_array_elements(${JSON.stringify(payload)}::jsonb) AS r`);
}

/**
 * Streams an import body into the staging table in batches (never holding the file in memory),
 * then enqueues the job that applies it. Returns the job id.
 */
export async function startImport(
  db: Db,
  body: Readable,
  format: ImportFormat,
  createdBy: string,
  options: { maxBytes?: number } = {},
): Promise<string> {
  const importId = newId('imp');
  let batch: StagedRecord[] = [];
  let rows = 0;
  const input = limitImportBody(options.maxBytes ?? DEFAULT_MAX_BYTES);
  body.on('error', (error) => input.destroy(error));
  body.pipe(input);
  try {
    for await (const record of format === 'csv' ? csvRows(input) : ndjsonRows(input)) {
      batch.push(record);
      rows += 1;
      if (batch.length >= STAGE_BATCH) {
        await stageBatch(db, importId, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await stageBatch(db, importId, batch);
  } catch (error) {
    body.unpipe(input);
    input.destroy();
    await db.execute(sql`DELETE FROM catalog_import_rows WHERE import_id = ${importId}`);
    if (error instanceof AppError) throw error;
    throw new BadRequest({ detail: `The ${format.toUpperCase()} body could not be read.`, errors: [unreadable(error, format)] });
  }
  return withTransaction(db, (tx) => enqueue(tx, IMPORT_JOB, { payload: { importId, format, rows }, createdBy, maxAttempts: 3 }));
}

interface GroupRow {
  handle: string;
  rows: { line: number; data: { candidate?: unknown; errors: StagedRow['errors'] } }[];
}

/**
 * The import job: walks the staged rows handle by handle (keyset over the staging index), builds
 * products and writes them APPLY_BATCH at a time. Bad rows are reported and skipped. Re-running it
 * (after a crash) is safe: writes are upserts by handle and SKU.
 */
export const runImport: JobHandler = async (job, context) => {
  const importId = String(job.payload.importId);
  const totalRows = Number(job.payload.rows ?? 0);
  const errors: RowError[] = [];
  const failed = new Set<number>();
  const counts = { created: 0, updated: 0 };
  let processedRows = 0;
  let after = '';
  let isFirst = true;
  for (;;) {
    const groups = await queryRows<GroupRow>(
      context.db,
      sql`
      SELECT handle, json_agg(json_build_object('line', line_no, 'data', data) ORDER BY line_no) AS rows
      FROM catalog_import_rows
      WHERE import_id = ${importId} AND (${isFirst}::boolean OR handle > ${after})
      GROUP BY handle ORDER BY handle LIMIT ${APPLY_BATCH}`,
    );
    if (groups.length === 0) break;
    isFirst = false;
    after = groups.at(-1)?.handle ?? after;
    const batchErrors: RowError[] = [];
    const products = groups.flatMap((g) => {
      const staged = g.rows.map((r) => ({ line: r.line, candidate: r.data.candidate, errors: r.data.errors }));
      if (g.handle === '') {
        for (const s of staged) {
          if (s.errors.length > 0) for (const e of s.errors) batchErrors.push({ row: s.line, ...e });
          else batchErrors.push({ row: s.line, path: '/title', message: 'is required (or give a handle)' });
        }
        return [];
      }
      const group = buildGroup(g.handle, staged, batchErrors);
      return group ? [group] : [];
    });
    const written = await applyGroups(context.db, products, batchErrors);
    counts.created += written.created;
    counts.updated += written.updated;
    processedRows += groups.reduce((n, g) => n + g.rows.length, 0);
    for (const e of batchErrors) failed.add(e.row);
    errors.push(...batchErrors.slice(0, Math.max(0, MAX_REPORTED_ERRORS - errors.length)));
    await context.progress(report(totalRows, processedRows, counts, failed.size, errors));
  }
  await context.db.execute(sql`DELETE FROM catalog_import_rows WHERE import_id = ${importId}`);
  return report(totalRows, processedRows, counts, failed.size, errors);
};

function report(
  totalRows: number,
  processedRows: number,
  counts: { created: number; updated: number },
  failedRows: number,
  errors: RowError[],
): Record<string, unknown> {
  return {
    totalRows,
    processedRows,
    productsCreated: counts.created,
    productsUpdated: counts.updated,
    failedRows,
    errors: [...errors].sort((a, b) => a.row - b.row),
  };
}
