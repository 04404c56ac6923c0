import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './types.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
/** Any constant shared by every Stockroom process: serialises concurrent migrators. */
const MIGRATION_LOCK_KEY = 0x5_70c_2003;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies every migration not yet applied, in name order, all in one transaction that first takes
 * a transaction-scoped advisory lock: two processes starting at once against one PostgreSQL apply
 * each migration exactly once (the second waits, then finds nothing to do). An applied migration
 * whose file changed since is refused: migrations are forward-only.
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  return database.scriptTransaction(async (exec) => {
    await exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await exec('SELECT name, checksum FROM schema_migrations');
    const applied = new Map(rows.map((r) => [String(r.name), String(r.checksum)]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      await exec(migration.sql);
      await exec(`INSERT INTO schema_migrations (name, checksum) VALUES ('${migration.name}', '${migration.checksum}')`);
      done.push(migration.name);
    }
    return done;
  });
}
