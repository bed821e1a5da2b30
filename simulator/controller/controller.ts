import type { Logger } from 'pino';
import type { Rng } from '../support/prng.js';
import type { SimClock, TimerHandle } from '../support/clock.js';
import { FCP_TOKEN, LineAssembler, lines, parseEdgeCommand, type EdgeCommand } from './fcp-wire.js';
import { applyNoise, type Damage, type NoiseRates } from './line-noise.js';

/** What the controller's sensors see; the fridge world provides it. */
export interface FridgeHardware {
  doorOpen(): boolean;
  /** Tags inside the RFID field, with the shelf each lies on. */
  tagsInField(): readonly { epc: string; shelf: number }[];
  /** True load on each shelf, grams (tare included). */
  shelfLoads(): readonly { shelf: number; grams: number }[];
  temperatures(): readonly { sensor: number; deciCelsius: number }[];
  /** The edge asked to unlock the door. */
  unlock(seconds: number): void;
}

export interface ControllerRates extends NoiseRates {
  /** Probability that a tag in the field is not read in a round. */
  rfidMiss: number;
  /** Probability that a read tag is reported a second time, by another antenna. */
  rfidDuplicate: number;
  /** Load-cell noise, standard deviation in grams. */
  weightNoiseG: number;
  /** Load-cell drift, grams per hour since the last boot (each shelf drifts its own way). */
  weightDriftGPerHour: number;
}

export interface ControllerTiming {
  tempEveryMs: number;
  weightEveryMs: number;
  /** Weight readings while the door is open (unstable). */
  weightOpenEveryMs: number;
  /** FCP/1: the controller runs a round by itself about 2 s after every door close. */
  autoRoundDelayMs: number;
  /** Load cells settle this long after the door closes, then report stable readings. */
  settleMs: number;
  roundMs: number;
  antennas: number;
}

export interface EmittedLine {
  /** The line as the firmware meant it, '\n' included. */
  line: string;
  /** What went on the wire (differs when damaged). */
  sent: string;
  damage?: Damage;
  atMs: number;
}

export interface ControllerStats {
  lines: number;
  corrupted: number;
  truncated: number;
  rounds: number;
  tagsInField: number;
  tagsMissed: number;
  tagsDuplicated: number;
  boots: number;
  commandsReceived: number;
  commandsRejected: number;
}

export interface ControllerOptions {
  firmware: string;
  serial: string;
  clock: SimClock;
  rng: Rng;
  hardware: FridgeHardware;
  rates: ControllerRates;
  timing: ControllerTiming;
  logger: Logger;
}

type Power = 'off' | 'booting' | 'on';

/**
 * The fridge controller's firmware: reports door, RFID rounds, shelf weights and temperature
 * over FCP/1 and answers the edge's commands. It writes to whatever sink the serial link gives
 * it; with no edge listening, lines are simply lost, as on a UART.
 */
export class Controller {
  readonly stats: ControllerStats = {
    lines: 0, corrupted: 0, truncated: 0, rounds: 0, tagsInField: 0, tagsMissed: 0,
    tagsDuplicated: 0, boots: 0, commandsReceived: 0, commandsRejected: 0,
  };
  private power: Power = 'off';
  private bootAt = 0;
  private nextScanNo = 1;
  private sink: (data: string) => void = () => {};
  private readonly taps = new Set<(l: EmittedLine) => void>();
  private readonly assembler = new LineAssembler((l) => this.onEdgeLine(l));
  private tempTimer: TimerHandle | undefined;
  private weightTimer: TimerHandle | undefined;
  private settleTimer: TimerHandle | undefined;
  private autoRoundTimer: TimerHandle | undefined;
  private bootTimer: TimerHandle | undefined;
  private roundTimer: TimerHandle | undefined;
  private roundInProgress: string | undefined;
  private readonly roundQueue: string[] = [];
  private settled = true;
  private drift: number[] = [];
  private readonly noiseRng: Rng;
  private readonly rfidRng: Rng;
  private readonly sensorRng: Rng;

  constructor(private readonly o: ControllerOptions) {
    this.noiseRng = o.rng.fork('line-noise');
    this.rfidRng = o.rng.fork('rfid');
    this.sensorRng = o.rng.fork('sensors');
  }

  /** Where the serial link delivers the controller's bytes. */
  attach(sink: (data: string) => void): void {
    this.sink = sink;
  }

  /** Observes every line the controller emits (tests compare it with what the edge parsed). */
  tap(fn: (l: EmittedLine) => void): () => void {
    this.taps.add(fn);
    return () => this.taps.delete(fn);
  }

  get isOn(): boolean {
    return this.power === 'on';
  }

  uptimeMs(): number {
    return Math.max(0, Math.floor(this.o.clock.now() - this.bootAt));
  }

  /** Power on: the uptime clock restarts and HELLO announces it. */
  boot(): void {
    this.stopTimers();
    this.power = 'on';
    this.bootAt = this.o.clock.now();
    this.nextScanNo = 1;
    this.stats.boots++;
    // Load cells are tared at boot: drift starts again from zero, in a random direction.
    this.drift = this.o.hardware.shelfLoads().map(() => (this.sensorRng.chance(0.5) ? 1 : -1));
    this.emit(lines.hello(this.o.firmware, this.o.serial));
    if (this.o.hardware.doorOpen()) {
      this.settled = false;
      this.emit(lines.door(true, this.uptimeMs()));
    } else {
      this.settled = true;
    }
    this.scheduleTemp(this.o.timing.tempEveryMs);
    this.scheduleWeight(this.weightPeriod());
  }

  /** Reboot: silent for `downMs`, then HELLO with a fresh uptime. */
  reboot(downMs: number): void {
    this.stopTimers();
    this.power = 'booting';
    this.o.logger.info({ downMs }, 'controller rebooting');
    this.bootTimer = this.o.clock.setTimer(downMs, () => {
      this.bootTimer = undefined;
      this.boot();
    });
  }

  powerOff(): void {
    this.stopTimers();
    this.power = 'off';
  }

  /** The door sensor changed (called by the world). */
  doorChanged(open: boolean): void {
    if (this.power !== 'on') return;
    this.emit(lines.door(open, this.uptimeMs()));
    this.o.clock.clearTimer(this.settleTimer);
    this.settleTimer = undefined;
    if (open) {
      this.settled = false;
      // A round pending after the previous close would read a fridge being emptied.
      this.o.clock.clearTimer(this.autoRoundTimer);
      this.autoRoundTimer = undefined;
      this.reportWeights();
    } else {
      this.settleTimer = this.o.clock.setTimer(this.o.timing.settleMs, () => {
        this.settleTimer = undefined;
        this.settled = true;
        this.reportWeights();
      });
      this.autoRoundTimer = this.o.clock.setTimer(this.o.timing.autoRoundDelayMs, () => {
        this.autoRoundTimer = undefined;
        if (this.power === 'on' && !this.o.hardware.doorOpen()) this.requestRound(String(this.nextScanNo++));
      });
    }
    this.scheduleWeight(this.weightPeriod());
  }

  /** Emits a $FAULT line (reader offline, load cell error, ...). */
  fault(code: string, text: string): void {
    if (this.power !== 'on') return;
    this.emit(lines.fault(FCP_TOKEN.test(code) ? code : 'UNKNOWN', text));
  }

  /** Bytes from the edge. */
  receive(chunk: Buffer | string): void {
    this.assembler.push(chunk);
  }

  /** The link went away mid-line: the partial line is lost. */
  resetInput(): void {
    this.assembler.reset();
  }

  stop(): void {
    this.powerOff();
    this.taps.clear();
  }

  private onEdgeLine(raw: string): void {
    if (this.power !== 'on') return;
    const r = parseEdgeCommand(raw);
    if (!r.ok) {
      this.stats.commandsRejected++;
      this.o.logger.debug({ reason: r.reason }, 'edge line rejected');
      return;
    }
    this.stats.commandsReceived++;
    this.handle(r.cmd);
  }

  private handle(cmd: EdgeCommand): void {
    switch (cmd.type) {
      case 'PING':
        this.emit(lines.pong());
        return;
      case 'SCANREQ':
        this.requestRound(cmd.scanId);
        return;
      case 'UNLOCK':
        this.o.hardware.unlock(cmd.seconds);
        return;
      default: {
        const never: never = cmd;
        throw new Error(`unhandled command ${JSON.stringify(never)}`);
      }
    }
  }

  private requestRound(scanId: string): void {
    if (this.roundInProgress !== undefined) {
      this.roundQueue.push(scanId);
      return;
    }
    this.roundInProgress = scanId;
    this.emit(lines.scanBegin(scanId, this.uptimeMs()));
    const tagsNow = this.o.hardware.tagsInField().length;
    this.roundTimer = this.o.clock.setTimer(this.o.timing.roundMs + tagsNow * 2, () => {
      this.roundTimer = undefined;
      this.finishRound(scanId);
    });
  }

  private finishRound(scanId: string): void {
    const r = this.rfidRng;
    const field = this.o.hardware.tagsInField();
    let distinct = 0;
    this.stats.rounds++;
    this.stats.tagsInField += field.length;
    for (const t of field) {
      if (r.chance(this.o.rates.rfidMiss)) {
        this.stats.tagsMissed++;
        continue;
      }
      distinct++;
      const antenna = 1 + ((t.shelf - 1) % this.o.timing.antennas + this.o.timing.antennas) % this.o.timing.antennas;
      this.emit(lines.tag(scanId, t.epc, antenna, clamp(r.normal(-52, 7), -90, -25)));
      if (r.chance(this.o.rates.rfidDuplicate)) {
        // Seen again by a neighbouring antenna: still one distinct tag in the count.
        this.stats.tagsDuplicated++;
        const other = (antenna % this.o.timing.antennas) + 1;
        this.emit(lines.tag(scanId, t.epc, other, clamp(r.normal(-68, 6), -90, -25)));
      }
    }
    this.emit(lines.scanEnd(scanId, distinct, this.uptimeMs()));
    this.roundInProgress = undefined;
    const next = this.roundQueue.shift();
    if (next !== undefined) this.requestRound(next);
  }

  private weightPeriod(): number {
    return this.o.hardware.doorOpen() ? this.o.timing.weightOpenEveryMs : this.o.timing.weightEveryMs;
  }

  private scheduleTemp(ms: number): void {
    this.o.clock.clearTimer(this.tempTimer);
    this.tempTimer = this.o.clock.setTimer(ms, () => {
      this.tempTimer = undefined;
      for (const s of this.o.hardware.temperatures()) {
        this.emit(lines.temp(s.sensor, s.deciCelsius + Math.round(this.sensorRng.normal(0, 0.5)), this.uptimeMs()));
      }
      this.scheduleTemp(this.o.timing.tempEveryMs);
    }, { background: true });
  }

  private scheduleWeight(ms: number): void {
    this.o.clock.clearTimer(this.weightTimer);
    this.weightTimer = this.o.clock.setTimer(ms, () => {
      this.weightTimer = undefined;
      this.reportWeights();
      this.scheduleWeight(this.weightPeriod());
    }, { background: true });
  }

  private reportWeights(): void {
    if (this.power !== 'on') return;
    const open = this.o.hardware.doorOpen();
    const stable = !open && this.settled;
    const hours = this.uptimeMs() / 3_600_000;
    this.o.hardware.shelfLoads().forEach((s, i) => {
      const drift = (this.drift[i] ?? 1) * this.o.rates.weightDriftGPerHour * hours;
      // A hand on the shelf or a swinging door makes open-door readings much noisier.
      const noise = this.sensorRng.normal(0, this.o.rates.weightNoiseG + (stable ? 0 : 40));
      this.emit(lines.weight(s.shelf, Math.max(0, s.grams + drift + noise), stable, this.uptimeMs()));
    });
  }

  private emit(line: string): void {
    const noisy = applyNoise(line, this.o.rates, this.noiseRng);
    this.stats.lines++;
    if (noisy.damage === 'corrupt') this.stats.corrupted++;
    if (noisy.damage === 'truncate') this.stats.truncated++;
    const rec: EmittedLine = { line, sent: noisy.sent, atMs: this.o.clock.now(), ...(noisy.damage ? { damage: noisy.damage } : {}) };
    for (const t of this.taps) t(rec);
    try {
      this.sink(noisy.sent);
    } catch (err) {
      this.o.logger.warn({ err }, 'serial sink failed');
    }
  }

  private stopTimers(): void {
    for (const t of [this.tempTimer, this.weightTimer, this.settleTimer, this.autoRoundTimer, this.bootTimer, this.roundTimer]) {
      this.o.clock.clearTimer(t);
    }
    this.tempTimer = this.weightTimer = this.settleTimer = this.autoRoundTimer = this.bootTimer = this.roundTimer = undefined;
    this.roundInProgress = undefined;
    this.roundQueue.length = 0;
    this.assembler.reset();
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
