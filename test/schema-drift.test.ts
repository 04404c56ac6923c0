import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { startTestDatabase } from './support/database.ts';
import { queryRows } from '../src/platform/db/index.ts';

/**
 * The committed SQL migrations are the source of truth; the Drizzle tables in each module's
 * `*.tables.ts` (and the platform's `platform.tables.ts`) must describe exactly what they create
 * (names, nullability), or typed queries lie.
 */
const { database } = await startTestDatabase();

async function drizzleTables(): Promise<PgTable[]> {
  const root = new URL('../src/modules/', import.meta.url);
  const tables: PgTable[] = [];
  const platform = (await import('../src/platform/platform.tables.ts')) as Record<string, unknown>;
  for (const value of Object.values(platform)) if (is(value, PgTable)) tables.push(value);
  for (const module of readdirSync(root)) {
    let files: string[];
    try {
      files = readdirSync(new URL(`${module}/`, root)).filter((f) => f.endsWith('.tables.ts'));
    } catch {
      continue; // not a folder
    }
    for (const file of files) {
      const exported = (await import(join(root.pathname, module, file))) as Record<string, unknown>;
      for (const value of Object.values(exported)) if (is(value, PgTable)) tables.push(value);
    }
  }
  return tables;
}

test('every Drizzle table matches the migrated schema', async () => {
  const tables = await drizzleTables();
  assert.ok(tables.length >= 10, `found ${tables.length} Drizzle tables`);
  const problems: string[] = [];
  for (const table of tables) {
    const config = getTableConfig(table);
    const rows = await queryRows<{ column_name: string; is_nullable: 'YES' | 'NO' }>(
      database.db,
      sql`
      SELECT column_name, is_nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${config.name}`,
    );
    if (rows.length === 0) {
      problems.push(`${config.name}: no such table in the migrations`);
      continue;
    }
    const actual = new Map(rows.map((r) => [r.column_name, r.is_nullable === 'YES']));
    for (const column of config.columns) {
      const nullable = actual.get(column.name);
      if (nullable === undefined) problems.push(`${config.name}.${column.name}: not in the migrations`);
      else if (nullable !== !column.notNull)
        problems.push(`${config.name}.${column.name}: nullable is ${String(nullable)} in SQL, ${String(!column.notNull)} in Drizzle`);
    }
    const declared = new Set(config.columns.map((c) => c.name));
    for (const name of actual.keys()) if (!declared.has(name)) problems.push(`${config.name}.${name}: in the migrations, not in Drizzle`);
  }
  assert.deepEqual(problems, []);
});
