// Feed subscribe work that would outlive its client (issue 11 item 10): 100 subscribe frames
// followed by a disconnect kept snapshots running for nobody while other districts' fridges
// waited for their acks. Counted, not timed: the store's snapshot reads (a spy on the real
// store).
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { encodeClientMessage } from '../../../proto/feed.js';
import { LASAGNA, SALAD, useCloud, type Cloud } from './harness.js';

const MITTE = { lat: 52.52, lon: 13.405 };
const PANKOW = { lat: 52.57, lon: 13.4 };

async function metric(cloud: Cloud, name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = await cloud.app.metrics.registry.getSingleMetric(name)?.get();
  return (m?.values ?? []).filter((x) => Object.entries(labels).every(([k, l]) => x.labels[k] === l)).reduce((n, x) => n + x.value, 0);
}

/** Lets the event loop turn `n` times: whatever work was still queued gets its chance to run. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('feed subscribe floods (integration: real app, real WebSocket clients)', () => {
  const start = useCloud();

  it('drops the queued subscribes of a client that disconnected: a bounded number of snapshot reads, and another district is acknowledged meanwhile', async () => {
    const cloud = await start();
    for (let i = 0; i < 5; i++) await cloud.fridge(`mitte-${i}`, 'mitte', MITTE, { [LASAGNA]: 3, [SALAD]: 2 });
    const other = await cloud.fridge('pankow-1', 'pankow', PANKOW, { [LASAGNA]: 1 });
    const reads = vi.spyOn(cloud.app.store, 'stockSnapshot');

    // A raw client: 100 subscribe frames, then it leaves (close after the frames, in order).
    const ws = new WebSocket(`ws://127.0.0.1:${cloud.port}/v1/feed`);
    await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
    for (let i = 0; i < 100; i++) ws.send(encodeClientMessage({ requestId: `s${i}`, subscribe: { districts: ['mitte'] } }, 'json'));
    ws.close();
    await new Promise<void>((resolve) => ws.once('close', () => resolve()));

    // Another district's fridge is acknowledged while (or after) that happens.
    await other.temperature(41);
    const readsAtAck = reads.mock.calls.length;
    expect(readsAtAck).toBeLessThanOrEqual(2);

    // The server saw the close; give the event loop many turns: nothing more is read.
    for (let i = 0; i < 100 && (await metric(cloud, 'ff_cloud_feed_connections')) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await metric(cloud, 'ff_cloud_feed_connections')).toBe(0);
    await turns(50);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    expect(await metric(cloud, 'ff_cloud_feed_snapshot_reads_total')).toBe(reads.mock.calls.length);
    // What was not done is counted: replaced while waiting, or dropped with the connection.
    expect(await metric(cloud, 'ff_cloud_feed_requests_skipped_total')).toBeGreaterThanOrEqual(98);
  });

  it('keeps at most one subscribe waiting per connection: a newer one replaces it, the replaced ones are answered FF_ERR_FEED_SUPERSEDED', async () => {
    const cloud = await start();
    await cloud.fridge('mitte-1', 'mitte', MITTE, { [LASAGNA]: 3 });
    await cloud.fridge('pankow-1', 'pankow', PANKOW, { [SALAD]: 4 });
    const reads = vi.spyOn(cloud.app.store, 'stockSnapshot');
    const client = await cloud.feed();
    await client.next((m) => m.welcome !== undefined);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(client.send({ subscribe: { districts: [i % 2 === 0 ? 'mitte' : 'pankow'] } }));

    // The last one (pankow) is answered with its snapshot; every request is answered once.
    const snap = await client.next((m) => m.requestId === ids[49] && m.snapshot !== undefined);
    expect((snap.snapshot?.fridges ?? []).map((f) => f.fridgeId)).toEqual(['pankow-1']);
    await turns(20);
    const answers = client.messages.filter((m) => m.requestId !== undefined && m.requestId !== '');
    expect(answers.map((m) => m.requestId).sort()).toEqual([...ids].sort());
    const superseded = answers.filter((m) => m.error?.code === 'FF_ERR_FEED_SUPERSEDED');
    expect(superseded.length).toBeGreaterThanOrEqual(47);
    expect(superseded[0]!.error!.message).toMatch(/replaced by request/);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(3);
    expect(await metric(cloud, 'ff_cloud_feed_client_errors_total', { code: 'FF_ERR_FEED_SUPERSEDED' })).toBe(superseded.length);

    // And it is live on the last subscription only.
    const pankow = await cloud.fridge('pankow-2', 'pankow', PANKOW);
    await pankow.temperature(37);
    const live = await client.next((m) => m.event?.temperatureRecorded !== undefined);
    expect(live.event!.fridgeId).toBe('pankow-2');
  });

  it('a newer subscribe that arrives while the snapshot of the older one is being read replaces it: the older one is answered FF_ERR_FEED_SUPERSEDED, not with its snapshot', async () => {
    const cloud = await start();
    await cloud.fridge('mitte-1', 'mitte', MITTE, { [LASAGNA]: 3 });
    await cloud.fridge('pankow-1', 'pankow', PANKOW, { [SALAD]: 4 });
    const store = cloud.app.store;
    const original = store.stockSnapshot.bind(store);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first snapshot read is held until the newer subscribe has been sent.
    const reads = vi.spyOn(store, 'stockSnapshot').mockImplementationOnce(async (ids) => {
      await gate;
      return original(ids);
    });
    const client = await cloud.feed();
    await client.next((m) => m.welcome !== undefined);
    const older = client.send({ subscribe: { districts: ['mitte'] } });
    await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
    // Two more: the one waiting is replaced at once, which shows the server has the newest
    // before the read ends (a ping would wait behind the subscribe being read).
    const middle = client.send({ subscribe: { districts: ['mitte'] } });
    const newer = client.send({ subscribe: { districts: ['pankow'] } });
    await client.next((m) => m.requestId === middle && m.error?.code === 'FF_ERR_FEED_SUPERSEDED');
    release();
    const snap = await client.next((m) => m.requestId === newer && m.snapshot !== undefined);
    expect((snap.snapshot?.fridges ?? []).map((f) => f.fridgeId)).toEqual(['pankow-1']);
    const answersToOlder = client.messages.filter((m) => m.requestId === older);
    expect(answersToOlder.map((m) => m.error?.code ?? Object.keys(m).find((k) => k !== 'requestId'))).toEqual(['FF_ERR_FEED_SUPERSEDED']);
    expect(await metric(cloud, 'ff_cloud_feed_requests_skipped_total', { reason: 'superseded' })).toBe(2);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
