// The ingest's batch rules against a real aedes broker and a real SQLite store (issue 11):
// edge clocks (item 1), an epoch that comes back (item 4), bounded dead letters (item 7), an
// answer for every refused batch (item 8), what one fridge can create (item 9) and presence
// flapping (item 11).
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusState, encodeStatus, topics, type FridgeEvent } from '../../../proto/index.js';
import type { DomainEvent } from '../../../cloud/domain/index.js';
import type { Ownership, OwnershipEvents } from '../../../cloud/ownership/ownership.js';
import { until } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';
import { AckStatus, DISTRICT, GTIN, startIngest, tag, tagBytes, type IngestHarness } from './harness.js';

const tmp = useTmpDirs();
const DAY = 86_400_000;
let h: IngestHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function registerTags(serials: number[], now = Date.now()): Promise<void> {
  await h!.store.putTags(serials.map((s) => ({ epc: tag(s), gtin: GTIN, bestBeforeMs: now + 3 * DAY })), now);
}

const onHand = async (fridgeId: string): Promise<number> => (await h!.store.stockOf(fridgeId)).find((r) => r.gtin === GTIN)?.onHand ?? 0;
const domainEvents = async (): Promise<DomainEvent[]> => (await h!.store.eventsAfter(0, 100_000)).map((e) => e.event);

const snapshot = (seq: number, at: number, serials: number[]): FridgeEvent => ({ seq, recordedAtMs: at, snapshot: { reason: 1, tags: serials.map(tagBytes) } });
const removal = (seq: number, at: number, serials: number[]): FridgeEvent => ({ seq, recordedAtMs: at, doorSession: { openCount: 1, removed: serials.map(tagBytes) } });
const reading = (seq: number, at: number, sensor = 1): FridgeEvent => ({ seq, recordedAtMs: at, temperature: { sensor, deciCelsius: 40 } });

describe('edge clocks (issue 11 item 1)', () => {
  it('keeps and applies events timestamped 1970 and two days ahead: acknowledged, stored, stock right, counted', async () => {
    h = await startIngest(tmp());
    await registerTags([1, 2, 3, 4]);
    const f = await h.fridge('f1');
    const before = Date.now();
    // An edge clock that restarted at 1970 (no RTC battery): a snapshot and a sale.
    expect(await f.send(f.batch('ep', 0, [snapshot(1, 5_000, [1, 2, 3, 4]), removal(2, 6_000, [1])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 2 });
    // An edge clock two days ahead of the cloud's: another sale.
    expect(await f.send(f.batch('ep', 2, [removal(3, Date.now() + 2 * DAY, [2])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 3 });
    expect(await h.store.rawEventCount('f1')).toBe(3);
    expect(await onHand('f1')).toBe(2);
    const events = await domainEvents();
    expect(events.filter((e) => e.type === 'MealStockUpdated' && e.reason === 'sale')).toHaveLength(2);
    // The domain's times are sane: none before the batch came, none after it was acknowledged.
    const after = Date.now();
    for (const e of events) expect(e.at >= before && e.at <= after, `${e.type} at ${e.at}`).toBe(true);
    expect(await h.counter('suspectTimestamps', { reason: 'before_min' })).toBe(2);
    expect(await h.counter('suspectTimestamps', { reason: 'ahead' })).toBe(1);
    expect(await h.counter('rejects')).toBe(0);
  });

  it('applies every sale when the cloud clock runs two days behind the edge', async () => {
    h = await startIngest(tmp(), { now: () => Date.now() - 2 * DAY });
    await registerTags([1, 2, 3], Date.now() - 2 * DAY);
    const f = await h.fridge('f1');
    expect(await f.send(f.batch('ep', 0, [snapshot(1, Date.now(), [1, 2, 3])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
    expect(await f.send(f.batch('ep', 1, [removal(2, Date.now(), [3]), reading(3, Date.now())]))).toMatchObject({ status: AckStatus.OK, committedSeq: 3 });
    expect(await onHand('f1')).toBe(2);
    expect(await h.counter('suspectTimestamps', { reason: 'ahead' })).toBe(3);
  });
});

describe('an epoch that comes back (issue 11 item 4)', () => {
  it('acknowledges a fridge back on an older epoch: stored events have no effect again, new ones apply, a reconciliation is asked', async () => {
    h = await startIngest(tmp());
    await registerTags([1, 2, 3, 4, 5]);
    const f = await h.fridge('f1');
    const now = Date.now();
    expect(await f.send(f.batch('A', 0, [snapshot(1, now, [1, 2, 3, 4, 5]), removal(2, now, [1]), reading(3, now)]))).toMatchObject({ status: AckStatus.OK, committedSeq: 3 });
    // A new outbox (epoch B) with its snapshot.
    expect(await f.send(f.batch('B', 0, [snapshot(1, now, [2, 3, 4, 5])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
    expect(await onHand('f1')).toBe(4);
    const reconciliations = (await domainEvents()).filter((e) => e.type === 'ReconciliationRequested').length;
    // The outbox of epoch A restored from a copy taken before its acks: it resends 1..3 and has a new sale.
    const back = await f.send(f.batch('A', 0, [snapshot(1, now, [1, 2, 3, 4, 5]), removal(2, now, [1]), reading(3, now), removal(4, now, [2])]));
    expect(back).toMatchObject({ status: AckStatus.OK, epoch: 'A', committedSeq: 4 });
    // Events 1..3 of A were applied once already: the old snapshot does not bring meal 1 back.
    expect(await onHand('f1')).toBe(3);
    expect(await h.store.rawEventCount('f1')).toBe(5);
    expect(await h.store.getCursor('f1')).toEqual({ epoch: 'A', committedSeq: 4 });
    // B's snapshot answered B's reconciliation; coming back to A asks for another.
    const asked = (await domainEvents()).filter((e) => e.type === 'ReconciliationRequested');
    expect(asked).toHaveLength(reconciliations + 1);
    expect(asked.at(-1)).toMatchObject({ reason: 'new_epoch', epoch: 'A' });
    expect(await h.counter('returningEpochs')).toBe(1);
    expect(await h.counter('epochSeqConflicts')).toBe(0);
    // And a redelivery of the same is acknowledged without effect.
    expect(await f.send(f.batch('A', 0, [snapshot(1, now, [1, 2, 3, 4, 5]), removal(2, now, [1]), reading(3, now), removal(4, now, [2])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 4 });
    expect(await h.store.rawEventCount('f1')).toBe(5);
    expect(await onHand('f1')).toBe(3);
  });
});

describe('an epoch that comes back with seqs used again', () => {
  it('counts, and does not store, an event at a stored seq whose contents differ (a restored outbox numbered a new event again)', async () => {
    h = await startIngest(tmp());
    await registerTags([1, 2, 3, 4, 5]);
    const f = await h.fridge('f1');
    const now = Date.now();
    await f.send(f.batch('A', 0, [snapshot(1, now, [1, 2, 3, 4, 5]), reading(2, now)]));
    await f.send(f.batch('B', 0, [snapshot(1, now, [1, 2, 3, 4, 5])]));
    // Restored from a copy taken after seq 1: its seq 2 is now a sale, not the reading stored.
    const back = await f.send(f.batch('A', 1, [removal(2, now, [3]), reading(3, now)]));
    expect(back).toMatchObject({ status: AckStatus.OK, epoch: 'A', committedSeq: 3 });
    expect(await h.counter('epochSeqConflicts')).toBe(1);
    // Kept as it was stored; the snapshot the returning epoch asks for puts the stock right.
    expect(await h.store.rawEventCount('f1')).toBe(4);
    expect((await domainEvents()).filter((e) => e.type === 'ReconciliationRequested').at(-1)).toMatchObject({ reason: 'new_epoch', epoch: 'A' });
  });
});

describe('refused batches are answered (issue 11 item 8)', () => {
  const cases: Array<[string, (f: Awaited<ReturnType<IngestHarness['fridge']>>) => Uint8Array, { reason: string; epoch: string }]> = [
    ['undecodable', () => Uint8Array.from([0xff, 0xff, 0xff, 0x01]), { reason: 'undecodable', epoch: '' }],
    ['oversized', () => new Uint8Array(4 * 1024 * 1024 + 10).fill(1), { reason: 'oversized', epoch: '' }],
    ['seqs not ascending', (f) => f.batch('ep', 1, [reading(3, Date.now()), reading(2, Date.now())]), { reason: 'seq_order', epoch: 'ep' }],
    ['a seq of 2^53', (f) => f.batch('ep', 1, [reading(2 ** 53, Date.now())]), { reason: 'seq_order', epoch: 'ep' }],
    ['an empty epoch', (f) => f.batch('', 1, [reading(2, Date.now())]), { reason: 'epoch', epoch: '' }],
    ['an epoch over 64 characters', (f) => f.batch('e'.repeat(65), 1, [reading(2, Date.now())]), { reason: 'epoch', epoch: '' }],
    ['no events', (f) => f.batch('ep', 1, []), { reason: 'empty', epoch: 'ep' }],
  ];
  for (const [what, payload, expected] of cases) {
    it(`answers a batch with ${what} REJECTED (${expected.reason}), keeps it, and the fridge's next batch lands`, async () => {
      h = await startIngest(tmp());
      const f = await h.fridge('f1');
      expect(await f.send(f.batch('ep', 0, [reading(1, Date.now())]))).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
      const ack = await f.send(payload(f));
      expect(ack).toMatchObject({ status: AckStatus.REJECTED, reason: expected.reason, epoch: expected.epoch });
      // Nothing it says can be trusted: the cursor stays where it was.
      expect(ack.committedSeq).toBe(expected.epoch === 'ep' ? 1 : 0);
      expect(await h.store.getCursor('f1')).toEqual({ epoch: 'ep', committedSeq: 1 });
      expect((await h.store.deadLetters()).map((d) => d.reason)).toEqual([expected.reason]);
      expect(await h.counter('rejects', { reason: expected.reason })).toBe(1);
      expect(await f.send(f.batch('ep', 1, [reading(2, Date.now())]))).toMatchObject({ status: AckStatus.OK, committedSeq: 2 });
    });
  }
});

describe('an event of a kind this cloud does not know (DESIGN.md property 1)', () => {
  it('takes the batch: the known events apply, the unknown one is kept raw (its bytes as sent) and counted', async () => {
    h = await startIngest(tmp());
    await registerTags([1, 2, 3]);
    const f = await h.fridge('f1');
    expect(await f.send(f.batch('ep', 0, [snapshot(1, Date.now(), [1, 2, 3])]))).toMatchObject({ status: AckStatus.OK, committedSeq: 1 });
    // A newer edge's kind is a field this cloud's schema does not have, which decodes to an
    // event without a body: sent here as one.
    const unknown: FridgeEvent = { seq: 3, recordedAtMs: Date.now() };
    const payload = f.batch('ep', 1, [removal(2, Date.now(), [1]), unknown, reading(4, Date.now())]);
    expect(await f.send(payload)).toMatchObject({ status: AckStatus.OK, committedSeq: 4 });
    expect(await h.store.rawEventCount('f1')).toBe(4);
    expect((await h.store.rawPayloads('f1', 'ep', 3, 3)).get(3)).toBeDefined();
    expect(await onHand('f1')).toBe(2);
    expect((await domainEvents()).filter((e) => e.type === 'TemperatureRecorded')).toHaveLength(1);
    expect(await h.counter('unreadFridgeEvents')).toBe(1);
    expect(await h.counter('rejects')).toBe(0);
    expect(await h.store.deadLetters()).toEqual([]);
  });
});

describe('dead letters are bounded (issue 11 item 7)', () => {
  it('keeps one prefix and digest of a payload resent again and again, with its full length and count', async () => {
    h = await startIngest(tmp());
    const f = await h.fridge('f1');
    const big = new Uint8Array(5 * 1024 * 1024).fill(7);
    for (let i = 0; i < 3; i++) expect(await f.send(big)).toMatchObject({ status: AckStatus.REJECTED, reason: 'oversized' });
    const rows = await h.store.deadLetters();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fridgeId: 'f1', reason: 'oversized', bytes: big.length, keptBytes: 64 * 1024, count: 3, digest: createHash('sha256').update(big).digest('hex') });
    expect(await h.counter('deadLetters', { outcome: 'stored' })).toBe(1);
    expect(await h.counter('deadLetters', { outcome: 'repeated' })).toBe(2);
    expect(await h.counter('deadLetterTruncatedBytes')).toBe(big.length - 64 * 1024);
  });
});

describe('what one fridge can create (issue 11 item 9)', () => {
  it('records at most 16 temperature sensors of a batch that names 10,000, and counts the rest', async () => {
    h = await startIngest(tmp());
    const f = await h.fridge('f1');
    const now = Date.now();
    const events = Array.from({ length: 10_000 }, (_, i) => reading(i + 1, now, 1000 + i));
    expect(await f.send(f.batch('ep', 0, events))).toMatchObject({ status: AckStatus.OK, committedSeq: 10_000 });
    const read = await h.store.stockSnapshot(['f1']);
    expect(read.temperatures.get('f1')).toHaveLength(16);
    expect(JSON.stringify(Object.fromEntries(read.temperatures)).length).toBeLessThan(4096);
    expect((await domainEvents()).filter((e) => e.type === 'TemperatureRecorded')).toHaveLength(16);
    expect(await h.counter('cardinalityRefusals', { reason: 'temperature_sensor' })).toBe(10_000 - 16);
    // The fridge's own sensors go on reporting; a new one is still refused.
    expect(await f.send(f.batch('ep', 10_000, [reading(10_001, now, 1000), reading(10_002, now, 99_999)]))).toMatchObject({ status: AckStatus.OK });
    expect(await h.counter('cardinalityRefusals', { reason: 'temperature_sensor' })).toBe(10_000 - 16 + 1);
    expect(await h.store.rawEventCount('f1')).toBe(10_002);
  });

  it('reports at most 64 unknown tags a batch', async () => {
    h = await startIngest(tmp());
    const f = await h.fridge('f1');
    expect(await f.send(f.batch('ep', 0, [snapshot(1, Date.now(), Array.from({ length: 500 }, (_, i) => 10_000 + i))]))).toMatchObject({ status: AckStatus.OK });
    expect((await domainEvents()).filter((e) => e.type === 'UnknownTagSeen')).toHaveLength(64);
    expect(await h.counter('cardinalityRefusals', { reason: 'unknown_tag' })).toBe(500 - 64);
  });
});

describe('presence flapping (issue 11 item 11)', () => {
  it('turns 2,000 births and deaths of one fridge into a bounded number of domain events, and ends with the right presence', async () => {
    const windowMs = 500;
    const maxTransitions = 4;
    h = await startIngest(tmp(), { presence: { maxTransitions, windowMs } });
    const f = await h.fridge('f1');
    const started = Date.now();
    for (let i = 0; i < 2000; i++) {
      const state = i % 2 === 0 ? StatusState.OFFLINE : StatusState.ONLINE;
      // outbox_events marks each birth: the ingest shows the last one it took in a gauge.
      f.client.publish(topics.status(DISTRICT, 'f1'), Buffer.from(encodeStatus({ state, fridgeId: 'f1', epoch: 'ep', bdSeq: i + 1, atMs: Date.now(), outboxEvents: i })), { qos: 1 });
    }
    await until('the last birth taken in', async () => ((await h!.counter('outboxBacklog', { fridge: 'f1' })) === 1999 ? true : undefined), 30_000, 50);
    const elapsed = Date.now() - started;
    // The last status (a birth) wins, at the latest one window later.
    await until('presence settles online', async () => ((await h!.store.statusOf('f1'))?.online === true && (await presenceEvents()).at(-1)?.type === 'FridgeOnline' ? true : undefined), 20_000, 50);
    const presence = await presenceEvents();
    expect(presence.length).toBeLessThanOrEqual(maxTransitions * (Math.ceil(elapsed / windowMs) + 2));
    expect(await h.counter('presenceFlapsSuppressed')).toBeGreaterThan(1000);
    expect(presence.length).toBeLessThan(200);
    expect(presence.at(-1)?.type).toBe('FridgeOnline');
    expect((await h.store.statusOf('f1'))?.online).toBe(true);
    expect(h.ingest.isOnline('f1')).toBe(true);
  });
});

/** Districts given and taken by hand, as several instances' ownership would. */
class HandOwnership extends EventEmitter<OwnershipEvents> implements Ownership {
  readonly dynamic = true;
  private readonly mine = new Set<string>();
  owns(district: string): boolean {
    return this.mine.has(district);
  }
  owned(): readonly string[] {
    return [...this.mine];
  }
  fenceOf(): undefined {
    return undefined;
  }
  async ownerUrl(): Promise<string | undefined> {
    return undefined;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  gain(district: string): void {
    this.mine.add(district);
    this.emit('gained', district);
  }
  lose(district: string): void {
    this.mine.delete(district);
    this.emit('lost', district);
  }
}

describe('a district taken over', () => {
  it('tells each fridge where the cloud stands at once: its cursor, or GAP at 0 in its epoch when none of its batches committed', async () => {
    const ownership = new HandOwnership();
    h = await startIngest(tmp(), { ownership });
    ownership.gain(DISTRICT);
    const [a, b, c] = [await h.fridge('fa'), await h.fridge('fb'), await h.fridge('fc')];
    // The subscription of a gained district is made in the background: send until it is there.
    const first = a.batch('ea', 0, [reading(1, Date.now())]);
    await until('subscribed', async () => (await a.send(first, 300).catch(() => undefined))?.status === AckStatus.OK || undefined, 10_000, 10);
    expect(a.acks.at(-1)).toMatchObject({ status: AckStatus.OK, epoch: 'ea', committedSeq: 1 });
    // fb is born (its first batch then went to an owner that died before committing it); fc never came online.
    b.client.publish(topics.status(DISTRICT, 'fb'), Buffer.from(encodeStatus({ state: StatusState.ONLINE, fridgeId: 'fb', epoch: 'eb', bdSeq: 1, atMs: Date.now() })), { qos: 1 });
    await until('fb online', async () => ((await h!.store.statusOf('fb'))?.online === true ? true : undefined), 10_000, 50);
    const before = [a.acks.length, b.acks.length, c.acks.length];
    ownership.lose(DISTRICT);
    ownership.gain(DISTRICT);
    await a.acksAtLeast(before[0]! + 1, 10_000);
    await b.acksAtLeast(before[1]! + 1, 10_000);
    expect(a.acks.at(-1)).toMatchObject({ status: AckStatus.GAP, epoch: 'ea', committedSeq: 1 });
    expect(b.acks.at(-1)).toMatchObject({ status: AckStatus.GAP, epoch: 'eb', committedSeq: 0 });
    // fb resends its batch from the start at once, not at its ack timeout.
    expect(await b.send(b.batch('eb', 0, [reading(1, Date.now())]))).toMatchObject({ status: AckStatus.OK, epoch: 'eb', committedSeq: 1 });
    expect(c.acks).toHaveLength(before[2]!);
  });
});

describe('presence across a restart of the cloud and its broker (DESIGN.md property 7)', () => {
  it('a fridge not heard from within the grace after the start is offline; one born again stays online', async () => {
    const dir = tmp();
    h = await startIngest(dir);
    const birth = (f: Awaited<ReturnType<IngestHarness['fridge']>>, bdSeq: number): void =>
      void f.client.publish(topics.status(DISTRICT, f.id), Buffer.from(encodeStatus({ state: StatusState.ONLINE, fridgeId: f.id, epoch: 'ep', bdSeq, atMs: Date.now() })), { qos: 1 });
    for (const id of ['f-gone', 'f-back']) birth(await h.fridge(id), 1);
    await until('both online', async () => ((await h!.store.statusOf('f-gone'))?.online === true && (await h!.store.statusOf('f-back'))?.online === true ? true : undefined));
    // The cloud and its broker go (their wills and retained statuses with them); f-gone dies
    // meanwhile and never comes back, f-back reconnects and is born again.
    await h.close();
    h = await startIngest(dir, { presenceGraceMs: 1_000 });
    birth(await h.fridge('f-back', true), 2);
    await until('f-gone offline', async () => ((await h!.store.statusOf('f-gone'))?.online === false ? true : undefined), 10_000, 50);
    expect((await h.store.statusOf('f-back'))?.online).toBe(true);
    const presence = await presenceEvents();
    expect(presence.filter((e) => e.type === 'FridgeOffline').map((e) => [e.fridgeId, e.type === 'FridgeOffline' && e.clean])).toEqual([['f-gone', false]]);
  });
});

async function presenceEvents(): Promise<DomainEvent[]> {
  return (await domainEvents()).filter((e) => e.type === 'FridgeOnline' || e.type === 'FridgeOffline');
}
