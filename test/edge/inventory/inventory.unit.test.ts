import { describe, expect, it } from 'vitest';
import { frameLine, parseLine, type FcpMessage, type RejectReason } from '../../../edge/fcp/index.js';
import { defaultInventoryConfig, initialInventoryState, step, type InventoryConfig, type InventoryInput, type InventoryOutput, type InventoryState } from '../../../edge/inventory/index.js';
import { FaultSource, SnapshotReason } from '../../../proto/index.js';

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
  constructor(persisted?: string[], readonly cfg: InventoryConfig = defaultInventoryConfig) {
    this.state = initialInventoryState(this.now, cfg, persisted);
  }
  feed(input: InventoryInput): InventoryOutput[] {
    return step(this.state, input, this.cfg).outputs;
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
  /** A line as the controller sends it, through the parser: a rejected line never reaches the state machine. */
  wire(raw: string): InventoryOutput[] | RejectReason {
    const r = parseLine(raw.replace(/\n$/, ''));
    return r.ok ? this.line(r.msg) : r.reason;
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
    expect(sends(out)).toEqual([]); // not at once: after the back-off
    expect(sends(f.advance(defaultInventoryConfig.retryBaseMs))).toHaveLength(1);
  });

  it('discards a round whose END never comes', () => {
    const f = Fridge.stocked([A]);
    f.line({ type: 'SCAN_BEGIN', scanId: '7', uptimeMs: 1 });
    f.line({ type: 'TAG', scanId: '7', epc: A, antenna: 1, rssiDbm: -50 });
    expect(sends(f.advance(defaultInventoryConfig.roundTimeoutMs))).toEqual([]);
    const out = f.advance(defaultInventoryConfig.retryBaseMs);
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

  it('raises the door alarm after one continuous opening of the configured time, not counting an earlier opening of the same session', () => {
    const f = Fridge.stocked([A]);
    const sessionOpenedAt = f.now;
    f.door('OPEN');
    f.advance(10_000);
    f.door('CLOSED');
    f.advance(1_000);
    f.door('OPEN'); // reopened before the inventory settled: the same door session
    const reopenedAt = f.now;
    expect(records(f.advance(49_000))).toEqual([]); // 60 s since the session began, 49 s of this opening
    expect(records(f.advance(10_999))).toEqual([]);
    const [alarm] = records(f.advance(1));
    expect(alarm?.doorAlarm).toEqual({ openedAtMs: reopenedAt, openForMs: 60_000, cleared: false });
    f.advance(5_000);
    const [cleared] = records(f.door('CLOSED'));
    expect(cleared?.doorAlarm).toEqual({ openedAtMs: reopenedAt, openForMs: 65_000, cleared: true });
    // The door session itself still starts at its first opening.
    const [session] = records(f.round([A]));
    expect(session?.doorSession).toMatchObject({ openedAtMs: sessionOpenedAt, openCount: 2 });
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

  it('a snapshot whose round missed a believed tag waits for a confirming round: seen again, it is present', () => {
    const f = Fridge.stocked([A, B]);
    f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'c' });
    const first = f.round([A]);
    expect(records(first)).toEqual([]);
    expect(sends(first)).toHaveLength(1); // the confirming round, at once
    const snap = records(f.round([B, C])).find((e) => e.snapshot);
    expect(snap?.snapshot?.tags?.map(hex)).toEqual([A, B, C]);
    expect(snap?.snapshot?.unseen?.map(hex)).toEqual([A]); // missed once only: a misread until confirmed
  });

  it('a snapshot requested by the cloud is the stock truth: a tag absent from two rounds is not in it (issue 11 item 2)', () => {
    const f = Fridge.stocked([A, B]);
    f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'c' });
    f.round([A]);
    const out = records(f.round([A]));
    expect(out.map((e) => (e.audit ? 'audit' : e.snapshot ? 'snapshot' : '?'))).toEqual(['audit', 'snapshot']);
    expect(out[0]?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(out[1]?.snapshot).toMatchObject({ reason: SnapshotReason.REQUESTED, commandId: 'c' });
    expect(out[1]?.snapshot?.tags?.map(hex)).toEqual([A]);
    expect(out[1]?.snapshot?.unseen).toEqual([]);
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
    const snap = records(f.round([A, B])).find((e) => e.snapshot);
    expect(snap?.snapshot?.reason).toBe(SnapshotReason.LINK_RESTORED);
  });
});

describe('inventory: back-off after incomplete rounds (unit, issue 11 item 19)', () => {
  /** A reader that answers every request with a round whose count is wrong; returns when each request went out. */
  function failingReader(f: Fridge, untilMs: number): number[] {
    const at: number[] = [];
    const t0 = f.now;
    while (f.now - t0 < untilMs) {
      for (const cmd of sends(f.advance(10))) {
        if (cmd.type !== 'SCANREQ') continue;
        at.push(f.now - t0);
        f.round([cmdTag(at.length)], { count: 2 }); // incomplete: one TAG, END says 2
      }
    }
    return at;
  }
  const cmdTag = (i: number): string => `3074257BF7194E40000${String(i).padStart(5, '0')}`;

  it('re-asks after exponentially growing delays, capped, instead of at once', () => {
    const f = new Fridge();
    const at = failingReader(f, 5 * 60_000);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    const { retryBaseMs: base, retryMaxMs: cap } = defaultInventoryConfig;
    expect(gaps.slice(0, 7)).toEqual([base, base * 2, base * 4, base * 8, base * 16, base * 32, base * 64]);
    expect(Math.max(...gaps)).toBe(cap);
    expect(gaps.every((g) => g >= base)).toBe(true);
  });

  it('a complete round resets the back-off', () => {
    const f = Fridge.stocked([A]);
    f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'c' });
    failingReader(f, 20_000); // several failures: the delay has grown
    // The reader recovers: the next request is answered with a complete round.
    let sent = sends(f.advance(10));
    while (sent.length === 0) sent = sends(f.advance(10));
    expect(records(f.round([A])).some((e) => e.snapshot)).toBe(true);
    // The next failure waits the base delay again.
    expect(sends(f.feed({ kind: 'snapshot_request', now: f.now, commandId: 'd' }))).toHaveLength(1);
    f.round([A], { count: 5 });
    expect(sends(f.advance(defaultInventoryConfig.retryBaseMs - 10))).toEqual([]);
    expect(sends(f.advance(10))).toHaveLength(1);
  });
});

describe('inventory: bounds on what a controller can make the edge follow (unit, issue 11 item 9)', () => {
  const refusals = (out: InventoryOutput[]) => out.flatMap((o) => (o.kind === 'refused' ? [o.reason] : []));
  const cfg: InventoryConfig = { ...defaultInventoryConfig, maxSensors: 3, maxShelves: 2, maxTagsPerRound: 4 };

  it('follows at most maxSensors temperature sensors and refuses the others, counted', () => {
    const f = new Fridge(undefined, cfg);
    const out: InventoryOutput[] = [];
    for (let s = 1; s <= 10; s++) out.push(...f.line({ type: 'TEMP', sensor: s, deciCelsius: 40, uptimeMs: s }));
    expect(records(out).map((e) => e.temperature?.sensor)).toEqual([1, 2, 3]);
    expect(refusals(out)).toEqual(Array(7).fill('sensor_limit'));
    expect(f.state.temps.size).toBe(3);
    // A known sensor goes on being recorded.
    expect(records(f.line({ type: 'TEMP', sensor: 2, deciCelsius: 90, uptimeMs: 20 }))).toHaveLength(1);
  });

  it('follows at most maxShelves shelves', () => {
    const f = new Fridge(undefined, cfg);
    const out: InventoryOutput[] = [];
    for (let s = 1; s <= 5; s++) out.push(...f.line({ type: 'WEIGHT', shelf: s, grams: 100, stable: true, uptimeMs: s }));
    expect(refusals(out)).toEqual(['shelf_limit', 'shelf_limit', 'shelf_limit']);
    expect([...f.state.weights.keys()]).toEqual([1, 2]);
  });

  it('refuses a round with more than maxTagsPerRound distinct tags as incomplete, counted once', () => {
    const f = new Fridge(undefined, cfg);
    f.advance(0);
    const tags = [A, B, C, D, '3074257BF7194E4000001A89', '3074257BF7194E4000001A8A'];
    const out = f.round(tags);
    expect(records(out)).toEqual([]); // no snapshot of a round over the bound
    expect(refusals(out)).toEqual(['round_tag_limit']);
    expect(f.state.belief).toBeUndefined();
    // A round within the bound is fine.
    f.advance(cfg.retryBaseMs);
    expect(records(f.round([A, B, C, D])).some((e) => e.snapshot)).toBe(true);
  });
});

describe('inventory across an edge restart (unit, issue 11 item 2)', () => {
  const beliefs = (out: InventoryOutput[]) => out.flatMap((o) => (o.kind === 'belief' ? [o.tags] : []));

  it('hands out the believed tag set whenever it changes, for the agent to persist', () => {
    const f = new Fridge();
    f.advance(0);
    expect(beliefs(f.round([B, A]))).toEqual([[A, B]]);
    expect(beliefs(f.round([A, B]))).toEqual([]); // unchanged
    f.door('OPEN');
    f.door('CLOSED');
    f.round([A]);
    expect(beliefs(f.round([A]))).toEqual([[A]]);
  });

  it('reconciles the kept belief with the first rounds after start: what left while it was down leaves as a loss, confirmed by two rounds', () => {
    const f = new Fridge([A, B, C]);
    expect(sends(f.advance(0))).toHaveLength(1);
    const first = f.round([A, C]);
    expect(records(first)).toEqual([]);
    expect(sends(first)).toHaveLength(1); // confirming round
    const out = records(f.round([A, C]));
    expect(out[0]?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(out[1]?.snapshot?.reason).toBe(SnapshotReason.STARTUP);
    expect(out[1]?.snapshot?.tags?.map(hex)).toEqual([A, C]);
    expect(out.some((e) => e.doorSession)).toBe(false);
  });

  it('a single misread right after start is no loss', () => {
    const f = new Fridge([A, B]);
    f.advance(0);
    f.round([A]);
    const out = records(f.round([A, B]));
    expect(out.map((e) => Object.keys(e).find((k) => k !== 'recordedAtMs'))).toEqual(['snapshot']);
    expect(out[0]?.snapshot?.tags?.map(hex)).toEqual([A, B]);
  });

  it('a shopper who opens the door before the kept belief was checked is not charged with what left while the edge was down', () => {
    const f = new Fridge([A, B, C]); // B left while the edge was down
    f.door('OPEN');
    f.door('CLOSED'); // the shopper took C
    f.round([A]);
    const out = records(f.round([A]));
    expect(out.some((e) => e.doorSession)).toBe(false); // nobody's session: unknown baseline
    expect(out.find((e) => e.audit)?.audit?.possiblyLost?.map(hex)).toEqual([B, C]);
    expect(out.find((e) => e.snapshot)?.snapshot?.tags?.map(hex)).toEqual([A]);
    // The next shopper's session starts from the reconciled belief.
    f.door('OPEN');
    f.door('CLOSED');
    f.round([]);
    const [session] = records(f.round([]));
    expect(session?.doorSession?.removed?.map(hex)).toEqual([A]);
  });

  it('a DOOR,CLOSED without a known OPEN (the door was open at start) closes a session of unknown start: a snapshot, not the next shopper', () => {
    const f = new Fridge([A, B, C]);
    f.advance(0);
    f.round([A, B, C]); // taken while the door was (unknowingly) open
    expect(records(f.door('CLOSED'))).toEqual([]); // the shopper took B meanwhile
    f.advance(defaultInventoryConfig.roundAfterCloseMs);
    f.round([A, C]);
    const out = records(f.round([A, C]));
    expect(out.find((e) => e.audit)?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(out.find((e) => e.snapshot)?.snapshot?.tags?.map(hex)).toEqual([A, C]);
    f.door('OPEN');
    f.door('CLOSED');
    f.round([A]);
    const [session] = records(f.round([A]));
    expect(session?.doorSession?.removed?.map(hex)).toEqual([C]); // only what this shopper took
  });

  it('a tag the last round missed is not in the next session\'s baseline: if it is gone, it is a loss, not that shopper\'s sale', () => {
    const f = Fridge.stocked([A, B, C]);
    f.round([A, C]); // B missed once
    f.door('OPEN');
    f.door('CLOSED');
    const [session] = records(f.round([A, C]));
    expect(session?.doorSession?.removed).toEqual([]);
    const [audit] = records(f.round([A, C]));
    expect(audit?.audit?.possiblyLost?.map(hex)).toEqual([B]);
  });
});

describe('inventory: a DOOR,CLOSED whose DOOR,OPEN was lost (unit, parsed lines)', () => {
  const kinds = (out: InventoryOutput[]) => records(out).map((e) => Object.keys(e).find((k) => k !== 'recordedAtMs'));
  /** A line whose checksum no longer matches (one flipped bit), as line noise leaves it. */
  const corrupted = (body: string): string => frameLine(body).replace(/\*([0-9A-F]{2})\n$/, (_m, cs: string) => `*${(Number.parseInt(cs, 16) ^ 1).toString(16).toUpperCase().padStart(2, '0')}\n`);

  it('makes the following rounds a snapshot and asks for a round, as a DOOR,CLOSED without a known OPEN (docs/edge.md)', () => {
    const f = Fridge.stocked([A, B, C]);
    expect(f.wire(frameLine('DOOR,OPEN,5000'))).not.toBeTypeOf('string');
    f.wire(frameLine('DOOR,CLOSED,9000'));
    f.round([A, B, C]); // that session settled: nothing changed
    expect(f.state.session).toBeUndefined();
    // The next shopper's OPEN is lost to line noise; they take B and close the door.
    expect(f.wire(corrupted('DOOR,OPEN,60000'))).toBe('checksum');
    expect(records(f.wire(frameLine('DOOR,CLOSED,70000')) as InventoryOutput[])).toEqual([]);
    // The controller runs its own round ~2 s after closing; when none began, the edge asks.
    expect(sends(f.advance(defaultInventoryConfig.roundAfterCloseMs))).toEqual([{ type: 'SCANREQ', scanId: expect.stringMatching(/^E/) }]);
    const first = f.round([A, C]);
    expect(records(first)).toEqual([]); // B missed once: one more round first
    expect(sends(first)).toHaveLength(1);
    const out = f.round([A, C]);
    expect(kinds(out)).toEqual(['audit', 'snapshot']); // never a door session: its start is unknown
    expect(records(out)[0]?.audit?.possiblyLost?.map(hex)).toEqual([B]);
    expect(records(out)[1]?.snapshot).toMatchObject({ reason: SnapshotReason.STARTUP, unseen: [] });
    expect(records(out)[1]?.snapshot?.tags?.map(hex)).toEqual([A, C]);
  });

  it('an opening lost while a door session settles is part of that session: its rounds start again, then a snapshot follows', () => {
    const f = Fridge.stocked([A, B, C]);
    f.wire(frameLine('DOOR,OPEN,5000'));
    f.wire(frameLine('DOOR,CLOSED,9000'));
    f.round([A, C]); // B missing: a second round is wanted
    // Opened again before that round (OPEN lost), C taken, closed; a round ran meanwhile.
    f.line({ type: 'SCAN_BEGIN', scanId: '7', uptimeMs: 10_000 });
    f.line({ type: 'TAG', scanId: '7', epc: A, antenna: 1, rssiDbm: -60 });
    expect(f.wire(corrupted('DOOR,OPEN,10500'))).toBe('checksum');
    f.wire(frameLine('DOOR,CLOSED,14000'));
    f.line({ type: 'TAG', scanId: '7', epc: C, antenna: 1, rssiDbm: -60 });
    expect(records(f.line({ type: 'SCAN_END', scanId: '7', tagCount: 2, uptimeMs: 15_000 }))).toEqual([]); // ran while the door was open: discarded
    f.advance(defaultInventoryConfig.retryBaseMs);
    expect(records(f.round([A]))).toEqual([]);
    const out = f.round([A]);
    expect(kinds(out)).toEqual(['doorSession', 'snapshot']);
    const [session, snap] = records(out);
    expect(session?.doorSession).toMatchObject({ openCount: 2, rounds: 2 });
    expect(session?.doorSession?.removed?.map(hex)).toEqual([B, C]);
    expect(snap?.snapshot?.reason).toBe(SnapshotReason.STARTUP);
    expect(snap?.snapshot?.tags?.map(hex)).toEqual([A]);
  });

  it('the same DOOR,CLOSED line received twice leaves the session and the round under way alone', () => {
    const f = Fridge.stocked([A, B, C]);
    f.wire(frameLine('DOOR,OPEN,5000'));
    f.wire(frameLine('DOOR,CLOSED,9000'));
    f.line({ type: 'SCAN_BEGIN', scanId: '7', uptimeMs: 11_000 });
    f.line({ type: 'TAG', scanId: '7', epc: A, antenna: 1, rssiDbm: -60 });
    expect(records(f.wire(frameLine('DOOR,CLOSED,9000')) as InventoryOutput[])).toEqual([]); // same uptime: the same closing
    f.line({ type: 'TAG', scanId: '7', epc: C, antenna: 1, rssiDbm: -60 });
    const first = f.line({ type: 'SCAN_END', scanId: '7', tagCount: 2, uptimeMs: 12_000 });
    expect(sends(first)).toHaveLength(1); // the round counted: B missing, the confirming round at once
    const out = f.round([A, C]);
    expect(kinds(out)).toEqual(['doorSession', 'snapshot']);
    expect(records(out)[0]?.doorSession).toMatchObject({ openCount: 1, rounds: 2 });
    expect(records(out)[0]?.doorSession?.removed?.map(hex)).toEqual([B]);
  });
});
