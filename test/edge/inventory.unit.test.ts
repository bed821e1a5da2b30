import { describe, expect, it } from 'vitest';
import type { FcpMessage } from '../../edge/fcp/index.js';
import { defaultInventoryConfig, initialInventoryState, step, type InventoryInput, type InventoryOutput, type InventoryState } from '../../edge/inventory/index.js';
import { FaultSource, SnapshotReason } from '../../proto/index.js';

const A = '3074257BF7194E4000001A85';
const B = '3074257BF7194E4000001A86';
const C = '3074257BF7194E4000001A87';
const D = '3074257BF7194E4000001A88';
const hex = (b: Uint8Array | undefined | null): string => Buffer.from(b ?? []).toString('hex').toUpperCase();

/** Given / When / Then over the pure state machine, with time in ms. */
class Fridge {
  state: InventoryState;
  now = 1_000_000;
  scan = 100;
  constructor() {
    this.state = initialInventoryState(this.now);
  }
  feed(input: InventoryInput): InventoryOutput[] {
    return step(this.state, input, defaultInventoryConfig).outputs;
  }
  line(msg: FcpMessage): InventoryOutput[] {
    return this.feed({ kind: 'line', msg, now: this.now });
  }
  advance(ms: number): InventoryOutput[] {
    this.now += ms;
    return this.feed({ kind: 'tick', now: this.now });
  }
  /** A complete round reporting `tags` (END count = distinct tags), or a broken one. */
  round(tags: string[], opts: { count?: number; tagScanId?: string } = {}): InventoryOutput[] {
    const id = String(++this.scan);
    const out = [...this.line({ type: 'SCAN_BEGIN', scanId: id, uptimeMs: 1 })];
    for (const epc of tags) out.push(...this.line({ type: 'TAG', scanId: opts.tagScanId ?? id, epc, antenna: 1, rssiDbm: -60 }));
    out.push(...this.line({ type: 'SCAN_END', scanId: id, tagCount: opts.count ?? new Set(tags).size, uptimeMs: 2 }));
    return out;
  }
  door(state: 'OPEN' | 'CLOSED'): InventoryOutput[] {
    return this.line({ type: 'DOOR', state, uptimeMs: 1 });
  }
  /** Given: started and took its first inventory. */
  static stocked(tags: string[]): Fridge {
    const f = new Fridge();
    f.advance(0);
    f.round(tags);
    return f;
  }
}

const records = (out: InventoryOutput[]) => out.flatMap((o) => (o.kind === 'record' ? [o.event] : []));
const sends = (out: InventoryOutput[]) => out.flatMap((o) => (o.kind === 'send' ? [o.command] : []));

describe('inventory state machine (unit)', () => {
  it('asks for a round at start-up and records the first complete one as a STARTUP snapshot', () => {
    const f = new Fridge();
    expect(sends(f.advance(0))).toEqual([{ type: 'SCANREQ', scanId: 'E1' }]);
    const [snap] = records(f.round([B, A]));
    expect(snap?.snapshot?.reason).toBe(SnapshotReason.STARTUP);
    expect(snap?.snapshot?.tags?.map(hex)).toEqual([A, B]);
  });

  it('reports a removal only after a second complete round confirms it', () => {
    const f = Fridge.stocked([A, B, C]);
    f.door('OPEN');
    f.advance(5_000);
    expect(records(f.door('CLOSED'))).toEqual([]);
    const first = f.round([A, C]); // B is gone... or was missed
    expect(records(first)).toEqual([]);
    expect(sends(first)).toEqual([{ type: 'SCANREQ', scanId: expect.stringMatching(/^E/) }]);
    const [session] = records(f.round([A, C]));
    expect(session?.doorSession?.removed?.map(hex)).toEqual([B]);
    expect(session?.doorSession?.added).toEqual([]);
    expect(session?.doorSession?.rounds).toBe(2);
    expect(session?.doorSession?.tagCount).toBe(2);
  });

  it('never turns a single missed read into a sale', () => {
    const f = Fridge.stocked([A, B, C]);
    f.door('OPEN');
    f.door('CLOSED');
    f.round([A, C]); // B missed
    const [session] = records(f.round([A, B, C])); // ...and seen again
    expect(session?.doorSession?.removed).toEqual([]);
    expect(session?.doorSession?.tagCount).toBe(3);
  });

  it('records meals put in during a session as added, after one round when nothing is missing', () => {
    const f = Fridge.stocked([A]);
    f.door('OPEN');
    f.door('CLOSED');
    const [session] = records(f.round([A, B, C]));
    expect(session?.doorSession?.added?.map(hex)).toEqual([B, C]);
    expect(session?.doorSession?.rounds).toBe(1);
  });

  it('keeps one session when the door reopens before the inventory settled', () => {
    const f = Fridge.stocked([A, B, C]);
    f.door('OPEN');
    f.door('CLOSED');
    f.round([A, C]);
    f.door('OPEN'); // reopened before the confirming round
    f.door('CLOSED');
    f.round([A]);
    const [session] = records(f.round([A]));
    expect(session?.doorSession?.openCount).toBe(2);
    expect(session?.doorSession?.removed?.map(hex)).toEqual([B, C]);
  });

  it('reports weight deltas per shelf for the session', () => {
    const f = Fridge.stocked([A, B]);
    f.line({ type: 'WEIGHT', shelf: 1, grams: 900, stable: true, uptimeMs: 1 });
    f.line({ type: 'WEIGHT', shelf: 2, grams: 400, stable: true, uptimeMs: 1 });
    f.door('OPEN');
    f.line({ type: 'WEIGHT', shelf: 1, grams: 700, stable: false, uptimeMs: 2 });
    f.door('CLOSED');
    f.line({ type: 'WEIGHT', shelf: 1, grams: 550, stable: true, uptimeMs: 3 });
    f.round([A]);
    const [session] = records(f.round([A]));
    expect(session?.doorSession?.shelves).toEqual([
      { shelf: 1, beforeG: 900, afterG: 550, deltaG: -350, stable: true },
      { shelf: 2, beforeG: 400, afterG: 400, deltaG: 0, stable: true },
    ]);
  });

  it('reports a tag missing without a door session as possibly lost, not removed, and found again', () => {
    const f = Fridge.stocked([A, B]);
    expect(records(f.round([A]))).toEqual([]); // one miss: a misread until confirmed
    const [lost] = records(f.round([A]));
    expect(lost?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(lost?.doorSession).toBeUndefined();
    const [found] = records(f.round([A, B]));
    expect(found?.audit?.found?.map(hex)).toEqual([B]);
  });

  it('a possibly lost tag still missing after a door session is not a sale', () => {
    const f = Fridge.stocked([A, B]);
    f.round([A]);
    f.round([A]); // B possibly lost
    f.door('OPEN');
    f.door('CLOSED');
    const [session] = records(f.round([A]));
    expect(session?.doorSession?.removed).toEqual([]);
  });

  it.each([
    ['a count that does not match the TAG lines', { count: 3 }],
    ['a TAG with another scan id', { tagScanId: '999' }],
  ])('discards a round with %s and asks for a new one', (_name, opts) => {
    const f = Fridge.stocked([A, B]);
    f.door('OPEN');
    f.door('CLOSED');
    const out = f.round([A], opts);
    expect(records(out)).toEqual([]);
    expect(sends(out)).toHaveLength(1);
  });

  it('discards a round whose END never comes', () => {
    const f = Fridge.stocked([A]);
    f.line({ type: 'SCAN_BEGIN', scanId: '7', uptimeMs: 1 });
    f.line({ type: 'TAG', scanId: '7', epc: A, antenna: 1, rssiDbm: -50 });
    const out = f.advance(defaultInventoryConfig.roundTimeoutMs);
    expect(sends(out)).toEqual([{ type: 'SCANREQ', scanId: expect.any(String) }]);
  });

  it('raises a door alarm after the configured time and clears it on close', () => {
    const f = Fridge.stocked([A]);
    f.door('OPEN');
    expect(records(f.advance(59_000))).toEqual([]);
    const [alarm] = records(f.advance(1_000));
    expect(alarm?.doorAlarm).toMatchObject({ openForMs: 60_000, cleared: false });
    expect(records(f.advance(30_000))).toEqual([]); // raised once
    const [cleared] = records(f.door('CLOSED'));
    expect(cleared?.doorAlarm).toMatchObject({ openForMs: 90_000, cleared: true });
  });

  it('takes a periodic snapshot, and one on request with the command id', () => {
    const f = Fridge.stocked([A]);
    expect(sends(f.advance(defaultInventoryConfig.snapshotIntervalMs))).toHaveLength(1);
    const [periodic] = records(f.round([A]));
    expect(periodic?.snapshot?.reason).toBe(SnapshotReason.PERIODIC);
    const req = f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'cmd-1' });
    expect(sends(req)).toHaveLength(1);
    const requested = records(f.round([A, D])).find((e) => e.snapshot);
    expect(requested?.snapshot).toMatchObject({ reason: SnapshotReason.REQUESTED, commandId: 'cmd-1' });
    expect(requested?.snapshot?.tags?.map(hex)).toEqual([A, D]);
  });

  it('snapshots mark tags this round did not see as unseen', () => {
    const f = Fridge.stocked([A, B]);
    f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'c' });
    const snap = records(f.round([A])).find((e) => e.snapshot);
    expect(snap?.snapshot?.tags?.map(hex)).toEqual([A, B]);
    expect(snap?.snapshot?.unseen?.map(hex)).toEqual([B]);
  });

  it('thins temperature: records on change or at the interval', () => {
    const f = Fridge.stocked([A]);
    const t = (deci: number) => records(f.line({ type: 'TEMP', sensor: 1, deciCelsius: deci, uptimeMs: 1 }));
    expect(t(40)).toHaveLength(1);
    expect(t(42)).toHaveLength(0);
    expect(t(45)).toHaveLength(1);
    f.advance(defaultInventoryConfig.tempIntervalMs);
    expect(t(45)).toHaveLength(1);
  });

  it('records controller faults and reboots, and re-inventories after a reboot', () => {
    const f = Fridge.stocked([A]);
    const [fault] = records(f.line({ type: 'FAULT', code: 'RFID', text: 'reader offline' }));
    expect(fault?.fault).toEqual({ source: FaultSource.CONTROLLER, code: 'RFID', text: 'reader offline' });
    const out = f.line({ type: 'HELLO', firmware: '2.1', serial: 'S1' });
    expect(records(out)[0]?.booted).toEqual({ firmwareVersion: '2.1', controllerSerial: 'S1' });
    expect(sends(out)).toHaveLength(1);
    const [snap] = records(f.round([A]));
    expect(snap?.snapshot?.reason).toBe(SnapshotReason.CONTROLLER_REBOOT);
  });

  it('backs off and records an edge fault when rounds keep failing, and its recovery', () => {
    const f = new Fridge();
    let requests = 0;
    for (let i = 0; i < 40; i++) requests += sends(f.advance(5_000)).length;
    expect(requests).toBeGreaterThan(3);
    expect(requests).toBeLessThan(10); // backed off, not one every 5 s
    const g = new Fridge();
    const all: string[] = [];
    for (let i = 0; i < 40; i++) all.push(...records(g.advance(5_000)).map((e) => e.fault?.code ?? ''));
    expect(all).toEqual(['SCAN_FAILED']);
    expect(records(g.round([A])).map((e) => e.fault?.code ?? 'snapshot')).toEqual(['SCAN_RECOVERED', 'snapshot']);
  });
});

describe('inventory state machine and the serial link (unit)', () => {
  it('takes a LINK_RESTORED snapshot after the link comes back, and asks nothing while it is down', () => {
    const f = Fridge.stocked([A, B]);
    expect(sends(f.feed({ kind: 'link_lost', now: f.now }))).toEqual([]);
    expect(sends(f.advance(60_000))).toEqual([]); // nobody to ask
    expect(records(f.advance(60_000))).toEqual([]); // and no SCAN_FAILED fault for it
    expect(sends(f.feed({ kind: 'link_up', now: f.now }))).toHaveLength(1);
    const snap = records(f.round([A])).find((e) => e.snapshot);
    expect(snap?.snapshot?.reason).toBe(SnapshotReason.LINK_RESTORED);
  });
});
