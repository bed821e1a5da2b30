// One handler per message kind: fridge batches (docs/protocol.md). Each batch is a job of its
// fridge in the lanes (a fridge's batches apply in order; live ones start before backlogs),
// judged by the pure batch rules and, when accepted, decided, committed and acknowledged by
// the application core: the ack goes out only after the commit (DESIGN.md property 4).
import type { Logger } from 'pino';
import { AckStatus, batchEventBytes, decodeBatch, type farmacy } from '../../proto/index.js';
import type { CommandHandler } from '../core/command-handler.js';
import type { Lane, Lanes } from '../core/lanes.js';
import type { DistrictCommand } from '../domain/index.js';
import type { CloudMetrics } from '../metrics.js';
import { CursorConflict, FenceLost, StaleDecision, type CloudStore, type Cursor, type DistrictFence } from '../store/index.js';
import { advancePast, judgeBatch, LIMITS, validateBatch, type BatchShape } from './batch-rules.js';

type BatchOutcome = 'accepted' | 'duplicate' | 'gap' | 'rejected' | 'ignored';

export interface FridgeLink {
  ack(district: string, fridgeId: string, ack: farmacy.fridge.v1.IAck): void;
}

export interface BatchHandlerOptions {
  store: Pick<CloudStore, 'getFridge' | 'getCursor' | 'deadLetter'>;
  core: CommandHandler;
  lanes: Lanes;
  link: FridgeLink;
  metrics: CloudMetrics;
  log: Logger;
  now: () => number;
  fenceOf: (district: string) => DistrictFence | undefined;
}

type Decoded = { ok: true; value: farmacy.fridge.v1.Batch } | { ok: false; reason: string };

export class BatchHandler {
  constructor(private readonly o: BatchHandlerOptions) {}

  /** A batch arrived: queue it behind its fridge's earlier batches, in its lane. */
  receive(topic: string, district: string, fridgeId: string, payload: Buffer): void {
    const received = performance.now();
    // Decoded here (cheap next to deciding) to know its lane and weight.
    const decoded: Decoded = payload.length > LIMITS.maxBatchBytes ? { ok: false, reason: 'oversized' } : decodeBatch(payload);
    const lane: Lane = decoded.ok && decoded.value.replay === true ? 'backlog' : 'live';
    const weight = decoded.ok ? Math.max(1, decoded.value.events.length) : 1;
    this.o.lanes
      .submit(fridgeId, lane, weight, () => this.handle(topic, district, fridgeId, payload, decoded, lane, received))
      .catch((err: unknown) => this.failed(err, topic, district));
  }

  /** A failing batch never takes the ingest down: log, count, carry on. Nothing was acknowledged, so the edge sends it again. */
  private failed(err: unknown, topic: string, district: string): void {
    const { metrics, log, core } = this.o;
    if (err instanceof FenceLost) {
      metrics.rejects.inc({ reason: 'fence_lost' });
      log.warn({ topic }, 'the district went to another instance; batch not acknowledged');
      core.drop(district);
    } else if (err instanceof CursorConflict) {
      metrics.rejects.inc({ reason: 'cursor_conflict' });
      log.warn({ topic }, 'another writer committed for this fridge first; batch not acknowledged');
      core.drop(district);
    } else if (err instanceof StaleDecision) {
      metrics.rejects.inc({ reason: 'stale_decision' });
      log.warn({ topic }, 'decided on a district state that did not commit, again and again; batch not acknowledged');
    } else {
      metrics.rejects.inc({ reason: 'internal_error' });
      log.error({ err, topic }, 'ingest handler failed');
    }
  }

  private async handle(topic: string, district: string, fridgeId: string, payload: Buffer, decoded: Decoded, lane: Lane, received: number): Promise<void> {
    const { store, metrics, log, core } = this.o;
    const count = (outcome: BatchOutcome): void => void metrics.batches.inc({ outcome });
    const fridge = await store.getFridge(fridgeId);
    if (fridge === undefined || !fridge.enabled || fridge.district !== district) {
      // With an external broker nothing else stops a stranger: refuse and keep it.
      metrics.rejects.inc({ reason: 'unknown_fridge' });
      await store.deadLetter({ fridgeId, topic, reason: 'unknown_fridge', payload, now: this.o.now() });
      count('ignored');
      return;
    }
    const cursor = await store.getCursor(fridgeId);
    const reject = async (reason: string, b?: { epoch: string; lastSeq: number; prevSeq: number }): Promise<void> => {
      metrics.rejects.inc({ reason });
      log.warn({ fridgeId, reason, bytes: payload.length }, 'batch refused (kept as a dead letter)');
      const committed = b && cursor?.epoch === b.epoch ? cursor.committedSeq : 0;
      const advance = b ? advancePast(b, cursor) : undefined;
      await store.deadLetter({ fridgeId, topic, reason, payload, now: this.o.now(), ...(advance ? { advance } : {}) });
      if (b) this.o.link.ack(district, fridgeId, { epoch: b.epoch, committedSeq: advance?.committedSeq ?? committed, status: AckStatus.REJECTED, reason, batchLastSeq: b.lastSeq, batchSentAtMs: 0 });
      count('rejected');
    };
    if (!decoded.ok) return reject(decoded.reason === 'oversized' ? 'oversized' : 'undecodable');
    const b = decoded.value;
    const epoch = b.epoch ?? '';
    const prevSeq = b.prevSeq ?? 0;
    const events = b.events;
    const lastSeq = events[events.length - 1]?.seq ?? 0;
    const shape = { epoch, lastSeq, prevSeq };
    const invalid = validateBatch(b, fridgeId, this.o.now());
    if (invalid !== undefined) return reject(invalid, invalid === 'seq_order' || invalid === 'empty' || invalid === 'epoch' ? undefined : shape);

    const sentAt = b.sentAtMs ?? 0;
    const rules: BatchShape = { ...shape, seqs: events.map((e) => e.seq ?? 0), acknowledgedThrough: b.acknowledgedThrough ?? 0 };
    const verdict = judgeBatch(rules, cursor);
    if (verdict.kind === 'gap') {
      this.o.link.ack(district, fridgeId, { epoch, committedSeq: verdict.committedSeq, status: AckStatus.GAP, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
      count('gap');
      return;
    }
    if (verdict.kind === 'duplicate') {
      // DESIGN.md property 2: a redelivery changes nothing; acknowledge what we have.
      metrics.duplicateEvents.inc(verdict.duplicates);
      this.o.link.ack(district, fridgeId, { epoch, committedSeq: verdict.committedSeq, status: AckStatus.OK, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
      count('duplicate');
      return;
    }
    metrics.duplicateEvents.inc(verdict.skip);
    if (verdict.lost > 0) {
      // The fridge says we acknowledged events we do not have: this store lost them (restored
      // from an older backup) and the fridge deleted them. Count the loss; the decider asks
      // for a snapshot to reconcile the stock.
      metrics.lostAcknowledged.inc(verdict.lost);
      log.error({ fridgeId, epoch, committed: cursor?.committedSeq ?? 0, prevSeq, acknowledgedThrough: rules.acknowledgedThrough }, 'fridge events this cloud acknowledged are missing from the store (restored from an older backup?): taking the chain up again and reconciling');
    }
    const fresh = events.slice(verdict.skip);
    const command: DistrictCommand = { type: 'RecordFridgeEvents', fridgeId, epoch, newEpoch: verdict.newEpoch, ...(verdict.lost > 0 ? { lostAcknowledged: verdict.lost } : {}), events: fresh };
    const result = await core.handle(district, command, (domainEvents) => ({
      kind: 'batch',
      batch: {
        // DESIGN.md property 2 even when two instances briefly both think they own the
        // district: the commit checks that the cursor is still the one judged against.
        expected: verdict.expected as Cursor | undefined,
        fence: this.o.fenceOf(district),
        fridgeId,
        district,
        epoch,
        // The events' own bytes from the payload (fresh events are its last ones: seqs ascend).
        raw: batchEventBytes(payload).slice(verdict.skip).map((bytes, i) => ({ seq: fresh[i]?.seq ?? 0, recordedAt: fresh[i]?.recordedAtMs ?? 0, payload: bytes })),
        events: domainEvents,
        committedSeq: lastSeq,
        now: this.o.now(),
      },
    }));
    if (!result.ok) return reject(`acl_${result.reason}`, shape);
    // DESIGN.md property 4: acknowledged means durable; the core answered after the commit.
    this.o.link.ack(district, fridgeId, { epoch, committedSeq: lastSeq, status: AckStatus.OK, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
    metrics.fridgeEvents.inc(fresh.length);
    metrics.ackLatency.observe({ lane }, (performance.now() - received) / 1000);
    if (sentAt > 0) metrics.edgeToAck.observe(Math.max(0, this.o.now() - sentAt) / 1000);
    count('accepted');
    if (verdict.newEpoch && cursor !== undefined) log.info({ fridgeId, from: cursor.epoch, to: epoch }, 'fridge started a new outbox epoch');
  }
}
