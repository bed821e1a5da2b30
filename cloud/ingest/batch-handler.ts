// One handler per message kind: fridge batches (docs/protocol.md). Each batch is a job of its
// fridge in the lanes (a fridge's batches apply in order; live ones start before backlogs),
// judged by the pure batch rules and, when accepted, decided, committed and acknowledged by
// the application core: the ack goes out only after the commit (DESIGN.md property 4).
import type { Logger } from 'pino';
import { AckStatus, batchEventBytes, decodeBatch, peekBatch, type farmacy } from '../../proto/index.js';
import type { CommandHandler } from '../core/command-handler.js';
import type { Lane, Lanes } from '../core/lanes.js';
import type { DistrictCommand, EdgeTimeFlag } from '../domain/index.js';
import type { CloudMetrics } from '../metrics.js';
import { CursorConflict, FenceLost, StaleDecision, type Cursor, type DeadLetterOutcome, type DeadLetterWriter, type DistrictFence, type EventReader, type RegistryReader } from '../store/index.js';
import { advancePast, judgeBatch, LIMITS, refusedShape, unreadEvents, validateBatch, type BatchShape } from './batch-rules.js';

type BatchOutcome = 'accepted' | 'duplicate' | 'gap' | 'rejected' | 'ignored';

export interface FridgeLink {
  ack(district: string, fridgeId: string, ack: farmacy.fridge.v1.IAck): void;
}

export interface BatchHandlerOptions {
  registry: RegistryReader;
  /** The cursor and stored seqs a batch is judged against, and where a refused one is kept. */
  eventStore: EventReader & DeadLetterWriter;
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
    // Only peeked at here (its lane and weight): decoding is the job's, in its turn.
    const peek = payload.length > LIMITS.maxBatchBytes ? undefined : peekBatch(payload);
    const lane: Lane = peek?.replay === true ? 'backlog' : 'live';
    const weight = Math.max(1, peek?.events ?? 1);
    this.o.lanes
      .submit(fridgeId, lane, weight, () => {
        const decoded: Decoded = payload.length > LIMITS.maxBatchBytes ? { ok: false, reason: 'oversized' } : decodeBatch(payload);
        return this.handle(topic, district, fridgeId, payload, decoded, lane, received);
      })
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
    const { registry, eventStore, metrics, log, core } = this.o;
    const count = (outcome: BatchOutcome): void => void metrics.batches.inc({ outcome });
    const fridge = await registry.getFridge(fridgeId);
    if (fridge === undefined || !fridge.enabled || fridge.district !== district) {
      // With an external broker nothing else stops a stranger: refuse and keep it.
      metrics.rejects.inc({ reason: 'unknown_fridge' });
      this.countDeadLetter(await eventStore.deadLetter({ fridgeId, topic, reason: 'unknown_fridge', payload, now: this.o.now() }));
      count('ignored');
      return;
    }
    const cursor = await eventStore.getCursor(fridgeId);
    /**
     * docs/protocol.md: every refused batch is kept as a dead letter and answered REJECTED
     * (issue 11 item 8). `b` is what could be read of it; `movable` when its seqs can be
     * trusted, so that the cursor may move past it.
     */
    const reject = async (reason: string, b?: { epoch: string; lastSeq: number; prevSeq: number; movable: boolean }): Promise<void> => {
      metrics.rejects.inc({ reason });
      const committed = b && cursor?.epoch === b.epoch ? cursor.committedSeq : 0;
      // Move past a refused batch only when it follows what we have, so a bad batch never
      // blocks the fridge forever and never hides a gap.
      const advance = b ? advancePast(b, cursor) : undefined;
      const kept = await eventStore.deadLetter({ fridgeId, topic, reason, payload, now: this.o.now(), ...(advance ? { advance } : {}) });
      this.countDeadLetter(kept);
      // A resend of a batch refused before: counted on its row, not logged again.
      if (!kept.repeated) log.warn({ fridgeId, reason, bytes: payload.length, movedTo: advance?.committedSeq }, 'batch refused (kept as a dead letter)');
      // Unread (undecodable, oversized, no usable epoch): the cloud cannot say which epoch or
      // seqs it held, so it answers with an empty epoch (docs/protocol.md).
      this.o.link.ack(district, fridgeId, b
        ? { epoch: b.epoch, committedSeq: advance?.committedSeq ?? committed, status: AckStatus.REJECTED, reason, batchLastSeq: Number.isSafeInteger(b.lastSeq) ? b.lastSeq : 0, batchSentAtMs: 0 }
        : { epoch: '', committedSeq: 0, status: AckStatus.REJECTED, reason, batchLastSeq: 0, batchSentAtMs: 0 });
      count('rejected');
    };
    if (!decoded.ok) return reject(decoded.reason === 'oversized' ? 'oversized' : 'undecodable');
    const b = decoded.value;
    const epoch = b.epoch ?? '';
    const prevSeq = b.prevSeq ?? 0;
    const events = b.events;
    const lastSeq = events[events.length - 1]?.seq ?? 0;
    const shape = { epoch, lastSeq, prevSeq };
    const invalid = validateBatch(b, fridgeId);
    if (invalid !== undefined) return reject(invalid, refusedShape(invalid, shape));

    const sentAt = b.sentAtMs ?? 0;
    // An epoch that is not the cursor's may be one that comes back (an outbox restored from a
    // backup or an image, issue 11 item 4): what is stored of it was applied when it came.
    const storedThrough = cursor === undefined || cursor.epoch !== epoch ? await eventStore.highestRawSeq(fridgeId, epoch) : 0;
    const rules: BatchShape = { ...shape, seqs: events.map((e) => e.seq ?? 0), acknowledgedThrough: b.acknowledgedThrough ?? 0, storedThrough };
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
    if (verdict.returning) {
      metrics.returningEpochs.inc();
      log.warn({ fridgeId, epoch, from: cursor?.epoch, storedThrough, prevSeq }, 'fridge came back to an epoch it used before (outbox restored?): its stored events count as received, the stock is reconciled');
      await this.checkReusedSeqs(fridgeId, epoch, events.slice(0, verdict.skip), batchEventBytes(payload).slice(0, verdict.skip));
    }
    if (verdict.lost > 0) {
      // The fridge says we acknowledged events we do not have: this store lost them (restored
      // from an older backup) and the fridge deleted them. Count the loss; the decider asks
      // for a snapshot to reconcile the stock.
      metrics.lostAcknowledged.inc(verdict.lost);
      log.error({ fridgeId, epoch, committed: cursor?.committedSeq ?? 0, prevSeq, acknowledgedThrough: rules.acknowledgedThrough }, 'fridge events missing from the store that the fridge no longer holds (store restored from an older backup, or events the edge quarantined): taking the chain up again and reconciling');
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
        committedSeq: verdict.through,
        now: this.o.now(),
      },
    }), lane === 'live');
    if (!result.ok) return reject(`acl_${result.reason}`, { ...shape, movable: true });
    // DESIGN.md property 4: acknowledged means durable; the core answered after the commit.
    this.o.link.ack(district, fridgeId, { epoch, committedSeq: verdict.through, status: AckStatus.OK, batchLastSeq: lastSeq, batchSentAtMs: sentAt });
    if (result.suspectTimes !== undefined) this.countSuspectTimes(fridgeId, epoch, fresh, result.suspectTimes);
    if (result.refused !== undefined) {
      for (const [reason, n] of result.refused) metrics.cardinalityRefusals.inc({ reason }, n);
      log.warn({ fridgeId, epoch, firstSeq: fresh[0]?.seq, refused: Object.fromEntries(result.refused) }, 'fridge input left out of the domain (over what one fridge may create, or a malformed EPC): kept in the raw events');
    }
    metrics.fridgeEvents.inc(fresh.length);
    const unread = unreadEvents(fresh);
    if (unread > 0) {
      metrics.unreadFridgeEvents.inc(unread);
      log.warn({ fridgeId, epoch, firstSeq: fresh[0]?.seq, unread }, 'fridge events of a kind this cloud does not know: kept raw, no domain meaning (a newer edge?)');
    }
    metrics.ackLatency.observe({ lane }, (performance.now() - received) / 1000);
    if (sentAt > 0) metrics.edgeToAck.observe({ lane }, Math.max(0, this.o.now() - sentAt) / 1000);
    count('accepted');
    if (verdict.newEpoch && cursor !== undefined) log.info({ fridgeId, from: cursor.epoch, to: epoch }, 'fridge started a new outbox epoch');
  }
  /**
   * Edge times the decider did not take as they are (cloud/domain/edge-time.ts): counted per
   * event, logged once per batch.
   */
  private countSuspectTimes(fridgeId: string, epoch: string, events: readonly farmacy.fridge.v1.IFridgeEvent[], flags: ReadonlyMap<EdgeTimeFlag, number>): void {
    const recorded = events.map((e) => Number(e.recordedAtMs ?? 0));
    const now = this.o.now();
    for (const [reason, n] of flags) this.o.metrics.suspectTimestamps.inc({ reason }, n);
    this.o.log.warn(
      { fridgeId, epoch, events: events.length, suspect: Object.fromEntries(flags), firstSeq: events[0]?.seq, edgeTimes: [Math.min(...recorded), Math.max(...recorded)], cloudNow: now },
      'implausible edge clock: events kept in seq order, their times replaced for the domain (the raw events keep the edge times)',
    );
  }

  /**
   * A returning epoch's events at seqs the store holds are taken as received. An outbox
   * restored from a backup may have numbered new events again from its backup point: the same
   * seq with other contents is a different event, which cannot be stored under that key. Never
   * silent (DESIGN.md property 5): counted and logged with its seqs; the stock is put right by
   * the snapshot the returning epoch asks for.
   */
  private async checkReusedSeqs(fridgeId: string, epoch: string, events: readonly farmacy.fridge.v1.IFridgeEvent[], bytes: readonly Uint8Array[]): Promise<void> {
    if (events.length === 0) return;
    const seqs = events.map((e) => e.seq ?? 0);
    const stored = await this.o.eventStore.rawPayloads(fridgeId, epoch, seqs[0] ?? 0, seqs[seqs.length - 1] ?? 0);
    const reused = seqs.filter((seq, i) => {
      const old = stored.get(seq);
      return old !== undefined && !Buffer.from(old).equals(Buffer.from(bytes[i] ?? new Uint8Array()));
    });
    if (reused.length === 0) return;
    this.o.metrics.epochSeqConflicts.inc(reused.length);
    this.o.log.error({ fridgeId, epoch, seqs: reused.slice(0, 20), count: reused.length }, 'a returning epoch reuses seqs the store holds with other contents (outbox restored from a backup?): those events are not stored; the stock is reconciled from a snapshot');
  }

  private countDeadLetter(kept: DeadLetterOutcome): void {
    const { metrics } = this.o;
    metrics.deadLetters.inc({ outcome: kept.repeated ? 'repeated' : 'stored' });
    if (kept.truncatedBytes > 0) metrics.deadLetterTruncatedBytes.inc(kept.truncatedBytes);
    if (kept.evicted > 0) metrics.deadLettersEvicted.inc(kept.evicted);
  }
}
