import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { BadRequest } from '../errors.ts';

export const LimitQuery = Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1..100' });
export const CursorQuery = Type.String({ maxLength: 512, description: 'Opaque cursor from a previous page' });

export const PageQuery = Type.Object(
  { limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

/** `{ items, nextCursor }`, the envelope of every list. */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    { items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) },
    { title: `${name}Page`, additionalProperties: false },
  );
}

/**
 * Cursors are keyset positions (the sort values of the last row seen plus its id), base64url JSON.
 * Keyset paging is stable under concurrent inserts: a new row never shifts or repeats a page.
 */
export function encodeCursor(position: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number | null)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== length ||
    !parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadRequest({ errors: [{ path: '/query/cursor', message: 'is not a cursor this list issued' }] });
  }
  return parsed as (string | number | null)[];
}
