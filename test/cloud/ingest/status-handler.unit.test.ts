// Presence flapping (issue 11 item 11): a status held back by the window is the latest one,
// and it never applies after a newer status that ran first. The fridge's lane is played by
// hand here, so that the order in which its jobs run is the test's.
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandHandler } from '../../../cloud/core/command-handler.js';
import type { Lanes } from '../../../cloud/core/lanes.js';
import type { DistrictCommand } from '../../../cloud/domain/index.js';
import { StatusHandler } from '../../../cloud/ingest/status-handler.js';
import { createCloudMetrics } from '../../../cloud/metrics.js';
import type { FridgeRecord, RegistryReader } from '../../../cloud/store/index.js';
import { encodeStatus, StatusState } from '../../../proto/index.js';

afterEach(() => {
  vi.useRealTimers();
});

/** One fridge's lane: jobs queue in order and run when the test says. */
class HandLane {
  private readonly queue: Array<() => Promise<unknown>> = [];
  get waiting(): number {
    return this.queue.length;
  }
  submit<T>(_key: string, _lane: string, _weight: number, run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => this.queue.push(() => run().then(resolve, reject)));
  }
  /** Runs the next job to its end. */
  async next(): Promise<void> {
    const job = this.queue.shift();
    if (job === undefined) throw new Error('no job waits');
    await job();
  }
}

function handler() {
  const lane = new HandLane();
  const applied: string[] = [];
  const core = { handle: async (_d: string, c: DistrictCommand) => void applied.push(c.type === 'MarkFridgeOnline' ? 'online' : 'offline') };
  const fridge = { id: 'f1', district: 'd1' } as FridgeRecord;
  const registry = { getFridge: async () => fridge } as unknown as RegistryReader;
  const statuses = new StatusHandler({
    registry,
    core: core as unknown as CommandHandler,
    lanes: lane as unknown as Lanes,
    metrics: createCloudMetrics(),
    log: pino({ level: 'silent' }),
    owns: () => true,
    presence: { maxTransitions: 1, windowMs: 1_000 },
  });
  let bd = 0;
  const receive = (online: boolean): void => statuses.receive('d1', 'f1', Buffer.from(encodeStatus({ state: online ? StatusState.ONLINE : StatusState.OFFLINE, fridgeId: 'f1', epoch: 'e', bdSeq: ++bd, atMs: 1 })));
  return { lane, applied, receive, stop: () => statuses.stop() };
}

describe('StatusHandler: presence held back by the window', () => {
  it('never applies a held-back status after a newer one that ran first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { lane, applied, receive, stop } = handler();
    receive(true);
    await lane.next(); // online: the window's one transition
    receive(false);
    await lane.next(); // offline: held back until the window ends
    receive(true); // online again: queued in the lane, not run yet
    vi.advanceTimersByTime(1_000); // the window ends: the held-back status is queued behind it
    expect(lane.waiting).toBe(2);
    await lane.next(); // the newer status runs first, in a new window
    await lane.next(); // the held-back one, older: must not apply, now or later
    vi.advanceTimersByTime(5_000);
    while (lane.waiting > 0) await lane.next();
    expect(applied).toEqual(['online', 'online']);
    stop();
  });

  it('applies the latest held-back status when the window ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { lane, applied, receive, stop } = handler();
    receive(true);
    await lane.next();
    receive(false);
    await lane.next();
    receive(true);
    await lane.next(); // held back too, replacing the offline one
    expect(applied).toEqual(['online']);
    vi.advanceTimersByTime(1_000);
    await lane.next();
    expect(applied).toEqual(['online', 'online']);
    stop();
  });
});

describe('StatusHandler: births and deaths across outboxes (epochs)', () => {
  function statuses() {
    const lane = new HandLane();
    const applied: string[] = [];
    const core = { handle: async (_d: string, c: DistrictCommand) => void applied.push(c.type === 'MarkFridgeOnline' ? `online ${c.epoch}` : 'offline') };
    const registry = { getFridge: async () => ({ id: 'f1', district: 'd1' }) as FridgeRecord } as unknown as RegistryReader;
    const h = new StatusHandler({ registry, core: core as unknown as CommandHandler, lanes: lane as unknown as Lanes, metrics: createCloudMetrics(), log: pino({ level: 'silent' }), owns: () => true });
    const send = async (online: boolean, epoch: string, bdSeq: number): Promise<boolean> => {
      h.receive('d1', 'f1', Buffer.from(encodeStatus({ state: online ? StatusState.ONLINE : StatusState.OFFLINE, fridgeId: 'f1', epoch, bdSeq, atMs: 1 })));
      await lane.next();
      return h.isOnline('f1');
    };
    return { send, applied, stop: () => h.stop() };
  }

  it('a fridge whose outbox was wiped (a new epoch, bd_seq from 1 again) is online at its birth, and the late will of its old outbox does not take it offline', async () => {
    const { send, applied, stop } = statuses();
    expect(await send(true, 'E1', 50)).toBe(true);
    expect(await send(false, 'E1', 50)).toBe(false);
    expect(await send(true, 'E2', 1)).toBe(true); // dropped as "older than 50" before
    expect(await send(false, 'E1', 50)).toBe(true); // the old outbox's will, late: stale
    expect(await send(false, 'E2', 1)).toBe(false); // the new connection's own death counts
    expect(await send(true, 'E2', 2)).toBe(true);
    expect(await send(true, 'E2', 1)).toBe(true); // an older birth of the same outbox: ignored
    expect(applied).toEqual(['online E1', 'offline', 'online E2', 'offline', 'online E2']);
    stop();
  });

  it('a fridge back on an old outbox (restored, its own bd_seq going on) is online at its birth; a death without an epoch is judged by bd_seq', async () => {
    const { send, applied, stop } = statuses();
    expect(await send(true, 'E2', 3)).toBe(true);
    expect(await send(true, 'E1', 51)).toBe(true);
    expect(await send(false, '', 50)).toBe(true); // older than the latest birth's bd_seq: stale
    expect(await send(false, '', 51)).toBe(false);
    expect(applied).toEqual(['online E2', 'online E1', 'offline']);
    stop();
  });
});
