import type { Socket } from 'node:net';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  BadRequest,
  DEFAULT_DETAILS,
  Conflict,
  HeadersTooLarge,
  InternalError,
  MalformedJson,
  NotFound,
  PayloadTooLarge,
  Unavailable,
  UnsupportedMediaType,
  UriTooLong,
  type FieldError,
} from '../errors.ts';
import { pgErrorCode } from '../db/tx.ts';

const TYPE_BASE = 'tag:stockroom.dev,2026:problem:';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const MAX_FIELD_ERRORS = 50;

/** RFC 9457 problem document; `code` and `errors` are extension members. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable snake_case machine code' }),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
    lines: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
    reason: Type.Optional(Type.String()),
    missing: Type.Optional(
      Type.Array(Type.String(), { description: 'What the resource lacks before this can work (e.g. `shippingAddress`)' }),
    ),
    nextAction: Type.Optional(Type.String({ description: 'payment_action_required: what the shopper must do with the provider' })),
    clientSecret: Type.Optional(
      Type.Union([Type.String(), Type.Null()], { description: "payment_action_required: the provider's client secret to do it with" }),
    ),
  },
  { $id: 'Problem', title: 'Problem', additionalProperties: false },
);
export type Problem = Static<typeof ProblemSchema>;

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const CONTEXT_PREFIX: Record<string, string> = { body: '', querystring: '/query', params: '/params', headers: '/headers' };

function fieldErrors(issues: readonly AjvIssue[], context: string | undefined): FieldError[] {
  const prefix = CONTEXT_PREFIX[context ?? 'body'] ?? '';
  return issues.slice(0, MAX_FIELD_ERRORS).map((issue) => {
    let path = issue.instancePath;
    let message = issue.message ?? 'is invalid';
    if (issue.keyword === 'additionalProperties') {
      path += `/${String(issue.params.additionalProperty)}`;
      message = 'is not an allowed field';
    } else if (issue.keyword === 'required') {
      path += `/${String(issue.params.missingProperty)}`;
      message = 'is required';
    }
    return { path: `${prefix}${path}`, message };
  });
}

const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '57014']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

function isDatabaseUnavailable(error: unknown): boolean {
  const code = pgErrorCode(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const c = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && NETWORK_CODES.has(c.code)) return true;
    if (
      typeof c.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client was closed|Cannot use a pool after calling end/i.test(
        c.message,
      )
    )
      return true;
    current = c.cause;
  }
  return false;
}

/** Maps anything thrown during a request to one of our AppErrors. Unknown errors become 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as Partial<FastifyError> & { validation?: AjvIssue[] };
  if (fastifyError.validation) {
    return new BadRequest({
      detail: 'Some fields are missing or invalid.',
      errors: fieldErrors(fastifyError.validation, fastifyError.validationContext),
    });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new MalformedJson({ detail: 'Send a JSON document in the request body.' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLarge({ detail: 'Send a smaller request body.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaType({ detail: 'Send the body as application/json.' });
    default:
      break;
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new MalformedJson({ detail: 'Send a JSON document in the request body.' });
  }
  if (isDatabaseUnavailable(error)) {
    return new Unavailable({ detail: 'The database is not reachable; retry shortly.' });
  }
  const pgCode = pgErrorCode(error);
  if (pgCode === '23505') return new Conflict({ detail: 'A record with the same unique value already exists.' });
  if (pgCode === '23503' || pgCode === '23514') return new Conflict({ detail: 'The change would break a consistency rule.' });
  if (pgCode === '22P02' || pgCode === '22003' || pgCode === '22001') {
    // The database refused a value no schema caught; which field is not known here, so the
    // error names the request as a whole.
    return new BadRequest({
      detail: 'A value is out of range or malformed.',
      errors: [{ path: '', message: 'contains a value the database cannot store (out of range or malformed)' }],
    });
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    if (fastifyError.statusCode === 404) return new NotFound();
    if (fastifyError.statusCode === 413) return new PayloadTooLarge();
    if (fastifyError.statusCode === 415) return new UnsupportedMediaType();
    return new BadRequest({ detail: 'The request could not be understood.' });
  }
  return new InternalError();
}

export function problemBody(error: AppError): Problem {
  const body: Problem = {
    type: `${TYPE_BASE}${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.detail || DEFAULT_DETAILS[error.code],
    code: error.code,
  };
  if (error.errors) body.errors = error.errors;
  if (error.extensions) Object.assign(body, error.extensions);
  return body;
}

/**
 * A log-safe description of an error: Drizzle's own message carries the query parameters (which can
 * hold password hashes or tokens), so only the SQL text and the driver's message are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const wrapped = error as Error & { query?: unknown; params?: unknown };
  if (typeof wrapped.query === 'string' && error.cause instanceof Error) {
    return {
      type: error.cause.name,
      code: pgErrorCode(error),
      message: error.cause.message,
      query: wrapped.query,
      stack: error.cause.stack,
    };
  }
  return { type: error.name, code: (error as { code?: unknown }).code, message: error.message, stack: error.stack };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.code(error.status).type(PROBLEM_CONTENT_TYPE).send(problemBody(error));
}

/** Installs the error and not-found handlers: the only place that writes problem+json. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: loggableError(error), code: appError.code }, 'request failed');
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request rejected');
    }
    return sendProblem(reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, new NotFound({ detail: `There is no ${request.method} route at this path.` })),
  );
}

/**
 * Fastify's `frameworkErrors` option: errors its router raises before any hook runs (a path with
 * malformed percent-encoding, a path parameter over `maxParamLength`) become problem+json too,
 * instead of Fastify's own JSON shape.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  let appError: AppError;
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    appError = new UriTooLong({
      detail: 'A path parameter is too long.',
      errors: [{ path: '/params', message: 'must be at most 200 characters' }],
    });
  } else if (error.code === 'FST_ERR_BAD_URL') {
    appError = new BadRequest({
      detail: 'The request path is not validly percent-encoded.',
      errors: [{ path: '/params', message: 'must be valid percent-encoded UTF-8' }],
    });
  } else {
    appError = toAppError(error);
  }
  request.log.info({ code: appError.code, status: appError.status, reason: error.code }, 'request rejected');
  void sendProblem(reply, appError);
}

/**
 * Fastify's `clientErrorHandler` option: a request Node's HTTP parser refuses (oversized headers,
 * malformed request line) is answered on the raw socket, before any request exists, with a
 * problem+json document rather than Node's or Fastify's plain text.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy(error);
    return;
  }
  let appError: AppError;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    appError = new HeadersTooLarge({ errors: [{ path: '/headers', message: 'must be at most 16 KiB in total' }] });
  } else if (error.code?.startsWith('HPE_INVALID_HEADER')) {
    // e.g. a NUL or another control character in a header: the parser does not say which header.
    appError = new BadRequest({
      detail: 'A request header is not valid HTTP header text.',
      errors: [{ path: '/headers', message: 'must not contain NUL or other control characters' }],
    });
  } else {
    appError = new BadRequest({ detail: 'The request is not valid HTTP/1.1.' });
  }
  const body = JSON.stringify(problemBody(appError));
  const reason = appError.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appError.status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
