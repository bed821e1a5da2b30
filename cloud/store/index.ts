import type { CloudStore } from './store.js';
import { SqliteCloudStore } from './sqlite-store.js';

export * from './store.js';
export { REPORT_TABLES, type ReportStore } from './reports.js';
export { SqliteCloudStore, sqliteFile, storeMarker } from './sqlite-store.js';

/**
 * The store a configuration names: PostgreSQL when a database URL is given, else the SQLite
 * file in the data dir (the zero-install default).
 */
export async function openStore(o: { dataDir: string; databaseUrl?: string | undefined; allowEmptyStore?: boolean | undefined }): Promise<CloudStore> {
  if (o.databaseUrl !== undefined) {
    const { PgCloudStore } = await import('./pg-store.js');
    return PgCloudStore.open(o.databaseUrl);
  }
  return new SqliteCloudStore(o.dataDir, { allowEmpty: o.allowEmptyStore === true });
}
