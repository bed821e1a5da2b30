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
  /**
   * Complete rounds in a row without a tag, outside door sessions, before it is confirmed
   * absent: it leaves the belief and is reported in an audit's possibly_lost (issue 11 item 2).
   */
  lostAfterMisses: number;
  /** After an incomplete round the next request waits this long, doubling per failure in a row... */
  retryBaseMs: number;
  /** ...up to this (issue 11 item 19: docs/fcp1.md promises a back-off). */
  retryMaxMs: number;
  /** Distinct temperature sensor ids the edge follows; samples of further sensors are refused. */
  maxSensors: number;
  /** Distinct shelf ids the edge follows; readings of further shelves are refused. */
  maxShelves: number;
  /** Distinct tags one round may report; a round over it is refused as incomplete. */
  maxTagsPerRound: number;
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
  retryBaseMs: 500,
  retryMaxMs: 60_000,
  maxSensors: 16,
  maxShelves: 32,
  maxTagsPerRound: 4096,
  tempDeltaDeci: 5,
  tempIntervalMs: 5 * 60_000,
};

type Epc = string;

interface TagBelief {
  /** Consecutive complete rounds outside door sessions that missed it (below lostAfterMisses). */
  misses: number;
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
  /** Refused for reporting more than maxTagsPerRound distinct tags (counted once). */
  overLimit: boolean;
}

/** Inputs the edge refuses to follow (issue 11 item 9: a controller must not grow its state without bound). */
export type RefusalReason = 'sensor_limit' | 'shelf_limit' | 'round_tag_limit';

type SnapshotReasonValue = (typeof SnapshotReason)[keyof typeof SnapshotReason];

export interface InventoryState {
  door: 'OPEN' | 'CLOSED' | 'UNKNOWN';
  /** When the current opening of the door began (the door alarm counts from it); undefined while closed. */
  openSince: number | undefined;
  /**
   * The controller uptime of the last DOOR line since its last HELLO: a DOOR,CLOSED repeating
   * it is the same line again, not a closing whose OPEN was lost.
   */
  doorUptimeMs: number | undefined;
  alarmRaised: boolean;
  /** What the edge believes is in the fridge; undefined until the first complete round. */
  belief: Map<Epc, TagBelief> | undefined;
  /**
   * False while the belief is the one persisted before a restart and no complete round has
   * checked it yet: a door session then has no baseline (what left while the edge was down
   * must never be attributed to the next shopper).
   */
  beliefConfirmed: boolean;
  /** The believed tag set changed since it was last handed out for persisting. */
  beliefChanged: boolean;
  weights: Map<number, Weight>;
  session: Session | undefined;
  round: Round | undefined;
  /** An inventory round is needed (for a session, a snapshot, a discarded round). */
  roundWanted: boolean;
  /** When the next SCANREQ may go out (ask only if the controller has not started one). */
  requestAt: number;
  requestAttempts: number;
  /** Incomplete rounds in a row: the back-off before the next request grows with it. */
  failedRounds: number;
  faultRaised: boolean;
  nextScanId: number;
  snapshotWanted: { reason: SnapshotReasonValue; commandId: string } | undefined;
  /** The wanted snapshot's round missed believed tags: one more round confirms them first. */
  snapshotConfirming: boolean;
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

export type InventoryOutput =
  | { kind: 'record'; event: NewEvent }
  | { kind: 'send'; command: EdgeCommand }
  /** The believed tag set changed: persist it (after the records of the same step). */
  | { kind: 'belief'; tags: readonly Epc[] }
  | { kind: 'refused'; reason: RefusalReason; detail: string };

export interface StepResult {
  state: InventoryState;
  outputs: InventoryOutput[];
}

/**
 * `persisted`: the belief the edge last persisted, if any (issue 11 item 2). The first complete
 * rounds after start are checked against it like any other round: a tag absent from two of
 * them leaves the belief (an audit's possibly_lost) before the STARTUP snapshot is recorded.
 */
export function initialInventoryState(now: number, cfg: InventoryConfig = defaultInventoryConfig, persisted?: readonly string[]): InventoryState {
  return {
    door: 'UNKNOWN',
    openSince: undefined,
    doorUptimeMs: undefined,
    alarmRaised: false,
    belief: persisted === undefined ? undefined : new Map(persisted.map((t) => [t, { misses: 0 }])),
    beliefConfirmed: persisted === undefined,
    beliefChanged: false,
    weights: new Map(),
    session: undefined,
    round: undefined,
    roundWanted: true,
    requestAt: now,
    requestAttempts: 0,
    failedRounds: 0,
    faultRaised: false,
    nextScanId: 1,
    snapshotWanted: { reason: SnapshotReason.STARTUP, commandId: '' },
    snapshotConfirming: false,
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
      onLine(state, input.msg, now, cfg, record, wantRound, (reason, detail) => out.push({ kind: 'refused', reason, detail }));
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
  if (state.beliefChanged && state.belief !== undefined) {
    state.beliefChanged = false;
    out.push({ kind: 'belief', tags: sorted(state.belief.keys()) });
  }
  return { state, outputs: out };
}

type Record = (ev: Omit<NewEvent, 'recordedAtMs'>) => void;
type WantRound = (delayMs: number) => void;
type Refuse = (reason: RefusalReason, detail: string) => void;

/**
 * An incomplete round: ask again, backing off exponentially while rounds keep failing
 * (docs/fcp1.md "Rounds"; issue 11 item 19: it used to re-ask within milliseconds). A
 * complete round resets it.
 */
function retryRound(state: InventoryState, now: number, cfg: InventoryConfig): void {
  state.failedRounds++;
  const delay = Math.min(cfg.retryMaxMs, cfg.retryBaseMs * 2 ** Math.min(30, state.failedRounds - 1));
  if (!state.roundWanted) state.requestAttempts = 0;
  state.roundWanted = true;
  state.requestAt = now + delay;
}

function onLine(state: InventoryState, msg: FcpMessage, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound, refuse: Refuse): void {
  switch (msg.type) {
    case 'HELLO':
      // The controller rebooted: its uptime clock restarted and whatever it was doing is gone.
      record({ booted: { firmwareVersion: msg.firmware, controllerSerial: msg.serial } });
      state.round = undefined;
      state.doorUptimeMs = undefined;
      if (state.belief !== undefined) state.snapshotWanted ??= { reason: SnapshotReason.CONTROLLER_REBOOT, commandId: '' };
      wantRound(0);
      return;
    case 'DOOR':
      return onDoor(state, msg.state, msg.uptimeMs, now, cfg, record, wantRound);
    case 'SCAN_BEGIN':
      // A BEGIN while another round is open: that one never ended, it is incomplete.
      if (state.round !== undefined) retryRound(state, now, cfg);
      state.round = { scanId: msg.scanId, tags: new Set(), beganAt: now, broken: false, overLimit: false };
      return;
    case 'TAG': {
      const round = state.round;
      if (round === undefined) return; // a TAG outside any round belongs to no round
      // FCP/1: a round whose scan_id does not match is incomplete.
      if (msg.scanId !== round.scanId) round.broken = true;
      else if (round.tags.size < cfg.maxTagsPerRound || round.tags.has(msg.epc)) round.tags.add(msg.epc);
      else if (!round.overLimit) {
        // Issue 11 item 9: more distinct tags than a fridge can hold is a broken reader or a
        // hostile line, not stock; the round is refused (incomplete) and counted once.
        round.overLimit = true;
        round.broken = true;
        refuse('round_tag_limit', `round ${round.scanId} reports more than ${cfg.maxTagsPerRound} distinct tags`);
      }
      return;
    }
    case 'SCAN_END': {
      const round = state.round;
      state.round = undefined;
      // FCP/1: a round whose END is missing, whose scan_id does not match, or whose count does
      // not match the TAG lines received is incomplete: discard it and ask for a new round.
      if (round === undefined || round.broken || round.scanId !== msg.scanId || round.tags.size !== msg.tagCount) {
        retryRound(state, now, cfg);
        return;
      }
      onCompleteRound(state, round.tags, now, cfg, record, wantRound);
      return;
    }
    case 'WEIGHT':
      if (!state.weights.has(msg.shelf) && state.weights.size >= cfg.maxShelves) {
        refuse('shelf_limit', `shelf ${msg.shelf}: already following ${cfg.maxShelves} shelves`);
        return;
      }
      state.weights.set(msg.shelf, { grams: msg.grams, stable: msg.stable });
      return;
    case 'TEMP': {
      const last = state.temps.get(msg.sensor);
      if (last === undefined && state.temps.size >= cfg.maxSensors) {
        refuse('sensor_limit', `sensor ${msg.sensor}: already following ${cfg.maxSensors} sensors`);
        return;
      }
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

function onDoor(state: InventoryState, door: 'OPEN' | 'CLOSED', uptimeMs: number, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound): void {
  const was = state.door;
  const sameLine = uptimeMs === state.doorUptimeMs;
  state.door = door;
  state.doorUptimeMs = uptimeMs;
  if (door === 'OPEN') {
    if (was === 'OPEN') return;
    state.openSince = now;
    if (state.session === undefined) {
      state.session = {
        openedAt: now,
        closedAt: undefined,
        openCount: 1,
        baseline: sessionBaseline(state),
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
  const openSince = state.openSince ?? now;
  state.openSince = undefined;
  if (state.alarmRaised) {
    state.alarmRaised = false;
    record({ doorAlarm: { openedAtMs: openSince, openForMs: now - openSince, cleared: true } });
  }
  if (was === 'CLOSED') {
    onClosedAgain(state, sameLine, now, cfg, wantRound);
    return;
  }
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

/**
 * A DOOR,CLOSED while the edge believes the door closed. FCP/1 sends a DOOR line when the door
 * state changes, so the door opened in between and its OPEN line was lost (a bad checksum, a
 * truncated line): docs/edge.md "Restart", a DOOR,CLOSED without a known DOOR,OPEN. What
 * changed is unknown, so the following complete rounds become a snapshot, the stock truth
 * (tags missing from two of them confirmed absent), and a round is asked for as after any
 * closing. `sameLine` (the uptime of the DOOR line before it, in the same controller boot) is
 * the same line received again: nothing opened in between, so the door session and the round
 * under way are left alone; the snapshot only restates the stock.
 */
function onClosedAgain(state: InventoryState, sameLine: boolean, now: number, cfg: InventoryConfig, wantRound: WantRound): void {
  state.snapshotWanted ??= { reason: SnapshotReason.STARTUP, commandId: '' };
  wantRound(cfg.roundAfterCloseMs);
  if (sameLine) return;
  // The round under way ran while the door was open: it says nothing about the contents.
  if (state.round !== undefined) state.round.broken = true;
  const session = state.session;
  if (session === undefined) return;
  // A session still settling when the unseen opening came: that opening is part of it, as
  // when the door opens again before the inventory settled; its rounds start again from this
  // closing, and the snapshot follows the session.
  session.openCount++;
  session.closedAt = now;
  session.rounds = [];
}

/**
 * The tags a door session starts from: those believed present and seen by the last complete
 * round. None (undefined: the session's rounds become a snapshot) while the belief is the one
 * persisted before a restart and no round has checked it: what left while the edge was down is
 * never charged to the next shopper (issue 11 item 2). A tag the last round missed is not in it
 * either: if it is gone after the session, two rounds without it outside the session confirm
 * it absent, as a loss, not as this shopper's sale.
 */
function sessionBaseline(state: InventoryState): ReadonlySet<Epc> | undefined {
  if (state.belief === undefined || !state.beliefConfirmed) return undefined;
  return new Set([...state.belief].filter(([, b]) => b.misses === 0).map(([epc]) => epc));
}

function onCompleteRound(state: InventoryState, tags: ReadonlySet<Epc>, now: number, cfg: InventoryConfig, record: Record, wantRound: WantRound): void {
  state.roundWanted = false;
  state.requestAttempts = 0;
  state.failedRounds = 0;
  if (state.faultRaised) {
    state.faultRaised = false;
    record({ fault: { source: FaultSource.EDGE, code: 'SCAN_RECOVERED', text: 'inventory rounds complete again' } });
  }
  const session = state.session;
  if (state.door === 'OPEN') {
    // Rounds while the door is open describe a fridge in flux: neither stock nor audit.
    return;
  }
  if (session !== undefined && session.closedAt !== undefined && session.baseline === undefined) {
    // A session with nothing to diff against (no inventory, or one not yet checked after a
    // restart): its rounds are a snapshot, the stock truth, with misses confirmed as below.
    state.session = undefined;
    state.snapshotWanted ??= { reason: SnapshotReason.STARTUP, commandId: '' };
  }
  if (state.session !== undefined && session !== undefined && session.closedAt !== undefined) {
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
  // A snapshot is the stock truth (DESIGN.md property 9): when its round missed believed tags,
  // one more round settles them, present or confirmed absent, before it is recorded. Once.
  if (state.snapshotWanted !== undefined && !state.snapshotConfirming && [...(state.belief?.values() ?? [])].some((b) => b.misses > 0)) {
    state.snapshotConfirming = true;
    wantRound(0);
    return;
  }
  state.snapshotConfirming = false;
  maybeSnapshot(state, tags, record);
}

function finishSession(state: InventoryState, session: Session, after: ReadonlySet<Epc>, now: number, record: Record): void {
  state.session = undefined;
  const belief = state.belief;
  if (belief === undefined || session.baseline === undefined) throw new Error('door session without a baseline');
  const removed = sorted([...session.baseline].filter((t) => !after.has(t)));
  const added = sorted([...after].filter((t) => !belief.has(t)));
  for (const t of removed) belief.delete(t);
  for (const t of after) belief.set(t, { misses: 0 });
  if (removed.length > 0 || added.length > 0) state.beliefChanged = true;
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
  maybeSnapshot(state, after, record);
}

/**
 * A round outside any door session: differences are misreads or losses, never sales. A tag
 * missing from one round is a misread until a later round confirms it (DESIGN.md); missing
 * from lostAfterMisses complete rounds in a row it is confirmed absent: it leaves the belief
 * and is reported as possibly_lost, which takes it out of the cloud's stock as a loss
 * (issue 11 item 2: before, it stayed believed and in every snapshot for ever).
 */
function audit(state: InventoryState, seen: ReadonlySet<Epc>, cfg: InventoryConfig, record: Record): void {
  state.beliefConfirmed = true;
  if (state.belief === undefined) {
    state.belief = new Map([...seen].map((t) => [t, { misses: 0 }]));
    state.beliefChanged = true;
    return;
  }
  const possiblyLost: Epc[] = [];
  const found: Epc[] = [];
  for (const [epc, b] of state.belief) {
    if (seen.has(epc)) {
      b.misses = 0;
    } else {
      b.misses++;
      if (b.misses >= cfg.lostAfterMisses) possiblyLost.push(epc);
    }
  }
  for (const epc of possiblyLost) state.belief.delete(epc);
  for (const epc of seen) {
    if (!state.belief.has(epc)) {
      // In the fridge without a door session: it was there all along and missed before, or
      // came back after it was confirmed absent.
      state.belief.set(epc, { misses: 0 });
      found.push(epc);
    }
  }
  if (possiblyLost.length > 0 || found.length > 0) state.beliefChanged = true;
  if (possiblyLost.length > 0 || found.length > 0) {
    record({ audit: { possiblyLost: sorted(possiblyLost).map(hexToBytes), found: sorted(found).map(hexToBytes) } });
  }
}

function maybeSnapshot(state: InventoryState, seen: ReadonlySet<Epc>, record: Record): void {
  const want = state.snapshotWanted;
  if (want === undefined || state.belief === undefined) return;
  state.snapshotWanted = undefined;
  state.snapshotConfirming = false;
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
  // docs/edge.md: one opening of the door that lasts doorAlarmMs, not the door session (an
  // earlier opening of the same session does not count towards it).
  const since = state.openSince;
  if (state.door === 'OPEN' && since !== undefined && !state.alarmRaised && now - since >= cfg.doorAlarmMs) {
    state.alarmRaised = true;
    record({ doorAlarm: { openedAtMs: since, openForMs: now - since, cleared: false } });
  }
  if (now >= state.nextSnapshotAt) {
    state.nextSnapshotAt = now + cfg.snapshotIntervalMs;
    state.snapshotWanted ??= { reason: SnapshotReason.PERIODIC, commandId: '' };
    wantRound(0);
  }
  if (state.round !== undefined && now - state.round.beganAt >= cfg.roundTimeoutMs) {
    // FCP/1: a round whose END is missing is incomplete.
    state.round = undefined;
    retryRound(state, now, cfg);
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
