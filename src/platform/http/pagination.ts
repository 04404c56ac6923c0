import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { BadRequest } from '../errors.ts';
import { closed } from './schema.ts';

export const LimitQuery = Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1..100' });
export const CursorQuery = Type.String({ maxLength: 512, description: 'Opaque cursor from a previous page' });

export const PageQuery = Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, closed);
export type PageQuery = Static<typeof PageQuery>;

/** `{ items, nextCursor }`, the envelope of every list. */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    { items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) },
    { ...closed, title: `${name}Page` },
  );
}

/**
 * Cursors are keyset positions (the sort values of the last row seen plus its id), base64url JSON.
 * Keyset paging is stable under concurrent inserts: a new row never shifts or repeats a page.
 */
export function encodeCursor(position: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** One element of a keyset position. */
export type CursorValue = string | number | null;

export function decodeCursor(cursor: string, length: number): CursorValue[] {
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
    throw notACursor();
  }
  return parsed as CursorValue[];
}

const notACursor = () => new BadRequest({ errors: [{ path: '/query/cursor', message: 'is not a cursor this list issued' }] });

type CursorKind = 'string' | 'number';
type CursorOf<K extends readonly CursorKind[]> = { [I in keyof K]: K[I] extends 'number' ? number : string };

/**
 * The keyset position a list's cursor names, typed by `kinds` (e.g. `['number', 'string']` for
 * (priority, id)); undefined without a cursor (an empty one included: it names no position). A
 * cursor of another shape is a 400 naming /query/cursor, like any cursor the list did not issue.
 */
export function cursorAfter<const K extends readonly CursorKind[]>(cursor: string | undefined, kinds: K): CursorOf<K> | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const position = decodeCursor(cursor, kinds.length);
  if (!position.every((v, i) => typeof v === kinds[i])) throw notACursor();
  return position as unknown as CursorOf<K>;
}

/** One page of a list: the `{ items, nextCursor }` every list route returns. */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Cuts the `limit + 1` rows a keyset query fetched into a page: the extra row only says that a
 * next page exists, whose cursor is the position (`cursorOf`) of this page's last row.
 */
export function toPage<T>(rows: readonly T[], limit: number, cursorOf: (row: T) => readonly CursorValue[]): Paged<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}

/** The cursor of a list paged by id alone. */
export const byId = (row: { id: string }): [string] => [row.id];
