// The SQLite writer thread (sqlite-writer-thread.ts): group commits on a connection of its own.
// Each group is answered twice: once committed (the units' outcomes), once its log is on disk.
// The next group is written while the log of the last one is flushed, as in the process.
import { fdatasync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { DomainEvent } from '../domain/index.js';
import { SqlStatements, SqliteWriter, STORE_FAILURE, type WriterUnit } from './sqlite-writer.js';
import { toWire, type FromWriter, type SqlOp, type ToWriter, type WireError, type WireUnit } from './sqlite-writer-thread.js';

const port = parentPort;
if (port === null) throw new Error('sqlite-writer-worker.ts runs as a worker thread');
const { location } = workerData as { location: string };

const db = new Database(location, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL'); // the log is flushed below, as the store does
// The process's own connection writes now and then (registry, dead letters, reports): wait for it.
db.pragma('busy_timeout = 10000');
const writer = new SqliteWriter(db);
const statements = new SqlStatements(db);
const logFd = openSync(`${location}-wal`, 'r');
const send = (m: FromWriter): void => port.postMessage(m);

const toUnit = (u: WireUnit): WriterUnit => ({ ...u, events: u.json.map((j) => JSON.parse(j) as DomainEvent) }) as WriterUnit;

/** A failure as it crosses back: the store's own (StoreUnavailable) when the store failed. */
function failure(err: unknown): WireError {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && STORE_FAILURE.test(code) ? { name: 'StoreUnavailable', message: String(err), code } : toWire(err);
}

function sql(id: number, op: SqlOp): void {
  try {
    send({ id, kind: 'sql', result: op.kind === 'tx' ? (statements.transaction(op.list), null) : statements.commitIf(op.key, op.expected, op.next, op.list) });
  } catch (err) {
    send({ id, kind: 'failed', error: failure(err) });
  }
}

/** Flushes asked and not yet returned. */
let flushes = 0;

function write(id: number, units: readonly WireUnit[]): void {
  let outcomes;
  try {
    outcomes = writer.writeGroup(units.map(toUnit));
  } catch (err) {
    send({ id, kind: 'failed', error: failure(err) });
    return;
  }
  send({ id, kind: 'written', outcomes: outcomes.map((o) => (o.ok ? o : { ok: false, error: toWire(o.error) })) });
  // A flush started after this commit covers it (and every earlier one).
  flushes += 1;
  fdatasync(logFd, (err) => {
    flushes -= 1;
    if (err === null) send({ id, kind: 'durable' });
    else send({ id, kind: 'failed', error: { name: 'StoreUnavailable', message: err.message, code: err.code ?? 'EIO' } });
  });
}

port.on('message', (m: ToWriter) => {
  if (m === 'close') {
    // Every flush asked so far ends before the connection closes.
    const end = (): void => {
      if (flushes > 0) return void setImmediate(end);
      db.close();
      port.close();
    };
    end();
    return;
  }
  if ('pragma' in m) db.pragma(m.pragma);
  else if ('sql' in m) sql(m.id, m.sql);
  else write(m.id, m.units);
});
