import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { decodeFridgeEvent, encodeFridgeEvent, encodeFridgeEventWithSeq, OutboxResetReason } from '../../proto/index.js';
import { lowWater, planCompaction, type CompactionCandidate } from './compaction.js';
import { classify, type CompactionClass, type CompactionOutcome, type NewEvent, type Outbox, type OutboxRow, type OutboxStats } from './outbox.js';

const SCHEMA_VERSION = '1';
const CLASSES: readonly CompactionClass[] = ['telemetry', 'door_session', 'audit', 'snapshot', 'keep', 'report'];

export class OutboxFridgeMismatchError extends Error {
  constructor(readonly file: string, readonly stored: string, readonly configured: string) {
    super(`outbox ${file} belongs to fridge "${stored}", not "${configured}"; it is kept untouched: point --data-dir elsewhere or move it aside`);
  }
}

interface OpenOptions {
  dir: string;
  fridgeId: string;
  log: Logger;
  now?: () => number;
  /** Test hook: the outbox file name inside dir. */
  fileName?: string;
}

function decodeReport(payload: Uint8Array) {
  const r = decodeFridgeEvent(payload);
  return r.ok ? (r.value.compaction ?? undefined) : undefined;
}

/** SQLite error codes that mean the file itself is unusable (not a transient failure). */
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPT_CODES.has(code);
}

/**
 * The outbox on SQLite: WAL journal with synchronous=FULL, so a commit that returned survives
 * power loss (https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export class SqliteOutbox implements Outbox {
  readonly epoch: string;
  readonly fridgeId: string;
  private readonly db: Database.Database;
  private readonly stmts;
  private bytes = 0;
  private count = 0;
  private acked = 0;
  private lastSeq = 0;
  private readonly now: () => number;

  /**
   * Opens (or creates) `<dir>/outbox.db`. A file SQLite reports corrupt is moved aside, kept
   * and reported, and a new epoch starts; it is never deleted.
   */
  static open(opts: OpenOptions): SqliteOutbox {
    const file = path.join(opts.dir, opts.fileName ?? 'outbox.db');
    const now = opts.now ?? Date.now;
    let movedAside: string | undefined;
    if (existsSync(file)) {
      try {
        return new SqliteOutbox(file, opts.fridgeId, now, undefined);
      } catch (err) {
        if (!isCorruption(err)) throw err;
        movedAside = `${file}.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
        for (const suffix of ['', '-wal', '-shm']) {
          if (existsSync(file + suffix)) renameSync(file + suffix, movedAside + suffix);
        }
        opts.log.error({ err, movedAside }, 'outbox file is corrupt: moved aside, starting a new epoch');
      }
    }
    return new SqliteOutbox(file, opts.fridgeId, now, { movedAside });
  }

  private constructor(file: string, fridgeId: string, now: () => number, create: { movedAside: string | undefined } | undefined) {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (create === undefined) {
        const check = db.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
      }
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS events (
          seq INTEGER PRIMARY KEY,
          recorded_at INTEGER NOT NULL,
          cls INTEGER NOT NULL,
          size INTEGER NOT NULL,
          payload BLOB NOT NULL
        );
      `);
      const getMeta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
      const setMeta = db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
      let epoch = getMeta.get('epoch')?.value;
      if (epoch === undefined) {
        epoch = randomUUID();
        db.transaction(() => {
          setMeta.run('schema', SCHEMA_VERSION);
          setMeta.run('epoch', epoch as string);
          setMeta.run('fridge_id', fridgeId);
          setMeta.run('created_at', new Date(now()).toISOString());
          setMeta.run('next_seq', '1');
          setMeta.run('acked_seq', '0');
        })();
      } else {
        const stored = getMeta.get('fridge_id')?.value ?? '';
        if (stored !== fridgeId) throw new OutboxFridgeMismatchError(file, stored, fridgeId);
      }
      this.db = db;
      this.now = now;
      this.epoch = epoch;
      this.fridgeId = fridgeId;
      this.stmts = {
        getMeta,
        setMeta,
        insert: db.prepare<[number, number, number, number, Uint8Array]>('INSERT INTO events (seq, recorded_at, cls, size, payload) VALUES (?, ?, ?, ?, ?)'),
        readAfter: db.prepare<[number, number], { seq: number; recorded_at: number; cls: number; payload: Buffer }>(
          'SELECT seq, recorded_at, cls, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
        ),
        sumThrough: db.prepare<[number], { n: number; b: number | null }>('SELECT COUNT(*) AS n, SUM(size) AS b FROM events WHERE seq <= ?'),
        deleteThrough: db.prepare<[number]>('DELETE FROM events WHERE seq <= ?'),
        deleteOne: db.prepare<[number]>('DELETE FROM events WHERE seq = ?'),
        totals: db.prepare<[], { n: number; b: number | null; oldest: number | null }>('SELECT COUNT(*) AS n, SUM(size) AS b, MIN(recorded_at) AS oldest FROM events'),
        candidates: db.prepare<[number], { seq: number; cls: number; size: number; payload: Buffer | null }>(
          `SELECT seq, cls, size, CASE WHEN cls = ${CLASSES.indexOf('report')} THEN payload END AS payload FROM events WHERE seq > ? ORDER BY seq`,
        ),
      };
      const totals = this.stmts.totals.get();
      this.count = totals?.n ?? 0;
      this.bytes = totals?.b ?? 0;
      this.lastSeq = Number(this.meta('next_seq') ?? '1') - 1;
      this.acked = Number(this.meta('acked_seq') ?? '0');
      if (create !== undefined && this.count === 0 && this.lastSeq === 0) {
        // The first event of every epoch says why the epoch is new (DESIGN.md property 6).
        this.append([
          {
            recordedAtMs: now(),
            outboxReset: create.movedAside === undefined
              ? { reason: OutboxResetReason.CREATED }
              : { reason: OutboxResetReason.CORRUPT_MOVED_ASIDE, movedAsideTo: create.movedAside },
          },
        ]);
      }
    } catch (err) {
      db.close();
      throw err;
    }
  }

  private meta(key: string): string | undefined {
    return this.stmts.getMeta.get(key)?.value;
  }

  append(events: readonly NewEvent[]): number[] {
    const seqs: number[] = [];
    let bytes = 0;
    this.db.transaction(() => {
      for (const ev of events) {
        const seq = this.lastSeq + 1 + seqs.length;
        const payload = encodeFridgeEventWithSeq(ev, seq);
        this.stmts.insert.run(seq, ev.recordedAtMs, CLASSES.indexOf(classify(ev)), payload.length, payload);
        seqs.push(seq);
        bytes += payload.length;
      }
      this.stmts.setMeta.run('next_seq', String(this.lastSeq + seqs.length + 1));
    })();
    // Only after the commit: a failed transaction leaves the counters untouched.
    this.bytes += bytes;
    this.lastSeq += seqs.length;
    this.count += seqs.length;
    return seqs;
  }

  readAfter(afterSeq: number, limit: number, maxBytes: number): OutboxRow[] {
    const rows: OutboxRow[] = [];
    let bytes = 0;
    for (const r of this.stmts.readAfter.iterate(afterSeq, limit)) {
      if (rows.length > 0 && bytes + r.payload.length > maxBytes) break;
      bytes += r.payload.length;
      rows.push({ seq: r.seq, recordedAtMs: r.recorded_at, cls: CLASSES[r.cls] ?? 'keep', payload: r.payload });
    }
    return rows;
  }

  ack(throughSeq: number): number {
    if (throughSeq <= this.acked) return 0;
    const through = Math.min(throughSeq, this.lastSeq);
    let deleted = 0;
    this.db.transaction(() => {
      const sum = this.stmts.sumThrough.get(through);
      deleted = sum?.n ?? 0;
      this.bytes -= sum?.b ?? 0;
      this.stmts.deleteThrough.run(through);
      this.stmts.setMeta.run('acked_seq', String(through));
    })();
    this.count -= deleted;
    this.acked = through;
    return deleted;
  }

  stats(): OutboxStats {
    return { events: this.count, bytes: this.bytes, ackedSeq: this.acked, lastSeq: this.lastSeq };
  }

  oldestRecordedAtMs(): number | undefined {
    return this.count > 0 ? (this.stmts.totals.get()?.oldest ?? undefined) : undefined;
  }

  compact(boundBytes: number, protectThroughSeq: number): CompactionOutcome | undefined {
    if (this.bytes <= boundBytes) return undefined;
    const candidates: CompactionCandidate[] = this.stmts.candidates
      .all(Math.max(protectThroughSeq, this.acked))
      .map((r) => ({ seq: r.seq, cls: CLASSES[r.cls] ?? 'keep', size: r.size, report: r.payload ? decodeReport(r.payload) : undefined }));
    const plan = planCompaction(candidates, this.bytes - lowWater(boundBytes));
    if (plan === undefined) return undefined;
    const sizes = new Map(candidates.map((c) => [c.seq, c.size]));
    const reportPayload = encodeFridgeEvent({ seq: plan.reportSeq, recordedAtMs: this.now(), compaction: plan.report });
    this.db.transaction(() => {
      for (const seq of plan.deleteSeqs) this.stmts.deleteOne.run(seq);
      this.stmts.insert.run(plan.reportSeq, this.now(), CLASSES.indexOf('report'), reportPayload.length, reportPayload);
    })();
    for (const seq of plan.deleteSeqs) this.bytes -= sizes.get(seq) ?? 0;
    this.bytes += reportPayload.length;
    this.count += 1 - plan.deleteSeqs.length;
    return { report: plan.report, reportSeq: plan.reportSeq, stillOver: this.bytes > boundBytes };
  }

  getMeta(key: string): string | undefined {
    return this.meta(`user.${key}`);
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(`user.${key}`, value);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
