import { sql, type SQL } from 'drizzle-orm';

/** A bound `text[]` parameter (one placeholder however many ids; both drivers accept JS arrays). */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

/** A bound `int[]` parameter. */
export function intArray(values: readonly number[]): SQL {
  return sql`${sql.param([...values])}::int[]`;
}

/**
 * The one row a statement always returns (an INSERT … RETURNING, an upsert): a missing row is a
 * broken invariant, not a client error, so it is a plain Error (500). For "no such resource" use
 * the module's NotFound instead.
 */
export function firstRow<T>(rows: readonly T[], statement: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${statement} returned no row`);
  return row;
}
