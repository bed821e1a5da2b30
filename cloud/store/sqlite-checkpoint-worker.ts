// The SQLite checkpointer thread (sqlite-checkpointer.ts): copies the write-ahead log into the
// database file on a connection of its own, so that the writer's COMMIT never does.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { FromCheckpointer, ToCheckpointer } from './sqlite-checkpointer.js';

const port = parentPort;
if (port === null) throw new Error('sqlite-checkpoint-worker.ts runs as a worker thread');
const { location, busyMs, idleMs } = workerData as { location: string; busyMs: number; idleMs: number };

const db = new Database(location, { fileMustExist: true });
// A checkpoint flushes the log before it copies and the database after: a power loss cannot
// take back what it copied (and the writer rewinds the log only over copied frames).
db.pragma('synchronous = NORMAL');
const send = (m: FromCheckpointer): void => port.postMessage(m);

let timer: NodeJS.Timeout | undefined;
let closed = false;
let last = { log: -1, checkpointed: -1 };

/** One PASSIVE checkpoint: it never waits for the writer or for readers, and never holds them. */
function round(drain: boolean): void {
  const t0 = performance.now();
  const [r] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  const log = r?.log ?? 0;
  const checkpointed = r?.checkpointed ?? 0;
  send({ kind: 'round', log, checkpointed, ms: performance.now() - t0, drain });
  // While the log grows, again soon; once it stands still (copied, or rewound and empty), rarely.
  const moving = log !== last.log || checkpointed !== last.checkpointed;
  last = { log, checkpointed };
  schedule(moving || log > checkpointed ? busyMs : idleMs);
}

function schedule(ms: number): void {
  if (timer !== undefined) clearTimeout(timer);
  if (!closed) timer = setTimeout(() => round(false), ms);
}

port.on('message', (m: ToCheckpointer) => {
  if (m === 'close') {
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    db.close();
    port.close();
    return;
  }
  round(true);
});

send({ kind: 'ready' });
schedule(idleMs);
