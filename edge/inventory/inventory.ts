// The door-session and inventory state machine (issue 2, DESIGN.md "The ACL and the stock
// model"). Pure: `step(state, input, config) -> { state, outputs }`, no I/O, no clock of its
// own (time arrives with every input), no random ids (scan ids come from a counter in the
// state). The agent feeds it parsed FCP/1 messages and timer ticks, and carries out its
// outputs: record a fridge event in the outbox, or send a line to the controller.
import type { EdgeCommand, FcpMessage } from '../fcp/index.js';
import type { NewEvent } from '../outbox/index.js';
import { FaultSource, SnapshotReason } from '../../proto/index.js';

export interface InventoryConfig {
  /** Door open longer than this raises a DoorAlarm (default 60 s). */
  doorAlarmMs: number;
  /** Full snapshot period (default 10 min). */
  snapshotIntervalMs: number;
  /** After DOOR,CLOSED the controller runs a round by itself ~2 s later; ask if it has not begun by then. */
  roundAfterCloseMs: number;
  /** A round that began and has not ended after this is incomplete. */
  roundTimeoutMs: number;
  /** A requested round that has not begun after this is asked for again. */
  requestTimeoutMs: number;
  /** Failed requests in a row before an edge fault is recorded. */
  maxRequestAttempts: number;
  /** Complete rounds in a row without a tag, outside door sessions, before it is possibly lost. */
  lostAfterMisses: number;
  /** Temperature: record a sample when it moved this much since the last recorded one... */
  tempDeltaDeci: number;
  /** ...or when the last recorded one is this old. */
  tempIntervalMs: number;
}

export const defaultInventoryConfig: InventoryConfig = {
  doorAlarmMs: 60_000,
  snapshotIntervalMs: 10 * 60_000,
  roundAfterCloseMs: 4_000,
  roundTimeoutMs: 15_000,
  requestTimeoutMs: 5_000,
  maxRequestAttempts: 3,
  lostAfterMisses: 2,
  tempDeltaDeci: 5,
  tempIntervalMs: 5 * 60_000,
};

type Epc = string;

interface TagBelief {
  /** Consecutive complete rounds outside door sessions that missed it. */
  misses: number;
  /** Reported possibly lost (and not yet found again). */
  lost: boolean;
}

interface Weight {
  grams: number;
  stable: boolean;
}

interface Session {
  openedAt: number;
  closedAt: number | undefined;
  openCount: number;
  /** Tags believed present when the door first opened; undefined if no round had completed yet. */
  baseline: ReadonlySet<Epc> | undefined;
  weightsBefore: ReadonlyMap<number, Weight>;
  /** Complete rounds since the door last closed. */
  rounds: ReadonlySet<Epc>[];
}

interface Round {
  scanId: string;
  tags: Set<Epc>;
  beganAt: number;
  broken: boolean;
}

type SnapshotReasonValue = (typeof SnapshotReason)[keyof typeof SnapshotReason];

export interface InventoryState {
  door: 'OPEN' | 'CLOSED' | 'UNKNOWN';
  alarmRaised: boolean;
  /** What the edge believes is in the fridge; undefined until the first complete round. */
  belief: Map<Epc, TagBelief> | undefined;
  weights: Map<number, Weight>;
  session: Session | undefined;
  round: Round | undefined;
  /** An inventory round is needed (for a session, a snapshot, a discarded round). */
  roundWanted: boolean;
  /** When the next SCANREQ may go out (ask only if the controller has not started one). */
  requestAt: number;
  requestAttempts: number;
  faultRaised: boolean;
  nextScanId: number;
  snapshotWanted: { reason: SnapshotReasonValue; commandId: string } | undefined;
  nextSnapshotAt: number;
  temps: Map<number, { deci: number; at: number }>;
  /** Requests go out only while the serial link is up. */
  linkUp: boolean;
}

export type InventoryInput =
  | { kind: 'line'; msg: FcpMessage; now: number }
  | { kind: 'tick'; now: number }
  | { kind: 'snapshot_request'; now: number; commandId: string }
  /** The serial link dropped: whatever round was running is lost. */
  | { kind: 'link_lost'; now: number }
  /** The serial link is back. */
  | { kind: 'link_up'; now: number };

export type InventoryOutput = { kind: 'record'; event: NewEvent } | { kind: 'send'; command: EdgeCommand };

export interface StepResult {
  state: InventoryState;
  outputs: InventoryOutput[];
}

export function initialInventoryState(now: number, cfg: InventoryConfig = defaultInventoryConfig): InventoryState {
  return {
    door: 'UNKNOWN',
    alarmRaised: false,
    belief: undefined,
    weights: new Map(),
    session: undefined,
    round: undefined,
    roundWanted: true,
    requestAt: now,
    requestAttempts: 0,
    faultRaised: false,
    nextScanId: 1,
    snapshotWanted: { reason: SnapshotReason.STARTUP, commandId: '' },
    nextSnapshotAt: now + cfg.snapshotIntervalMs,
    temps: new Map(),
    linkUp: true,
  };
}

const hexToBytes = (epc: Epc): Uint8Array => Buffer.from(epc, 'hex');
const sorted = (tags: Iterable<Epc>): Epc[] => [...tags].sort();

/**
 * Advances the state machine by one input. The state is treated as owned by the caller's
 * single reference: it is updated in place and returned, which keeps a busy fridge cheap.
 */
export function step(state: InventoryState, input: InventoryInput, cfg: InventoryConfig = defaultInventoryConfig): StepResult {
  const out: InventoryOutput[] = [];
  const now = input.now;
  const record = (ev: Omit<NewEvent, 'recordedAtMs'>): void => {
    out.push({ kind: 'record', event: { ...ev, recordedAtMs: now } });
  };
  const wantRound = (delayMs: number): void => {
    if (!state.roundWanted) {
      state.roundWanted = true;
      state.requestAttempts = 0;
      state.requestAt = now + delayMs;
    } else {
      state.requestAt = Math.min(state.requestAt, now + delayMs);
    }
  };

  switch (input.kind) {
    case 'line':
      onLine(state, input.msg, now, cfg, record, wantRound);
      break;
    case 'tick':
      break;
    case 'snapshot_request':
      state.snapshotWanted = { reason: SnapshotReason.REQUESTED, commandId: input.commandId };
      wantRound(0);
      break;
    case 'link_lost':
      state.round = undefined;
      state.linkUp = false;
      // Door events may be missed while the link is down: the next complete round is a
      // snapshot, the stock truth, whatever happened meanwhile.
      if (state.belief !== undefined) state.snapshotWanted ??= { reason: SnapshotReason.LINK_RESTORED, commandId: '' };
      wantRound(0);
      break;
    case 'link_up':
      state.linkUp = true;
      state.requestAttempts = 0;
      state.requestAt = Math.min(state.requestAt, now);
      break;
    default: {
      const never: never = input;
      throw new Error(`unhandled input ${JSON.stringify(never)}`);
    }
  }
  onTime(state, now, cfg, record, wantRound, out);
  return { state, outputs: out };
}

type Record = (ev: Omit<NewEvent, 'recordedAtMs'>) => void;
type WantRound = (delayMs: number) => void;

function onLine(state: InventoryState, msg: FcpMessage, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound): void {
  switch (msg.type) {
    case 'HELLO':
      // The controller rebooted: its uptime clock restarted and whatever it was doing is gone.
      record({ booted: { firmwareVersion: msg.firmware, controllerSerial: msg.serial } });
      state.round = undefined;
      if (state.belief !== undefined) state.snapshotWanted ??= { reason: SnapshotReason.CONTROLLER_REBOOT, commandId: '' };
      wantRound(0);
      return;
    case 'DOOR':
      return onDoor(state, msg.state, now, cfg, record, wantRound);
    case 'SCAN_BEGIN':
      // A BEGIN while another round is open: that one never ended, it is incomplete.
      if (state.round !== undefined) wantRound(0);
      state.round = { scanId: msg.scanId, tags: new Set(), beganAt: now, broken: false };
      return;
    case 'TAG':
      if (state.round === undefined) return; // a TAG outside any round belongs to no round
      // FCP/1: a round whose scan_id does not match is incomplete.
      if (msg.scanId !== state.round.scanId) state.round.broken = true;
      else state.round.tags.add(msg.epc);
      return;
    case 'SCAN_END': {
      const round = state.round;
      state.round = undefined;
      // FCP/1: a round whose END is missing, whose scan_id does not match, or whose count does
      // not match the TAG lines received is incomplete: discard it and ask for a new round.
      if (round === undefined || round.broken || round.scanId !== msg.scanId || round.tags.size !== msg.tagCount) {
        wantRound(0);
        return;
      }
      onCompleteRound(state, round.tags, now, cfg, record, wantRound);
      return;
    }
    case 'WEIGHT':
      state.weights.set(msg.shelf, { grams: msg.grams, stable: msg.stable });
      return;
    case 'TEMP': {
      const last = state.temps.get(msg.sensor);
      if (last === undefined || Math.abs(msg.deciCelsius - last.deci) >= cfg.tempDeltaDeci || now - last.at >= cfg.tempIntervalMs) {
        state.temps.set(msg.sensor, { deci: msg.deciCelsius, at: now });
        record({ temperature: { sensor: msg.sensor, deciCelsius: msg.deciCelsius } });
      }
      return;
    }
    case 'FAULT':
      record({ fault: { source: FaultSource.CONTROLLER, code: msg.code, text: msg.text } });
      return;
    case 'PONG':
      return;
    default: {
      const never: never = msg;
      throw new Error(`unhandled message ${JSON.stringify(never)}`);
    }
  }
}

function onDoor(state: InventoryState, door: 'OPEN' | 'CLOSED', now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound): void {
  const was = state.door;
  state.door = door;
  if (door === 'OPEN') {
    if (was === 'OPEN') return;
    if (state.session === undefined) {
      state.session = {
        openedAt: now,
        closedAt: undefined,
        openCount: 1,
        baseline: state.belief === undefined ? undefined : new Set([...state.belief].filter(([, b]) => !b.lost).map(([epc]) => epc)),
        weightsBefore: new Map(state.weights),
        rounds: [],
      };
    } else {
      // Opened again before the inventory settled: the same session goes on.
      state.session.openCount++;
      state.session.closedAt = undefined;
      state.session.rounds = [];
    }
    // A round that was running while the door opened says nothing about the new contents.
    if (state.round !== undefined) state.round.broken = true;
    return;
  }
  // CLOSED
  if (state.alarmRaised) {
    state.alarmRaised = false;
    const openedAt = state.session?.openedAt ?? now;
    record({ doorAlarm: { openedAtMs: openedAt, openForMs: now - openedAt, cleared: true } });
  }
  if (was === 'CLOSED') return;
  if (state.session === undefined) {
    // Closed without a known opening (the edge started with the door open): what changed is
    // unknown, so the next complete round becomes a snapshot.
    state.snapshotWanted ??= { reason: SnapshotReason.STARTUP, commandId: '' };
    wantRound(cfg.roundAfterCloseMs);
    return;
  }
  state.session.closedAt = now;
  // The controller runs a round by itself ~2 s after closing; ask only if it does not.
  wantRound(cfg.roundAfterCloseMs);
}

function onCompleteRound(state: InventoryState, tags: ReadonlySet<Epc>, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound): void {
  state.roundWanted = false;
  state.requestAttempts = 0;
  if (state.faultRaised) {
    state.faultRaised = false;
    record({ fault: { source: FaultSource.EDGE, code: 'SCAN_RECOVERED', text: 'inventory rounds complete again' } });
  }
  const session = state.session;
  if (state.door === 'OPEN') {
    // Rounds while the door is open describe a fridge in flux: neither stock nor audit.
    return;
  }
  if (session !== undefined && session.closedAt !== undefined) {
    session.rounds.push(new Set(tags));
    const after = new Set<Epc>();
    for (const r of session.rounds) for (const t of r) after.add(t);
    const baseline = session.baseline;
    const missing = baseline === undefined ? [] : [...baseline].filter((t) => !after.has(t));
    // A single missed read must never become a sale: a removal stands only when a second
    // complete round after the door closed also misses the tag.
    if (missing.length > 0 && session.rounds.length < 2) {
      wantRound(0);
      return;
    }
    finishSession(state, session, after, now, record);
    return;
  }
  audit(state, tags, cfg, record);
  maybeSnapshot(state, tags, record);
}

function finishSession(state: InventoryState, session: Session, after: ReadonlySet<Epc>, now: number, record: Record): void {
  state.session = undefined;
  const belief = state.belief;
  if (belief === undefined || session.baseline === undefined) {
    // No inventory before the door opened: nothing to diff against, the round is the truth.
    state.belief = new Map([...after].map((t) => [t, { misses: 0, lost: false }]));
    state.snapshotWanted ??= { reason: SnapshotReason.STARTUP, commandId: '' };
    maybeSnapshot(state, after, record);
    return;
  }
  const removed = sorted([...session.baseline].filter((t) => !after.has(t)));
  const added: Epc[] = [];
  const found: Epc[] = [];
  for (const t of sorted(after)) {
    const b = belief.get(t);
    if (b === undefined) added.push(t);
    else if (b.lost) found.push(t);
  }
  for (const t of removed) belief.delete(t);
  for (const t of after) belief.set(t, { misses: 0, lost: false });
  const shelves = new Set([...session.weightsBefore.keys(), ...state.weights.keys()]);
  record({
    doorSession: {
      openedAtMs: session.openedAt,
      closedAtMs: session.closedAt ?? now,
      openCount: session.openCount,
      removed: removed.map(hexToBytes),
      added: added.map(hexToBytes),
      shelves: [...shelves].sort((a, b) => a - b).map((shelf) => {
        const before = session.weightsBefore.get(shelf);
        const afterW = state.weights.get(shelf);
        return {
          shelf,
          beforeG: before?.grams ?? 0,
          afterG: afterW?.grams ?? 0,
          deltaG: (afterW?.grams ?? 0) - (before?.grams ?? 0),
          stable: (before?.stable ?? false) && (afterW?.stable ?? false),
        };
      }),
      rounds: session.rounds.length,
      tagCount: belief.size,
    },
  });
  if (found.length > 0) record({ audit: { found: found.map(hexToBytes) } });
  maybeSnapshot(state, after, record);
}

/** A round outside any door session: differences are misreads or lost tags, never sales. */
function audit(state: InventoryState, seen: ReadonlySet<Epc>, cfg: InventoryConfig, record: Record): void {
  if (state.belief === undefined) {
    state.belief = new Map([...seen].map((t) => [t, { misses: 0, lost: false }]));
    return;
  }
  const possiblyLost: Epc[] = [];
  const found: Epc[] = [];
  for (const [epc, b] of state.belief) {
    if (seen.has(epc)) {
      if (b.lost) found.push(epc);
      b.misses = 0;
      b.lost = false;
    } else {
      b.misses++;
      if (!b.lost && b.misses >= cfg.lostAfterMisses) {
        b.lost = true;
        possiblyLost.push(epc);
      }
    }
  }
  for (const epc of seen) {
    if (!state.belief.has(epc)) {
      // In the fridge without a door session: it was there all along and missed before.
      state.belief.set(epc, { misses: 0, lost: false });
      found.push(epc);
    }
  }
  if (possiblyLost.length > 0 || found.length > 0) {
    record({ audit: { possiblyLost: sorted(possiblyLost).map(hexToBytes), found: sorted(found).map(hexToBytes) } });
  }
}

function maybeSnapshot(state: InventoryState, seen: ReadonlySet<Epc>, record: Record): void {
  const want = state.snapshotWanted;
  if (want === undefined || state.belief === undefined) return;
  state.snapshotWanted = undefined;
  const tags = sorted(state.belief.keys());
  record({
    snapshot: {
      reason: want.reason,
      commandId: want.commandId,
      tags: tags.map(hexToBytes),
      unseen: tags.filter((t) => !seen.has(t)).map(hexToBytes),
      shelves: [...state.weights].sort(([a], [b]) => a - b).map(([shelf, w]) => ({ shelf, grams: w.grams, stable: w.stable })),
    },
  });
}

/** Timers: door alarm, periodic snapshot, round requests and their timeouts. */
function onTime(state: InventoryState, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound, out: InventoryOutput[]): void {
  const s = state.session;
  if (state.door === 'OPEN' && s !== undefined && !state.alarmRaised && now - s.openedAt >= cfg.doorAlarmMs) {
    state.alarmRaised = true;
    record({ doorAlarm: { openedAtMs: s.openedAt, openForMs: now - s.openedAt, cleared: false } });
  }
  if (now >= state.nextSnapshotAt) {
    state.nextSnapshotAt = now + cfg.snapshotIntervalMs;
    state.snapshotWanted ??= { reason: SnapshotReason.PERIODIC, commandId: '' };
    wantRound(0);
  }
  if (state.round !== undefined && now - state.round.beganAt >= cfg.roundTimeoutMs) {
    // FCP/1: a round whose END is missing is incomplete.
    state.round = undefined;
    wantRound(0);
  }
  // Ask for a round only with the door closed and none running.
  if (state.roundWanted && state.linkUp && state.round === undefined && state.door !== 'OPEN' && now >= state.requestAt) {
    state.requestAttempts++;
    if (state.requestAttempts > cfg.maxRequestAttempts && !state.faultRaised) {
      state.faultRaised = true;
      record({ fault: { source: FaultSource.EDGE, code: 'SCAN_FAILED', text: `no complete inventory round after ${cfg.maxRequestAttempts} requests` } });
    }
    // Back off while the reader keeps failing, up to a minute between requests.
    const backoff = Math.min(60_000, cfg.requestTimeoutMs * 2 ** Math.max(0, state.requestAttempts - 1));
    state.requestAt = now + backoff;
    const scanId = `E${state.nextScanId++}`;
    out.push({ kind: 'send', command: { type: 'SCANREQ', scanId } });
  }
}
