// Outbox append rate vs a raw better-sqlite3 insert of the same rows, in the same durability
// mode (WAL, synchronous=FULL), measured in one run. Issue 2 goal: at least 0.5 of raw.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { SqliteOutbox, type NewEvent } from '../edge/outbox/index.js';
import { encodeFridgeEvent } from '../proto/index.js';
import { round, type BenchResult } from './support.js';

const event = (i: number): NewEvent => ({ recordedAtMs: 1_700_000_000_000 + i, temperature: { sensor: 1, deciCelsius: 30 + (i % 50) } });

function rawInsert(dir: string, n: number, perTx: number): number {
  const db = new Database(path.join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (seq INTEGER PRIMARY KEY, recorded_at INTEGER NOT NULL, cls INTEGER NOT NULL, size INTEGER NOT NULL, payload BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO events (seq, recorded_at, cls, size, payload) VALUES (?, ?, ?, ?, ?)');
  // The same rows the outbox writes, encoded beforehand: raw pays for nothing but SQLite.
  const rows = Array.from({ length: n }, (_, i) => {
    const payload = encodeFridgeEvent({ ...event(i), seq: i + 1 });
    return [i + 1, 1_700_000_000_000 + i, 0, payload.length, payload] as const;
  });
  const tx = db.transaction((batch: (typeof rows)[number][]) => {
    for (const r of batch) insert.run(...r);
  });
  const t0 = performance.now();
  for (let i = 0; i < n; i += perTx) tx(rows.slice(i, i + perTx));
  const ms = performance.now() - t0;
  db.close();
  return (n / ms) * 1000;
}

function outboxAppend(dir: string, n: number, perTx: number): number {
  const ob = SqliteOutbox.open({ dir, fridgeId: 'bench', log: pino({ level: 'silent' }) });
  const events = Array.from({ length: n }, (_, i) => event(i));
  const t0 = performance.now();
  for (let i = 0; i < n; i += perTx) ob.append(events.slice(i, i + perTx));
  const ms = performance.now() - t0;
  ob.close();
  return (n / ms) * 1000;
}

export function benchOutboxAppend(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const [perTx, n] of [[1, 3_000], [100, 100_000]] as const) {
    const dirs = [mkdtempSync(path.join(tmpdir(), 'ff-bench-')), mkdtempSync(path.join(tmpdir(), 'ff-bench-'))];
    try {
      // Interleave, and take the best of three, so that disk noise hits both alike.
      let raw = 0;
      let ours = 0;
      for (let rep = 0; rep < 3; rep++) {
        for (const d of dirs) for (const f of ['raw.db', 'outbox.db']) for (const s of ['', '-wal', '-shm']) rmSync(path.join(d, f + s), { force: true });
        raw = Math.max(raw, rawInsert(dirs[0] as string, n, perTx));
        ours = Math.max(ours, outboxAppend(dirs[1] as string, n, perTx));
      }
      const ratio = ours / raw;
      results.push({
        name: `outbox append, ${perTx === 1 ? 'one event per commit' : `${perTx} events per commit`}`,
        figures: { events: n, 'raw insert events/s': Math.round(raw), 'outbox append events/s': Math.round(ours), ratio: round(ratio) },
        goal: '>= 0.5 of raw',
        met: ratio >= 0.5,
      });
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  }
  return results;
}
