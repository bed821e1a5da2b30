import { EventEmitter, once } from 'node:events';
import { Readable } from 'node:stream';
import aedesPersistence from 'aedes-persistence';
import { describe, expect, it } from 'vitest';
import { indexRetainedByTopic, type RetainedPacket, type RetainedPersistence } from '../../../cloud/broker/retained-index.js';

// aedes-persistence is CommonJS: its default import is the factory its typings call `default`.
const memory = aedesPersistence as unknown as () => unknown;

const packet = (topic: string, payload: string): RetainedPacket => ({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain: true });

async function topicsOf(stream: Readable): Promise<string[]> {
  const out: string[] = [];
  for await (const p of stream) out.push(`${(p as RetainedPacket).topic}=${(p as RetainedPacket).payload.toString()}`);
  return out.sort();
}

async function setup(): Promise<{ p: RetainedPersistence; scans: string[][] }> {
  const p = memory() as unknown as RetainedPersistence & EventEmitter & { broker: unknown };
  const ready = once(p, 'ready');
  p.broker = { id: 'test', on: () => undefined }; // how aedes starts its persistence
  await ready;
  const scans: string[][] = [];
  const scan = p.createRetainedStreamCombi.bind(p);
  p.createRetainedStreamCombi = (patterns) => { scans.push(patterns); return scan(patterns); };
  indexRetainedByTopic(p);
  const store = (pk: RetainedPacket): Promise<void> => new Promise((resolve, reject) => { p.storeRetained(pk, (err) => (err ? reject(err) : resolve())); });
  for (let i = 0; i < 50; i++) await store(packet(`farmacy/v1/d/f${i}/status`, `ONLINE ${i}`));
  await store(packet('farmacy/v1/d/f1/cmd', 'snapshot'));
  await store(packet('farmacy/v1/d/f2/cmd', 'x'));
  await store(packet('farmacy/v1/d/f2/cmd', '')); // cleared
  return { p, scans };
}

describe('retained messages indexed by topic', () => {
  it('answers an exact filter from the index, with what the scan would answer, without scanning', async () => {
    const { p, scans } = await setup();
    expect(await topicsOf(p.createRetainedStreamCombi(['farmacy/v1/d/f1/cmd', 'farmacy/v1/d/f1/ack']))).toEqual(['farmacy/v1/d/f1/cmd=snapshot']);
    expect(await topicsOf(p.createRetainedStreamCombi(['farmacy/v1/d/f2/cmd']))).toEqual([]);
    expect(await topicsOf(p.createRetainedStreamCombi(['farmacy/v1/d/f7/status']))).toEqual(['farmacy/v1/d/f7/status=ONLINE 7']);
    expect(scans).toEqual([]);
  });

  it('leaves a filter with a wildcard to the persistence', async () => {
    const { p, scans } = await setup();
    const all = await topicsOf(p.createRetainedStreamCombi(['farmacy/v1/+/+/status']));
    expect(all).toHaveLength(50);
    expect(await topicsOf(p.createRetainedStreamCombi(['farmacy/v1/d/#']))).toHaveLength(51);
    expect(scans).toEqual([['farmacy/v1/+/+/status'], ['farmacy/v1/d/#']]);
  });
});
