import { encodeCursor, decodeCursor } from '../../platform/http/pagination.ts';

/** Identity lists page by id, newest first (ids start with their creation time). */
export function cursorId(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const [id] = decodeCursor(cursor, 1);
  return typeof id === 'string' ? id : undefined;
}

/** Takes `limit + 1` fetched rows and returns the page and the cursor of the next one. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}
