import { after } from 'node:test';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/index.ts';
import { buildApp, type StockroomApp } from '../../src/app.ts';
import type { StockroomModule } from '../../src/platform/module.ts';
import { startTestDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: StockroomApp;
  database: Database;
  testDatabase: TestDatabase;
  config: Config;
  /** Every log line the app wrote, for tests that check what is (not) logged. */
  logs: string[];
}

/** Builds the real HTTP app on a fresh database of this test file's own. */
export async function startTestApp(
  env: Record<string, string> = {},
  existing?: TestDatabase,
  modules?: readonly StockroomModule[],
): Promise<TestApp> {
  const testDatabase = existing ?? (await startTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', STOCKROOM_DEMO_DATA: 'false', ...env });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const app = await buildApp(config, { database: testDatabase.database, logStream, ...(modules ? { modules } : {}) });
  await app.ready();
  after(() => app.close());
  return { app, database: testDatabase.database, testDatabase, config, logs };
}
