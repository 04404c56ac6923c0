import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailed } from '../errors.ts';

/** The ETag of a versioned resource: its id and version, so two resources never share one. */
export function etagOf(id: string, version: number): string {
  return `"${id}.${version}"`;
}

export function setEtag(reply: FastifyReply, id: string, version: number): void {
  reply.header('etag', etagOf(id, version));
}

/**
 * The version a PATCH/DELETE was made against, from `If-Match` (undefined when absent or `*`).
 * A tag for another resource or a malformed one can never match, so it fails with 412.
 */
export function expectedVersion(request: FastifyRequest, id: string): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  for (const tag of tags) {
    const match = /^"(.+)\.(\d{1,9})"$/.exec(tag);
    if (match && match[1] === id) return Number(match[2]);
  }
  throw new PreconditionFailed({ detail: 'If-Match does not name the current version of this resource.' });
}

/** Throws 412 when the caller read an older version than the one stored (`what` names the resource). */
export function assertVersion(expected: number | undefined, actual: number, what = 'resource'): void {
  if (expected !== undefined && expected !== actual) {
    throw new PreconditionFailed({ detail: `The ${what} is at version ${actual}; read it again and retry.` });
  }
}

/**
 * After a write conditional on the version (`WHERE id = … AND version = …`) touched no row: `exists`
 * throws the resource's 404 when it is gone, else the version was stale (412).
 */
export async function staleOrMissing(exists: () => Promise<unknown>, what: string): Promise<never> {
  await exists();
  throw new PreconditionFailed({ detail: `The ${what} has changed since you read it.` });
}
