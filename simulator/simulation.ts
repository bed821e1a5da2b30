import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import type { ControllerStats, EmittedLine } from './controller/index.js';
import { MemoryLink, PtyLink, TcpLink, socatAvailable, type LinkEndpoint, type SerialLink } from './link/index.js';
import { parseScenario, readScenarioFile, type Rates, type Scenario, type TelemetrySpec, type TrafficSpec } from './scenario/index.js';
import { RealClock, type SimClock } from './support/clock.js';
import { silentLogger } from './support/logger.js';
import { createRng } from './support/prng.js';
import { FridgeWorld, type GroundTruth, type SessionRecord, type ShopperOptions, type WorldEvent } from './world/index.js';

export type LinkKind = 'tcp' | 'pty' | 'memory';

export interface StartOptions {
  /** A scenario name ("demo"), a path to a JSON file, or an inline scenario object. */
  scenario: string | Scenario | Record<string, unknown>;
  /** Default tcp. pty falls back to tcp (with a warning) when socat is missing. */
  link?: LinkKind;
  /** Default: a RealClock at `timeScale`, starting at the scenario's startAt. */
  clock?: SimClock;
  timeScale?: number;
  seed?: number;
  /** Overrides of the scenario's rates, telemetry and traffic (e.g. all imperfections off). */
  rates?: Partial<Rates>;
  telemetry?: Partial<TelemetrySpec>;
  traffic?: Partial<TrafficSpec>;
  /** Shoppers, restocks and incidents happen by themselves (default true). */
  autopilot?: boolean;
  logger?: Logger;
  /** TCP listen address (default 127.0.0.1; ports come from the OS). */
  host?: string;
  /** Where PTY device links are created (default: a fresh temp dir). */
  ptyDir?: string;
}

export interface FridgeInfo {
  fridgeId: string;
  district: string;
  name: string;
  lat: number;
  lon: number;
  endpoint: LinkEndpoint;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly clock: SimClock;
  /** The link kind actually used (pty may have fallen back to tcp). */
  readonly linkKind: LinkKind;
  fridges(): FridgeInfo[];
  endpoint(fridgeId: string): LinkEndpoint;
  /** What to pass to the edge agent's --serial: tcp://host:port or the PTY path. */
  serialArg(fridgeId: string): string;
  shopperSession(fridgeId: string, opts?: ShopperOptions): Promise<SessionRecord>;
  reserve(fridgeId: string, userId: string, gtin?: string): string | undefined;
  pickup(fridgeId: string, userId: string): Promise<SessionRecord>;
  /** Restocks one fridge, or every fridge when omitted. */
  restock(fridgeId?: string): Promise<SessionRecord[]>;
  fault(fridgeId: string, code: string, text: string): void;
  reboot(fridgeId: string, downMs?: number): Promise<void>;
  linkDown(fridgeId: string, forMs?: number): Promise<void>;
  linkUp(fridgeId: string): Promise<void>;
  temperatureExcursion(fridgeId: string, durationMs?: number, peakDeci?: number): void;
  truth(): GroundTruth;
  controllerStats(fridgeId: string): ControllerStats;
  /** Every line a controller emits, before and after line noise. */
  tapLines(fridgeId: string, fn: (line: EmittedLine) => void): () => void;
  on(fn: (e: WorldEvent) => void): () => void;
  /** Resolves when no session, round, reboot or link change is in progress. */
  quiescent(): Promise<void>;
  /** Stops everything: timers, sockets, socat processes. Idempotent. */
  close(): Promise<void>;
}

async function resolveScenario(o: StartOptions): Promise<Scenario> {
  const source = typeof o.scenario === 'string' ? o.scenario : 'inline scenario';
  const raw = typeof o.scenario === 'string' ? await readScenarioFile(o.scenario) : o.scenario;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return parseScenario(raw, source);
  const r = raw as Record<string, unknown>;
  const section = (k: string, extra: object | undefined): unknown =>
    extra === undefined ? r[k] : { ...(typeof r[k] === 'object' && r[k] !== null ? (r[k] as object) : {}), ...extra };
  return parseScenario(
    { ...r, seed: o.seed ?? r.seed, rates: section('rates', o.rates), telemetry: section('telemetry', o.telemetry), traffic: section('traffic', o.traffic) },
    source,
  );
}

/** Starts a fridge world: one simulated controller per fridge, each behind its own serial link. */
export async function startSimulation(o: StartOptions): Promise<Simulation> {
  const scenario = await resolveScenario(o);
  const log = (o.logger ?? silentLogger()).child({ scenario: scenario.name });
  const ownsClock = o.clock === undefined;
  const clock = o.clock ?? new RealClock(o.timeScale ?? 1, Date.parse(scenario.startAt));
  let linkKind: LinkKind = o.link ?? 'tcp';
  if (linkKind === 'pty' && !socatAvailable()) {
    log.warn('socat not found; falling back to TCP serial links');
    linkKind = 'tcp';
  }
  const links = new Map<string, SerialLink>();
  // One temp dir holds every fridge's device links; removed on close.
  const ownPtyDir = linkKind === 'pty' && o.ptyDir === undefined ? await mkdtemp(path.join(os.tmpdir(), 'ffsim-pty-')) : undefined;
  const removePtyDir = async (): Promise<void> => {
    if (ownPtyDir !== undefined) await rm(ownPtyDir, { recursive: true, force: true });
  };
  try {
    for (const f of scenario.fridges) {
      const flog = log.child({ fridge: f.id, component: 'link' });
      const link =
        linkKind === 'memory' ? new MemoryLink()
        : linkKind === 'pty' ? await PtyLink.open(flog, f.id, o.ptyDir ?? ownPtyDir)
        : await TcpLink.listen(flog, o.host ?? '127.0.0.1');
      links.set(f.id, link);
    }
  } catch (err) {
    await Promise.all([...links.values()].map((l) => l.close()));
    await removePtyDir();
    throw err;
  }
  const world = new FridgeWorld({ scenario, clock, rng: createRng(scenario.seed), logger: log, links, autopilot: o.autopilot ?? true });
  world.start();
  for (const f of scenario.fridges) {
    const ep = links.get(f.id)?.endpoint;
    log.info({ fridge: f.id, endpoint: ep?.kind === 'memory' ? 'memory' : ep }, 'controller ready');
  }

  const link = (id: string): SerialLink => world.link(id);
  let closed: Promise<void> | undefined;
  return {
    scenario,
    clock,
    linkKind,
    fridges: () =>
      scenario.fridges.map((f) => ({ fridgeId: f.id, district: f.district, name: f.name, lat: f.lat, lon: f.lon, endpoint: link(f.id).endpoint })),
    endpoint: (id) => link(id).endpoint,
    serialArg: (id) => {
      const ep = link(id).endpoint;
      if (ep.kind === 'memory') throw new Error('a memory link has no address for an external edge');
      return ep.kind === 'tcp' ? ep.url : ep.path;
    },
    shopperSession: (id, opts) => world.shopperSession(id, opts),
    reserve: (id, user, gtin) => world.reserve(id, user, gtin),
    pickup: (id, user) => world.pickup(id, user),
    restock: (id) => Promise.all((id === undefined ? world.fridgeIds() : [id]).map((f) => world.restock(f))),
    fault: (id, code, text) => world.fault(id, code, text),
    reboot: (id, ms) => world.reboot(id, ms),
    linkDown: (id, ms) => world.linkDown(id, ms),
    linkUp: (id) => world.linkUp(id),
    temperatureExcursion: (id, ms, peak) => world.temperatureExcursion(id, ms, peak),
    truth: () => world.snapshot(),
    controllerStats: (id) => ({ ...world.controller(id).stats }),
    tapLines: (id, fn) => world.controller(id).tap(fn),
    on: (fn) => world.on(fn),
    quiescent: () => world.whenQuiet(),
    close: () => {
      closed ??= (async () => {
        await world.stop();
        if (ownsClock) clock.dispose();
        await Promise.all([...links.values()].map((l) => l.close()));
        await removePtyDir();
        log.info('simulation closed');
      })();
      return closed;
    },
  };
}
