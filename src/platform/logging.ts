import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino removes from every log line. Request logs carry no headers or bodies by default; these
 * cover anything a handler or error might add (S16: no password, token or hash in logs, ever).
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.passwordHash',
  '*.password_hash',
  '*.tokenHash',
  '*.token_hash',
  'password',
  'token',
  'secret',
];

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
