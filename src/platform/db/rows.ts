import type { Table } from 'drizzle-orm';

/**
 * Row shapes come from one source, the Drizzle tables (`*.tables.ts`, checked against the
 * migrations by the schema drift test); no file restates a table's columns by hand.
 *
 * - A statement written with Drizzle's builder is typed by Drizzle itself (`typeof table.$inferSelect`).
 * - A raw `sql` statement (`queryRows<T>`) gets its row type from `SqlRow<typeof table>`: the table's
 *   columns under their SQL names, valued as the drivers hand them to raw SQL — timestamps as text
 *   (Drizzle's drivers switch their parsing off) and int8 as text or number. Narrow it with `Pick<>`
 *   and add the computed columns (aggregates, joins) by hand: those are the statement's own.
 */

type Columns<T extends Table> = T['_']['columns'];

/** A column's value in a raw result (before null). */
type RawValue<C> = C extends { _: { columnType: 'PgBigInt53' | 'PgBigInt64' } }
  ? string | number
  : C extends { _: { data: Date } }
    ? string
    : C extends { _: { data: infer D } }
      ? D
      : never;

/** One row of `table` as a raw `SELECT *` returns it: SQL column names, driver values, null where the column allows it. */
export type SqlRow<T extends Table> = {
  [K in keyof Columns<T> as Columns<T>[K]['_']['name']]:
    RawValue<Columns<T>[K]> | (Columns<T>[K]['_']['notNull'] extends true ? never : null);
};

/** The same columns as an outer join yields them: each may be null. */
export type OuterJoined<T> = { [K in keyof T]: T[K] | null };
