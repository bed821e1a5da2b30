import mqtt, { type MqttClient } from 'mqtt';
import { AckStatus, decodeBatch, encodeAck, parseTopic, topics, type farmacy } from '../proto/index.js';

export interface ReceivedEvent {
  fridgeId: string;
  epoch: string;
  seq: number;
  event: farmacy.fridge.v1.IFridgeEvent;
}

/**
 * A small stand-in for the cloud ingest: subscribes to every fridge's batches, applies the
 * protocol's cursor rules (docs/protocol.md) and acknowledges. Everything it "commits" is in
 * `committed`, in order; raw deliveries (duplicates included) are counted.
 */
export class TestAcker {
  readonly committed: ReceivedEvent[] = [];
  readonly cursors = new Map<string, { epoch: string; seq: number }>();
  deliveries = 0;
  duplicates = 0;
  gaps = 0;
  /** When false, batches are received but not acknowledged (a cloud that is down). */
  acking = true;
  private waiters: Array<() => void> = [];

  private constructor(private readonly client: MqttClient) {}

  static async start(url: string): Promise<TestAcker> {
    const client = await mqtt.connectAsync(url, { clientId: `test-acker-${process.pid}-${Math.random()}`, reconnectPeriod: 100, clean: true });
    const a = new TestAcker(client);
    client.on('message', (topic, payload) => a.onBatch(topic, payload));
    client.on('connect', () => void client.subscribeAsync(topics.districtFilter('+', 'batch'), { qos: 1 }));
    await client.subscribeAsync(topics.districtFilter('+', 'batch'), { qos: 1 });
    return a;
  }

  private onBatch(topic: string, payload: Buffer): void {
    const t = parseTopic(topic);
    const r = decodeBatch(payload);
    if (t === undefined || !r.ok || !this.acking) return;
    const b = r.value;
    this.deliveries++;
    const cur = this.cursors.get(t.fridgeId);
    let committed = cur && cur.epoch === b.epoch ? cur.seq : 0;
    const prev = b.prevSeq ?? 0;
    let status = AckStatus.OK;
    if (prev > committed) {
      status = AckStatus.GAP;
      this.gaps++;
    } else {
      for (const ev of b.events) {
        const seq = ev.seq ?? 0;
        if (seq <= committed) {
          this.duplicates++;
          continue;
        }
        this.committed.push({ fridgeId: t.fridgeId, epoch: b.epoch ?? '', seq, event: ev });
        committed = seq;
      }
      this.cursors.set(t.fridgeId, { epoch: b.epoch ?? '', seq: committed });
    }
    const last = b.events[b.events.length - 1]?.seq ?? 0;
    this.client.publish(topics.ack(t.district, t.fridgeId), Buffer.from(encodeAck({ epoch: b.epoch ?? '', committedSeq: committed, status, batchLastSeq: last, batchSentAtMs: b.sentAtMs ?? 0 })), { qos: 1 });
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `pred` holds, re-checked after every batch; rejects after `timeoutMs`. */
  async waitFor(pred: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  eventsOf(fridgeId: string): ReceivedEvent[] {
    return this.committed.filter((e) => e.fridgeId === fridgeId);
  }

  async stop(): Promise<void> {
    await this.client.endAsync(true);
  }
}
