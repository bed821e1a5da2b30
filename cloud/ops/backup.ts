// `fridge-cloud backup <file>`: a consistent online copy of the SQLite event store, safe while
// the cloud runs (docs/operations.md: backups and restore).
import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError, formatHelp, parseOptions, type OptionTable } from '../../shared/index.js';
import { cloudOptions } from '../config.js';

/** The event store's file in the data dir (cloud/store/cloud-store.ts). */
export const STORE_FILE = 'cloud.db';

export const backupOptions = {
  'data-dir': cloudOptions['data-dir'],
  'database-url': { ...cloudOptions['database-url'], help: 'when the event store is PostgreSQL, this command refuses: use pg_dump' },
} satisfies OptionTable;

export const BACKUP_HELP = formatHelp(
  'fridge-cloud backup <file>',
  'Copies the SQLite event store (<data-dir>/cloud.db) into <file>, consistently, while the cloud\nkeeps running (SQLite\'s online backup API over a read-only connection of its own).\nRestore: docs/operations.md.',
  backupOptions,
);

export interface BackupResult {
  file: string;
  bytes: number;
  /** Domain events in the copy (its highest position). */
  lastPosition: number;
  ms: number;
}

/**
 * Copies `<dataDir>/cloud.db` to `file`. The copy is one read transaction on the source: under
 * WAL the cloud's writers are not blocked, and the copy is the store as of that transaction's
 * start (a point in time), never a mix. It is written next to `file` and renamed when complete
 * and checked, so a `file` that exists is a whole backup.
 */
export async function backupSqliteStore(dataDir: string, file: string): Promise<BackupResult> {
  const t0 = performance.now();
  const src = path.join(dataDir, STORE_FILE);
  if (!existsSync(src)) throw new ConfigError(`no event store at ${src}`);
  if (existsSync(file)) throw new ConfigError(`${file} exists: choose a new file name`);
  const tmp = `${file}.tmp-${process.pid}`;
  // Owner only, like the store (it holds every fridge's credential hash): made so before a
  // byte is copied into it (SQLite takes an empty file as an empty database).
  closeSync(openSync(tmp, 'wx', 0o600));
  chmodSync(tmp, 0o600);
  const db = new Database(src, { readonly: true, fileMustExist: true });
  try {
    // One step for every page: SQLite restarts a stepwise backup whenever another connection
    // writes the source between steps, which a busy ingest always does.
    await db.backup(tmp, { progress: () => 0x7fffffff });
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    db.close();
  }
  let lastPosition: number;
  const copy = new Database(tmp, { fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    lastPosition = copy.prepare<[], { p: number | null }>('SELECT MAX(position) AS p FROM events').get()?.p ?? 0;
  } catch (err) {
    copy.close();
    rmSync(tmp, { force: true });
    throw err;
  }
  // The copy keeps the source's WAL mode: fold its WAL back into the file before it is renamed.
  copy.pragma('wal_checkpoint(TRUNCATE)');
  copy.close();
  for (const suffix of ['-wal', '-shm']) rmSync(tmp + suffix, { force: true });
  renameSync(tmp, file);
  return { file, bytes: statSync(file).size, lastPosition, ms: Math.round(performance.now() - t0) };
}

/** Splits `backup <file> [options]`: the one positional argument is the file. */
function splitPositional(argv: readonly string[]): { file: string | undefined; rest: string[] } {
  const rest: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) positionals.push(a);
    else {
      rest.push(a);
      // Every option of this command but --help takes a value.
      if (a !== '--help' && !a.includes('=') && i + 1 < argv.length) rest.push(argv[++i]!);
    }
  }
  if (positionals.length > 1) throw new ConfigError(`one backup file expected, got ${positionals.length}`);
  return { file: positionals[0], rest };
}

export interface BackupDeps {
  out(text: string): void;
  err(text: string): void;
}

/** The command; returns its exit code. */
export async function backupCommand(argv: readonly string[], env: NodeJS.ProcessEnv, deps: BackupDeps): Promise<number> {
  const { file, rest } = splitPositional(argv);
  const o = parseOptions(backupOptions, rest, env);
  if (o === 'help') {
    deps.out(BACKUP_HELP);
    return 0;
  }
  if (o['database-url'] !== undefined) {
    deps.err('fridge-cloud: the event store is in PostgreSQL (--database-url / FF_DATABASE_URL): back it up with pg_dump, e.g.\n'
      + '  pg_dump --format=custom --file=fridge-cloud.dump "$FF_DATABASE_URL"\n'
      + 'and restore with pg_restore (docs/operations.md).\n');
    return 2;
  }
  if (file === undefined) throw new ConfigError('the backup file is missing: fridge-cloud backup <file>');
  const r = await backupSqliteStore(o['data-dir'], path.resolve(file));
  deps.out(`${JSON.stringify(r)}\n`);
  return 0;
}
