// The OpenAPI document the app serves at /openapi.json, built from an in-memory app (for scripts).
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/app.ts';
import { openDatabase, migrate } from '../src/platform/db/index.ts';

export async function openApiDocument(): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrate(database);
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', STOCKROOM_DEMO_DATA: 'false' }), { database });
    try {
      await app.ready();
      return (await app.inject({ method: 'GET', url: '/openapi.json' })).body;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
