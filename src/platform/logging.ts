import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

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

/**
 * Whether logs are for a person reading a terminal: in development, when pino-pretty is installed
 * (it is a dependency, but a trimmed production install may leave it out), and nothing else takes
 * the log stream. Production and tests keep one JSON object per line.
 */
export function usePrettyLogs(env: string, stream?: NodeJS.WritableStream): boolean {
  if (env !== 'development' || stream) return false;
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function loggerOptions(level: string, stream?: NodeJS.WritableStream, pretty = false): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,reqId' },
          },
        }
      : {}),
  };
}

/** With pretty logs, one line per answered request (`GET /store/products 200 12 ms`) instead of Fastify's two. */
export function installOneLineRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(`${request.method} ${request.url} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`);
  });
}
