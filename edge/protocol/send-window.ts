import { AckStatus, assembleBatch, type farmacy } from '../../proto/index.js';

/**
 * docs/protocol.md "Refused batches": REJECTED answers in a row that do not move the cloud
 * past the first unacknowledged event before the edge narrows down (one event a batch), and
 * then before it quarantines that one event. The edge never resends one batch forever.
 */
export const MAX_REFUSALS = 3;

export interface InFlight {
  lastSeq: number;
  /** Monotonic time of the publish. */
  sentAt: number;
  /** It replayed a backlog (Batch.replay). */
  replay: boolean;
}

/** What an acknowledgement means for the sender (docs/protocol.md "Batches and acknowledgements"). */
export type AckOutcome =
  /** For an earlier outbox (moved aside or replaced): it says nothing about this one. */
  | { kind: 'foreign' }
  /** A status this sender does not act on. */
  | { kind: 'ignored'; status: number }
  /**
   * The cloud committed through `committed` (OK, or REJECTED moving past a dead letter):
   * `done` are the batches it covers, oldest first. `chainResumed`: it acknowledged past the
   * events it had lost; `isolationEnded`: past the refused batch being narrowed down.
   */
  | { kind: 'committed'; committed: number; done: InFlight[]; movedPastRejection: boolean; chainResumed: boolean; isolationEnded: boolean }
  /**
   * GAP (docs/protocol.md): resend everything after `committed`. Above what was acknowledged
   * (`ahead`: the cloud committed batches whose acks never came, e.g. before a takeover), the
   * cloud has those events: they count as acknowledged, as on OK (`done`, `chainResumed`,
   * `isolationEnded` as there). Below it (`behind`: the cloud lost acknowledged events, which
   * are gone here too), the resend starts after the last acknowledged seq and the next batches
   * carry acknowledged_through.
   */
  | { kind: 'gap'; committed: number; behind: boolean; ahead: { done: InFlight[]; chainResumed: boolean; isolationEnded: boolean } | undefined }
  /**
   * REJECTED without moving past what was acknowledged: resend; after MAX_REFUSALS answers for
   * the same first event send one event a batch (`isolate`), after MAX_REFUSALS more for that
   * one event alone, quarantine it (`quarantine`).
   */
  | { kind: 'refused'; reason: string; action: 'resend' | 'isolate' | 'quarantine'; refusals: number; acked: number; isolateThrough: number | undefined };

/**
 * The edge's side of the chain (docs/protocol.md "Outbox, epoch, sequence"): each batch
 * carries `prev_seq`, the seq before its first event; several batches are in flight; an ack is
 * cumulative; a GAP, an ack timeout or a reconnect rewinds to the last acknowledged seq (a GAP
 * above it acknowledges what it covers first). Also
 * what the edge tells a cloud that lost acknowledged events (`acknowledged_through`), and the
 * narrowing down of a batch the cloud refuses. No I/O: the caller publishes and stores.
 */
export class SendWindow {
  /** Highest seq published in the current send stream: the next batch's prev_seq. */
  private sentThroughSeq = 0;
  private flying: InFlight[] = [];
  /**
   * Set when the cloud answered GAP below what it had acknowledged (it lost acknowledged
   * events; they are gone here too): the highest seq it acknowledged, sent with every batch
   * until it acknowledges past it, so it can take the chain up from here (docs/protocol.md).
   */
  private cloudLostThrough: number | undefined;
  /** REJECTED answers in a row that did not move past `head` (the acknowledged seq then). */
  private refusals = { head: -1, count: 0 };
  /**
   * While set: one event a batch and one batch in flight, up to this seq, to find the event
   * that the cloud refuses (docs/protocol.md "Refused batches").
   */
  private isolateThrough: number | undefined;

  constructor(private readonly fridgeId: string, private readonly epoch: string) {}

  get sentThrough(): number {
    return this.sentThroughSeq;
  }

  get inflight(): readonly InFlight[] {
    return this.flying;
  }

  get isolating(): boolean {
    return this.isolateThrough !== undefined;
  }

  /** Sent with every batch while set (see cloudLostThrough). */
  get acknowledgedThrough(): number | undefined {
    return this.cloudLostThrough;
  }

  /** Resend everything after `ackedSeq`: nothing in flight counts any more. */
  rewind(ackedSeq: number): void {
    this.sentThroughSeq = ackedSeq;
    this.flying = [];
  }

  /** The next batch, chained to what was sent before it; it is in flight from now. */
  send(events: readonly { seq: number; payload: Uint8Array }[], o: { now: number; wall: number; replay: boolean }): { payload: Uint8Array; lastSeq: number } {
    const last = events[events.length - 1];
    if (last === undefined) throw new Error('a batch has at least one event');
    const payload = assembleBatch(
      {
        fridgeId: this.fridgeId,
        epoch: this.epoch,
        prevSeq: this.sentThroughSeq,
        sentAtMs: o.wall,
        ...(o.replay ? { replay: true } : {}),
        ...(this.cloudLostThrough !== undefined ? { acknowledgedThrough: this.cloudLostThrough } : {}),
      },
      events.map((e) => e.payload),
    );
    this.flying.push({ lastSeq: last.seq, sentAt: o.now, replay: o.replay });
    this.sentThroughSeq = last.seq;
    return { payload, lastSeq: last.seq };
  }

  /** The oldest batch in flight when it waited longer than `timeoutMs`. */
  overdue(now: number, timeoutMs: number): InFlight | undefined {
    const oldest = this.flying[0];
    return oldest !== undefined && now - oldest.sentAt > timeoutMs ? oldest : undefined;
  }

  /** An acknowledgement, given the highest seq acknowledged before it. */
  onAck(ack: farmacy.fridge.v1.Ack, ackedSeq: number): AckOutcome {
    const status = ack.status ?? AckStatus.STATUS_UNSPECIFIED;
    // docs/protocol.md: a batch the cloud could not read is answered REJECTED with no epoch.
    const unread = status === AckStatus.REJECTED && (ack.epoch ?? '') === '';
    if (ack.epoch !== this.epoch && !unread) return { kind: 'foreign' };
    const committed = Number(ack.committedSeq ?? 0);
    if (status === AckStatus.GAP) {
      if (committed > ackedSeq) return { kind: 'gap', committed, behind: false, ahead: this.committedThrough(committed) };
      const behind = committed < ackedSeq && this.cloudLostThrough === undefined;
      if (behind) this.cloudLostThrough = ackedSeq;
      return { kind: 'gap', committed, behind, ahead: undefined };
    }
    if (status === AckStatus.REJECTED && (unread || committed <= ackedSeq)) return this.refused(ack.reason ?? '', ackedSeq);
    if (status !== AckStatus.OK && status !== AckStatus.REJECTED) return { kind: 'ignored', status };
    return { kind: 'committed', committed, movedPastRejection: status === AckStatus.REJECTED, ...this.committedThrough(committed) };
  }

  /** The cloud holds everything through `committed`: the batches it covers are done. */
  private committedThrough(committed: number): { done: InFlight[]; chainResumed: boolean; isolationEnded: boolean } {
    const done: InFlight[] = [];
    while (this.flying.length > 0 && (this.flying[0] as InFlight).lastSeq <= committed) done.push(this.flying.shift() as InFlight);
    const chainResumed = this.cloudLostThrough !== undefined && committed >= this.cloudLostThrough;
    if (chainResumed) this.cloudLostThrough = undefined;
    return { done, chainResumed, isolationEnded: this.endIsolation(committed) };
  }

  private refused(reason: string, acked: number): AckOutcome {
    if (this.refusals.head !== acked) this.refusals = { head: acked, count: 0 };
    this.refusals.count++;
    const refusals = this.refusals.count;
    let action: 'resend' | 'isolate' | 'quarantine' = 'resend';
    if (this.refusals.count >= MAX_REFUSALS) {
      this.refusals.count = 0;
      if (this.isolateThrough === undefined) {
        this.isolateThrough = Math.max(this.sentThroughSeq, acked + 1);
        action = 'isolate';
      } else {
        action = 'quarantine';
      }
    }
    return { kind: 'refused', reason, action, refusals, acked, isolateThrough: this.isolateThrough };
  }

  /**
   * The event at `seq` left the outbox unacknowledged (quarantined): the next batches carry
   * acknowledged_through = seq, so the cloud takes the chain up after it.
   */
  skipped(seq: number): boolean {
    this.cloudLostThrough = Math.max(this.cloudLostThrough ?? 0, seq);
    return this.endIsolation(seq);
  }

  private endIsolation(acked: number): boolean {
    if (this.isolateThrough === undefined || acked < this.isolateThrough) return false;
    this.isolateThrough = undefined;
    return true;
  }
}
