export type { Db, Tx, Database, DatabaseKind } from './types.ts';
export { openDatabase, openConfiguredDatabase, queryRows, DataDirLocked, CHANGE_CHANNEL } from './client.ts';
export { withTransaction, pgErrorCode } from './tx.ts';
export { migrate, readMigrations, MigrationError } from './migrate.ts';
export { DatabaseUnreachable, explainDatabaseError } from './reachable.ts';
export { textArray, intArray, firstRow } from './sql.ts';
export type { SqlRow, OuterJoined } from './rows.ts';
export { parseLsn, isConnectionFailure, type ReplicaRouting, type ReplicaSettings, type ReplicaStatus } from './replicas.ts';
