import { BadRequest } from '../errors.ts';

/** Relay page arguments, as every list field takes them. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The REST page parameters for a connection's arguments: `first` is 1..100 like REST's `limit`
 * (outside that range it is an error, never clamped), `after` is the REST cursor.
 */
export function pageOf(args: ConnectionArgs, defaultFirst = 20): { limit: number; cursor: string | undefined } {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadRequest({ errors: [{ path: '/first', message: 'must be an integer from 1 to 100' }] });
  }
  if (args.after !== undefined && args.after !== null && args.after.length > 512) {
    throw new BadRequest({ errors: [{ path: '/after', message: 'is not a cursor this list issued' }] });
  }
  return { limit: first, cursor: args.after ?? undefined };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A Relay connection from one REST page. `cursors[i]` is the REST cursor positioned after
 * `items[i]`, so any edge's cursor can be passed as `after`, and the last one is the REST `nextCursor`.
 */
export function toConnection<T>(page: { items: T[]; nextCursor: string | null }, cursors: readonly string[]): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: cursors[i] ?? '', node }));
  return {
    edges,
    nodes: page.items,
    pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
