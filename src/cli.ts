import pino from 'pino';
import { loadConfig, ConfigError } from './platform/config.ts';
import { DataDirLocked, DatabaseUnreachable } from './platform/db/index.ts';
import type { CliCommand } from './platform/module.ts';
import { modules } from './modules/index.ts';
import { commandContext, openMigratedDatabase, PortInUse, startServer } from './server.ts';
import { isClusterWorker, runPrimary } from './workers.ts';

const USAGE = `Usage: stockroom <command> [options]

Commands:
  serve          start the HTTP server (migrates first; STOCKROOM_WORKERS processes)
  migrate        apply pending database migrations`;

async function serve(): Promise<number> {
  const config = loadConfig(process.env);
  if (config.workers > 1 && !isClusterWorker) return runPrimary(config);
  const server = await startServer(config, modules, { prepare: !isClusterWorker });
  const log = server.app.log;
  const database = config.databaseUrl ? 'PostgreSQL' : `embedded PostgreSQL in ${config.dataDir}`;
  log.info(`Stockroom is listening on ${server.url} (${database}); API reference at ${server.url}/docs`);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      log.info({ signal }, 'shutting down: finishing in-flight requests');
      const timer = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      timer.unref();
      server.stop().then(resolve, (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
  return 0;
}

/** Runs a command against the configured database, migrated first. */
async function runCommand(command: CliCommand | 'migrate', args: string[]): Promise<number> {
  const config = loadConfig(process.env);
  const log = pino({ level: config.logLevel });
  const { database, applied } = await openMigratedDatabase(config);
  try {
    if (command === 'migrate') {
      process.stdout.write(applied.length > 0 ? `Applied ${applied.join(', ')}\n` : 'Nothing to migrate\n');
      return 0;
    }
    return await command.run(commandContext(config, database, log), args);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [name = 'serve', ...args] = argv;
  const commands = new Map<string, CliCommand>();
  for (const module of modules) for (const [n, c] of Object.entries(module.commands ?? {})) commands.set(n, c);
  if (name === 'serve') return serve();
  if (name === 'migrate') return runCommand('migrate', args);
  const command = commands.get(name);
  if (!command || name === 'help' || name === '--help') {
    const extra = [...commands].map(([n, c]) => `  ${n.padEnd(14)} ${c.summary}`).join('\n');
    process.stdout.write(`${USAGE}${extra ? `\n${extra}` : ''}\n`);
    return command || name === 'help' || name === '--help' ? 0 : 2;
  }
  return runCommand(command, args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof DataDirLocked ||
      error instanceof DatabaseUnreachable ||
      error instanceof PortInUse
    ) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`stockroom: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exit(1);
  },
);
