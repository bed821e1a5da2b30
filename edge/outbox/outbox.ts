import { fridgeEventKind, type FridgeEvent, type FridgeEventKind } from '../../proto/index.js';

/** A fridge event before the outbox gives it a sequence number. */
export type NewEvent = Omit<FridgeEvent, 'seq'> & { recordedAtMs: number };

/** How compaction treats an event (DESIGN.md property 5). */
export type CompactionClass = 'telemetry' | 'door_session' | 'audit' | 'snapshot' | 'keep' | 'report';

export interface OutboxRow {
  seq: number;
  recordedAtMs: number;
  cls: CompactionClass;
  /** The encoded FridgeEvent (seq included), ready to be put in a Batch as is. */
  payload: Uint8Array;
}

export interface OutboxStats {
  events: number;
  bytes: number;
  /** Highest seq the cloud acknowledged in this epoch (0: none yet). */
  ackedSeq: number;
  /** Highest seq ever given out in this epoch. */
  lastSeq: number;
}

export interface CompactionOutcome {
  report: NonNullable<FridgeEvent['compaction']>;
  /** Seq the report was stored under. */
  reportSeq: number;
  /** Still over the bound after compacting: nothing else may be dropped yet. */
  stillOver: boolean;
}

/**
 * The edge's durable queue of fridge events (DESIGN.md "edge"): every event is committed here
 * before anything else happens to it, and removed only when the cloud acknowledged it.
 * Implementations: outbox-sqlite.ts (the real one) and outbox-memory.ts (tests, fleet
 * simulation); both pass test/edge/outbox/outbox.contract.ts.
 */
export interface Outbox {
  readonly epoch: string;
  readonly fridgeId: string;
  /** Commits the events in one transaction, in order; returns their seqs. */
  append(events: readonly NewEvent[]): number[];
  /** Events with seq > afterSeq, in order, at most `limit` and about `maxBytes`. */
  readAfter(afterSeq: number, limit: number, maxBytes: number): OutboxRow[];
  /** The cloud committed everything up to seq: delete it. Returns the number deleted. */
  ack(throughSeq: number): number;
  /** Counters kept in memory: cheap enough for every append and ack. */
  stats(): OutboxStats;
  /** When the oldest waiting event was recorded (a scan: for gauges, not for every event). */
  oldestRecordedAtMs(): number | undefined;
  /**
   * When over `boundBytes`, compacts events with seq > protectThroughSeq (those in flight
   * are protected) and records a CompactionReport. Undefined when nothing was over or nothing
   * could be compacted (then `stats().bytes` may stay over the bound: never dropped silently).
   */
  compact(boundBytes: number, protectThroughSeq: number): CompactionOutcome | undefined;
  /** Small persistent values (the birth/death sequence, ...). */
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  close(): void;
}

/** Each fridge event kind's compaction class: a Record, so a kind added to the proto must be placed here. */
const CLASS_OF: Readonly<Record<FridgeEventKind, CompactionClass>> = {
  compaction: 'report',
  temperature: 'telemetry',
  doorSession: 'door_session',
  audit: 'audit',
  snapshot: 'snapshot',
  fault: 'keep',
  doorAlarm: 'keep',
  booted: 'keep',
  link: 'keep',
  outboxReset: 'keep',
  unlocked: 'keep',
};

export function classify(ev: Partial<Record<FridgeEventKind, unknown>>): CompactionClass {
  const kind = fridgeEventKind(ev);
  return kind === undefined ? 'keep' : CLASS_OF[kind];
}
