/** The configured PostgreSQL server could not be reached or refused the connection. */
export class DatabaseUnreachable extends Error {
  override name = 'DatabaseUnreachable';
}

/** What to try for each way a connection fails (node's socket codes and PostgreSQL's SQLSTATEs). */
const HINTS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'Is PostgreSQL running and listening on that host and port?',
  ENOTFOUND: 'Check the host name in the URL.',
  EAI_AGAIN: 'Check the host name in the URL (the name could not be resolved).',
  EHOSTUNREACH: 'Is the host reachable from here (network, firewall, VPN)?',
  ETIMEDOUT: 'Is the host reachable from here (network, firewall, VPN)?',
  ECONNRESET: 'The server closed the connection: check that it accepts connections from here (pg_hba.conf, SSL).',
  '28P01': 'Check the user name and password in the URL.',
  '28000': 'Check the user name in the URL (that role does not exist or may not connect).',
  '3D000': 'Create the database (createdb <name>) or fix its name in the URL.',
  '57P03': 'The server is starting up or shutting down: try again in a moment.',
};

const TIMEOUT = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;

/** The URL with its password (and query) hidden, safe to print. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Turns a failure to connect to the configured PostgreSQL server into one line that names
 * DATABASE_URL and says what to try; any other error is returned unchanged.
 */
export function explainDatabaseError(error: unknown, databaseUrl: string | undefined): unknown {
  if (!databaseUrl || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const timedOut = TIMEOUT.test(error.message);
  const hint = timedOut ? HINTS.ETIMEDOUT : typeof code === 'string' ? HINTS[code] : undefined;
  if (!hint) return error;
  const reason = error.message || (typeof code === 'string' ? code : 'connection failed');
  return new DatabaseUnreachable(
    `Cannot connect to the database at DATABASE_URL=${redactUrl(databaseUrl)} (${reason}). ${hint} ` +
      'Or unset DATABASE_URL to use the embedded database.',
  );
}
