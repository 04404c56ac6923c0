// Writes the OpenAPI document the app serves at /openapi.json to a file (for linters and clients).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../src/platform/config.ts';
import { buildApp } from '../src/app.ts';
import { openDatabase, migrate } from '../src/platform/db/index.ts';

const out = process.argv[2] ?? '.tmp/openapi.json';
const database = await openDatabase({ dataDir: 'memory://' });
await migrate(database);
const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', STOCKROOM_DEMO_DATA: 'false' }), { database });
await app.ready();
const response = await app.inject({ method: 'GET', url: '/openapi.json' });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, response.body);
await app.close();
await database.close();
process.stdout.write(`wrote ${out}\n`);
