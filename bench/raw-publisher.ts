// Baseline for the drain benchmark: a bare MQTT client that publishes the same batches
// (pre-assembled, nothing read from SQLite, nothing deleted) with the same window of
// batches in flight, waiting for the same acknowledgements. Prints events/s as JSON.
import mqtt from 'mqtt';
import { assembleBatch, decodeAck, encodeFridgeEvent, topics } from '../proto/index.js';

const [url, totalArg, perBatchArg, windowArg] = process.argv.slice(2);
const total = Number(totalArg);
const perBatch = Number(perBatchArg);
const window = Number(windowArg);
const fridgeId = 'raw-baseline';
const district = 'bench';
const epoch = 'raw-epoch';

const batches: Uint8Array[] = [];
for (let first = 1; first <= total; first += perBatch) {
  const events: Uint8Array[] = [];
  for (let seq = first; seq < first + perBatch && seq <= total; seq++) {
    events.push(encodeFridgeEvent({ seq, recordedAtMs: 1_700_000_000_000 + seq, temperature: { sensor: 1, deciCelsius: 30 + (seq % 50) } }));
  }
  batches.push(assembleBatch({ fridgeId, epoch, prevSeq: first - 1, sentAtMs: Date.now() }, events));
}

const client = await mqtt.connectAsync(url!, { clientId: `raw-${process.pid}`, clean: true });
await client.subscribeAsync(topics.ack(district, fridgeId), { qos: 1 });
let next = 0;
let acked = 0;
const t0 = performance.now();
await new Promise<void>((resolve) => {
  client.on('message', (_t, payload) => {
    const r = decodeAck(payload);
    if (!r.ok) return;
    acked = r.value.committedSeq ?? 0;
    if (acked >= total) resolve();
    else if (next < batches.length) client.publish(topics.batch(district, fridgeId), Buffer.from(batches[next++]!), { qos: 1 });
  });
  for (; next < Math.min(window, batches.length); next++) client.publish(topics.batch(district, fridgeId), Buffer.from(batches[next]!), { qos: 1 });
});
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ eventsPerSecond: (total / ms) * 1000, ms }) + '\n');
await client.endAsync();
