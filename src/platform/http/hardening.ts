import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BadRequest, UnsupportedMediaType, type FieldError } from '../errors.ts';

/**
 * Request rules every route gets, whatever its schema says:
 * - no string anywhere in the path parameters, query or body may hold U+0000: PostgreSQL cannot
 *   store it in text or jsonb, and without this rule such input reaches a query and fails there
 *   (500). It gets 400 validation_failed naming each field by its JSON pointer instead;
 * - a JSON body declared in a charset other than UTF-8 gets 415 (JSON is UTF-8, RFC 8259);
 * - every API response (/auth, /store, /admin) carries `Cache-Control: no-store` unless its route
 *   set its own: answers carry tokens, cart ids and personal data no shared cache may keep.
 */
export function installRequestHardening(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const hasBody = request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
    if (hasBody) assertUtf8Json(request.headers['content-type']);
    return payload;
  });
  app.addHook('preValidation', async (request) => {
    const errors = nulErrors(request);
    if (errors.length > 0) {
      throw new BadRequest({ detail: 'Text may not contain the NUL character (U+0000).', errors });
    }
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (isApiPath(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

const API_PREFIXES = ['/auth', '/store', '/admin'];

export function isApiPath(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Throws 415 when a JSON content type names a charset other than UTF-8 (any case, quoted or not). */
export function assertUtf8Json(contentType: string | undefined): void {
  if (!contentType) return;
  const [mediaType = '', ...parameters] = contentType.split(';');
  const media = mediaType.trim().toLowerCase();
  if (media !== 'application/json' && !(media.startsWith('application/') && media.endsWith('+json'))) return;
  for (const parameter of parameters) {
    const eq = parameter.indexOf('=');
    if (eq < 0) continue;
    if (parameter.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const charset = parameter
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw new UnsupportedMediaType({
        detail: `JSON bodies must be UTF-8; this one is declared as ${JSON.stringify(charset.slice(0, 40))}.`,
      });
    }
  }
}

const MAX_NUL_ERRORS = 50;
const MAX_DEPTH = 64;

function pointerToken(name: string): string {
  return name
    .replace(/~/g, '~0')
    .replace(/\//g, '~1')
    .replace(/\u0000/g, '\\u0000');
}

/** Every place in params, query and body where a string (or an object key) contains U+0000. */
export function nulErrors(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (errors.length >= MAX_NUL_ERRORS || depth > MAX_DEPTH) return;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) errors.push({ path, message: 'must not contain the NUL character (U+0000)' });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}/${index}`, depth + 1));
      return;
    }
    if (value !== null && typeof value === 'object') {
      // Raw bodies (streams of a CSV import, buffers) are not field trees; their parsers check them.
      if (ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === 'function') return;
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (key.includes('\u0000')) {
          errors.push({ path: `${path}/${pointerToken(key)}`, message: 'a field name must not contain the NUL character (U+0000)' });
          continue;
        }
        visit(child, `${path}/${pointerToken(key)}`, depth + 1);
      }
    }
  };
  visit(request.params, '/params', 0);
  visit(request.query, '/query', 0);
  visit(request.body, '', 0);
  return errors;
}
