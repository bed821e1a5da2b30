// docs/protocol.md "Refused batches" (issue 11 item 8), edge half: a cloud that answers
// REJECTED without moving past a batch never makes the edge resend it forever. A real aedes
// broker, the real Forwarder on an in-memory outbox, and a stand-in cloud that refuses, unread,
// every batch that holds one poisoned event.
import mqtt, { type MqttClient } from 'mqtt';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { MAX_REFUSALS, Forwarder } from '../../../edge/forwarder/forwarder.js';
import { createEdgeMetrics } from '../../../edge/metrics.js';
import { MemoryOutbox } from '../../../edge/outbox/outbox-memory.js';
import { AckStatus, decodeBatch, encodeAck, parseTopic, topics } from '../../../proto/index.js';
import { TestBroker } from '../../../testkit/broker.js';
import { until } from '../../support/lifecycle.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

/** Applies docs/protocol.md's cursor rules, acknowledged_through included; refuses unread every batch holding `poison`. */
class RefusingCloud {
  committed: number[] = [];
  cursor = { epoch: '', seq: 0 };
  poisonDeliveries = 0;
  lost = 0;
  constructor(private readonly client: MqttClient, private readonly poison: number) {
    client.on('message', (topic, payload) => this.onBatch(topic, payload));
  }
  private onBatch(topic: string, payload: Buffer): void {
    const t = parseTopic(topic);
    const r = decodeBatch(payload);
    if (t === undefined || !r.ok) return;
    const b = r.value;
    const seqs = b.events.map((e) => Number(e.seq ?? 0));
    const ack = (a: Parameters<typeof encodeAck>[0]): void => void this.client.publish(topics.ack(t.district, t.fridgeId), Buffer.from(encodeAck(a)), { qos: 1 });
    if (seqs.includes(this.poison)) {
      this.poisonDeliveries++;
      ack({ epoch: '', committedSeq: 0, status: AckStatus.REJECTED, reason: 'undecodable' });
      return;
    }
    let committed = this.cursor.epoch === b.epoch ? this.cursor.seq : 0;
    const prev = Number(b.prevSeq ?? 0);
    const through = Number(b.acknowledgedThrough ?? 0);
    if (prev > committed) {
      if (through < prev || through <= committed) {
        ack({ epoch: b.epoch ?? '', committedSeq: committed, status: AckStatus.GAP });
        return;
      }
      this.lost += prev - committed;
      committed = prev;
    }
    for (const s of seqs) if (s > committed) this.committed.push((committed = s));
    this.cursor = { epoch: b.epoch ?? '', seq: committed };
    ack({ epoch: b.epoch ?? '', committedSeq: committed, status: AckStatus.OK, batchLastSeq: seqs.at(-1) ?? 0 });
  }
}

it('stops resending a batch the cloud refuses unread: narrows it down to the one event, quarantines that, delivers the rest', async () => {
  const broker = await TestBroker.start();
  closers.push(() => broker.down());
  const cloudClient = await mqtt.connectAsync(broker.url, { clientId: 'stand-in-cloud', reconnectPeriod: 0 });
  closers.push(() => cloudClient.endAsync(true));
  await cloudClient.subscribeAsync(topics.districtFilter('+', 'batch'), { qos: 1 });

  const outbox = new MemoryOutbox('f1');
  // Seq 1 is the outbox's own OutboxReset; 2..7 are readings; 4 is the one the cloud refuses.
  outbox.append([2, 3, 4, 5, 6, 7].map((i) => ({ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 40 + i } })));
  const cloud = new RefusingCloud(cloudClient, 4);
  const metrics = createEdgeMetrics();
  const forwarder = new Forwarder({
    outbox,
    fridgeId: 'f1',
    district: 'd1',
    mqttUrl: broker.url,
    lingerMs: 10,
    maxBatchEvents: 100,
    maxBatchBytes: 64 * 1024,
    maxInflight: 8,
    ackTimeoutMs: 1_000,
    maxEventsPerSecond: 10_000,
    keepaliveSec: 10,
    minBackoffMs: 50,
    maxBackoffMs: 200,
    agentVersion: 'test',
    controllerInfo: () => ({ firmwareVersion: 'fw', controllerSerial: 'c1' }),
    onCommand: () => undefined,
    log: pino({ level: 'silent' }),
    metrics,
  });
  forwarder.start();
  closers.push(() => forwarder.stop());

  await until('every other event delivered and the outbox empty', async () => (cloud.committed.includes(7) && outbox.stats().events === 0 ? true : undefined), 20_000, 20);
  expect(cloud.committed).toEqual([1, 2, 3, 5, 6, 7]);
  // Refused MAX_REFUSALS times in whole batches, then MAX_REFUSALS times alone (an ack timeout
  // on a loaded machine may add a resend).
  const deliveries = cloud.poisonDeliveries;
  expect(deliveries).toBeGreaterThanOrEqual(2 * MAX_REFUSALS);
  expect(deliveries).toBeLessThanOrEqual(2 * MAX_REFUSALS + 2);
  // Reported to the cloud as lost (acknowledged_through), so it takes the chain up after it.
  expect(cloud.lost).toBe(1);
  expect((await metrics.quarantinedEvents.get()).values).toEqual([{ value: 1, labels: { kind: 'telemetry', reason: 'undecodable' } }]);
  expect(JSON.parse(outbox.getMeta('last_quarantined') ?? '{}')).toMatchObject({ seq: 4, kind: 'telemetry', reason: 'undecodable' });

  // Nothing is resent afterwards, not even at the ack timeout; new events go out in batches again.
  outbox.append([{ recordedAtMs: Date.now(), temperature: { sensor: 1, deciCelsius: 48 } }]);
  forwarder.notify();
  await until('the next event delivered', async () => (cloud.committed.includes(8) ? true : undefined), 20_000, 20);
  await new Promise((r) => setTimeout(r, 2_500));
  expect(cloud.poisonDeliveries).toBe(deliveries);
  expect(cloud.committed).toEqual([1, 2, 3, 5, 6, 7, 8]);
});
