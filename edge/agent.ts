import { mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import { fridgeEventKind, LinkState, type farmacy } from '../proto/index.js';
import type { EdgeConfig } from './config.js';
import { encodeCommand, parseLine, type EdgeCommand } from './fcp/index.js';
import { Forwarder, type ForwarderOptions } from './forwarder/index.js';
import { HealthServer } from './health.js';
import { defaultInventoryConfig, initialInventoryState, step, type InventoryConfig, type InventoryInput, type InventoryState, type RefusalReason } from './inventory/index.js';
import { createEdgeMetrics, type EdgeMetrics } from './metrics.js';
import { OutboxBound, SqliteOutbox, type NewEvent, type Outbox } from './outbox/index.js';
import { SerialSource, serialLinkFactory, type SerialLinkFactory } from './serial/index.js';

export const AGENT_VERSION = '0.1.0';

/** Outbox meta key of the believed tag set (issue 11 item 2: it survives a SIGKILL). */
export const BELIEF_META_KEY = 'inventory_belief';
const EPC_RE = /^[0-9A-F]{24}$/;

export interface EdgeAgentDeps {
  log: Logger;
  /** Wall clock (ms since the epoch). */
  now?: () => number;
  linkFactory?: SerialLinkFactory;
  connect?: ForwarderOptions['connect'];
  outbox?: Outbox;
}

/**
 * The edge agent: controller link in, state machine, outbox, forwarder out. Each fridge
 * event is committed to the outbox before anything else happens to it (DESIGN.md "edge").
 */
export class EdgeAgent {
  readonly metrics: EdgeMetrics = createEdgeMetrics();
  readonly outbox: Outbox;
  private readonly serial: SerialSource;
  private readonly forwarder: Forwarder;
  private readonly inv: InventoryState;
  private readonly invCfg: InventoryConfig;
  private readonly log: Logger;
  private readonly now: () => number;
  private tickTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private health: HealthServer | undefined;
  private readonly bound: OutboxBound;
  private lastTrafficAt: number;
  private silent = false;
  private controller = { firmwareVersion: '', controllerSerial: '' };
  private stopping = false;
  private readonly refusalsLogged = new Set<RefusalReason>();

  constructor(private readonly cfg: EdgeConfig, deps: EdgeAgentDeps) {
    this.log = deps.log.child({ fridge: cfg.fridgeId });
    this.now = deps.now ?? Date.now;
    mkdirSync(cfg.dataDir, { recursive: true });
    this.outbox = deps.outbox ?? SqliteOutbox.open({ dir: cfg.dataDir, fridgeId: cfg.fridgeId, log: this.log.child({ component: 'outbox' }), now: this.now });
    this.invCfg = {
      ...defaultInventoryConfig,
      doorAlarmMs: cfg.doorAlarmMs,
      snapshotIntervalMs: cfg.snapshotIntervalMs,
      tempIntervalMs: cfg.tempIntervalMs,
    };
    this.inv = initialInventoryState(this.now(), this.invCfg, this.loadBelief());
    this.bound = new OutboxBound({
      outbox: this.outbox,
      maxBytes: cfg.outboxMaxBytes,
      metrics: this.metrics,
      log: this.log,
      now: this.now,
      requestSnapshot: () => this.feed({ kind: 'snapshot_request', now: this.now(), commandId: 'outbox-compaction' }),
    });
    this.lastTrafficAt = this.now();
    this.serial = new SerialSource({
      factory: deps.linkFactory ?? serialLinkFactory(cfg.serial, cfg.baud),
      log: this.log.child({ component: 'serial' }),
      events: {
        line: (line) => this.onLine(line),
        overflow: () => this.metrics.linesRejected.inc({ reason: 'overlong' }),
        up: (device) => {
          this.metrics.serialUp.set(1);
          this.lastTrafficAt = this.now();
          this.record([{ recordedAtMs: this.now(), link: { state: LinkState.UP, detail: device } }]);
          this.feed({ kind: 'link_up', now: this.now() });
          this.send({ type: 'PING' });
        },
        down: (detail) => {
          this.metrics.serialUp.set(0);
          this.metrics.serialReconnects.inc();
          this.feed({ kind: 'link_lost', now: this.now() });
          this.record([{ recordedAtMs: this.now(), link: { state: LinkState.DOWN, detail } }]);
        },
      },
    });
    this.forwarder = new Forwarder({
      outbox: this.outbox,
      fridgeId: cfg.fridgeId,
      district: cfg.district,
      mqttUrl: cfg.mqttUrl,
      username: cfg.username,
      password: cfg.password,
      tls: cfg.tls,
      lingerMs: cfg.lingerMs,
      maxBatchEvents: cfg.maxBatchEvents,
      maxBatchBytes: cfg.maxBatchBytes,
      maxInflight: cfg.maxInflight,
      ackTimeoutMs: cfg.ackTimeoutMs,
      maxEventsPerSecond: cfg.replayRate,
      keepaliveSec: cfg.keepaliveSec,
      minBackoffMs: 500,
      maxBackoffMs: 30_000,
      agentVersion: AGENT_VERSION,
      controllerInfo: () => this.controller,
      onCommand: (cmd) => this.onCommand(cmd),
      log: this.log.child({ component: 'forwarder' }),
      metrics: this.metrics,
      // Durations by the monotonic clock; what goes on the wire by the agent's wall clock.
      clock: { now: () => performance.now(), wall: this.now },
      ...(deps.connect ? { connect: deps.connect } : {}),
    });
  }

  async start(): Promise<void> {
    const s = this.outbox.stats();
    this.log.info({ epoch: this.outbox.epoch, backlog: s.events, lastSeq: s.lastSeq, serial: this.cfg.serial, mqtt: this.cfg.mqttUrl }, 'edge agent starting');
    this.updateOutboxGauges(true);
    if (this.cfg.healthPort !== undefined) {
      this.health = await HealthServer.start({
        host: this.cfg.healthHost,
        port: this.cfg.healthPort,
        metrics: this.metrics,
        // Healthy while the outbox is open; link states are reported, not fatal.
        health: () => ({ ok: true, serial: this.serial.connected, mqtt: this.forwarder.isConnected, outbox: this.outbox.stats() }),
        refresh: () => this.updateOutboxGauges(true),
      });
    }
    this.forwarder.start();
    this.serial.start();
    this.tickTimer = setInterval(() => this.feed({ kind: 'tick', now: this.now() }), 250);
    this.pingTimer = setInterval(() => this.checkController(), this.cfg.pingIntervalMs);
  }

  get healthAddress(): { host: string; port: number } | undefined {
    return this.health?.address;
  }

  private onLine(line: string): void {
    const r = parseLine(line);
    if (!r.ok) {
      this.metrics.linesRejected.inc({ reason: r.reason });
      this.log.debug({ reason: r.reason, line: line.slice(0, 80) }, 'serial line dropped');
      return;
    }
    this.metrics.linesAccepted.inc({ type: r.msg.type });
    this.lastTrafficAt = this.now();
    if (this.silent) {
      this.silent = false;
      this.record([{ recordedAtMs: this.now(), link: { state: LinkState.UP, detail: 'controller answering again' } }]);
    }
    if (r.msg.type === 'HELLO') this.controller = { firmwareVersion: r.msg.firmware, controllerSerial: r.msg.serial };
    this.feed({ kind: 'line', msg: r.msg, now: this.now() });
  }

  /**
   * The tags the edge believed present when it last ran. Undefined (start as if new: the
   * first complete round is the truth) when none was kept or what was kept is unusable.
   */
  private loadBelief(): string[] | undefined {
    const raw = this.outbox.getMeta(BELIEF_META_KEY);
    if (raw === undefined) return undefined;
    try {
      const v: unknown = JSON.parse(raw);
      if (Array.isArray(v) && v.length <= this.invCfg.maxTagsPerRound && v.every((t): t is string => typeof t === 'string' && EPC_RE.test(t))) {
        this.log.info({ tags: v.length }, 'inventory kept before the restart loaded: the first rounds reconcile it');
        return v;
      }
    } catch {
      // fall through: treated as absent
    }
    this.log.warn('kept inventory unreadable: ignored, the first complete round is the truth');
    return undefined;
  }

  private feed(input: InventoryInput): void {
    let result;
    try {
      result = step(this.inv, input, this.invCfg);
    } catch (err) {
      // A broken invariant in the state machine must not take the agent down.
      this.log.error({ err, input: input.kind }, 'inventory state machine failed on an input');
      return;
    }
    const events: NewEvent[] = [];
    let belief: readonly string[] | undefined;
    for (const o of result.outputs) {
      if (o.kind === 'record') events.push(o.event);
      else if (o.kind === 'send') this.send(o.command);
      else if (o.kind === 'belief') belief = o.tags;
      else this.refused(o.reason, o.detail);
    }
    if (events.length > 0) this.record(events);
    // After the events that changed it: a crash in between leaves an older belief, which the
    // next start reconciles against complete rounds and records as an absolute snapshot.
    if (belief !== undefined && !this.stopping) this.outbox.setMeta(BELIEF_META_KEY, JSON.stringify(belief));
  }

  /** Issue 11 item 9: counted always, logged at warn once per reason (a flood is one line). */
  private refused(reason: RefusalReason, detail: string): void {
    this.metrics.inputsRefused.inc({ reason });
    if (this.refusalsLogged.has(reason)) {
      this.log.debug({ reason, detail }, 'controller input refused');
      return;
    }
    this.refusalsLogged.add(reason);
    this.log.warn({ reason, detail }, 'controller input refused: over the edge\'s bound (further ones counted in ff_edge_inputs_refused_total)');
  }

  private send(cmd: EdgeCommand): void {
    if (!this.serial.write(encodeCommand(cmd))) this.log.debug({ cmd: cmd.type }, 'controller link down: command not sent');
  }

  /** Commits events to the outbox, then lets the forwarder know. */
  private record(events: NewEvent[]): void {
    if (this.stopping) return;
    this.outbox.append(events);
    for (const e of events) {
      this.metrics.eventsRecorded.inc({ kind: fridgeEventKind(e) ?? 'unknown' });
      if (e.snapshot) this.bound.snapshotRecorded();
    }
    this.bound.enforce(this.forwarder.protectedThroughSeq);
    this.updateOutboxGauges();
    this.forwarder.notify();
  }

  /** Counts on every record; the oldest event's age (a table scan) only when asked. */
  private updateOutboxGauges(withAge = false): void {
    const s = this.outbox.stats();
    this.metrics.outboxEvents.set(s.events);
    this.metrics.outboxBytes.set(s.bytes);
    if (!withAge) return;
    const oldest = this.outbox.oldestRecordedAtMs();
    this.metrics.outboxOldestAge.set(oldest === undefined ? 0 : Math.max(0, (this.now() - oldest) / 1000));
  }

  private checkController(): void {
    this.updateOutboxGauges(true);
    if (!this.serial.connected) return;
    this.send({ type: 'PING' });
    if (!this.silent && this.now() - this.lastTrafficAt > this.cfg.silenceTimeoutMs) {
      this.silent = true;
      this.log.warn({ silentForMs: this.now() - this.lastTrafficAt }, 'controller not answering');
      this.record([{ recordedAtMs: this.now(), link: { state: LinkState.SILENT, detail: `no line for ${Math.round((this.now() - this.lastTrafficAt) / 1000)} s` } }]);
    }
  }

  private onCommand(cmd: farmacy.fridge.v1.Command): void {
    const id = cmd.commandId ?? '';
    if (cmd.snapshot) {
      this.metrics.commands.inc({ kind: 'snapshot' });
      this.log.info({ commandId: id }, 'cloud asks for a snapshot');
      this.feed({ kind: 'snapshot_request', now: this.now(), commandId: id });
    } else if (cmd.unlock) {
      const seconds = Math.min(300, Math.max(1, cmd.unlock.seconds ?? 0));
      this.metrics.commands.inc({ kind: 'unlock' });
      this.log.info({ commandId: id, seconds }, 'cloud unlocks the door');
      this.send({ type: 'UNLOCK', seconds });
      this.record([{ recordedAtMs: this.now(), unlocked: { commandId: id, seconds } }]);
    } else {
      this.metrics.commands.inc({ kind: 'unknown' });
      this.log.warn({ commandId: id }, 'unknown command ignored');
    }
  }

  /** Clean shutdown: stop intake, let the forwarder say goodbye, close the outbox. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    if (this.tickTimer) clearInterval(this.tickTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    await this.serial.stop();
    this.stopping = true;
    await this.forwarder.stop();
    await this.health?.close();
    this.outbox.close();
    this.log.info('edge agent stopped');
  }
}
