import { Readable } from 'node:stream';

/** The part of an aedes persistence that retained messages go through (aedes-persistence 11). */
export interface RetainedPersistence {
  storeRetained(packet: RetainedPacket, cb: (err?: Error | null) => void): unknown;
  createRetainedStreamCombi(patterns: string[]): Readable;
}

export interface RetainedPacket {
  topic: string;
  payload: Buffer;
  [key: string]: unknown;
}

const isWildcard = (pattern: string): boolean => pattern.includes('+') || pattern.includes('#');

/**
 * aedes' memory persistence answers every SUBSCRIBE by testing each of its retained messages
 * against each filter. Every fridge retains its birth (or will), so when a fleet reconnects at
 * once (issue 12's storm) 1,000 subscribes test 1,000 topics each: a tenth of the cloud's CPU
 * in the storm's first seconds, on the loop that acknowledges live door sessions (measured,
 * docs/benchmarks.md). A fridge subscribes to exact topics (its ack and cmd topics: no
 * wildcards), and an exact filter matches exactly one topic (MQTT 3.1.1 §4.7), so those are
 * answered from an index by topic; a filter with a wildcard (the ingest's) still takes the
 * persistence's own scan.
 */
export function indexRetainedByTopic(persistence: RetainedPersistence): void {
  const byTopic = new Map<string, RetainedPacket>();
  const storeRetained = persistence.storeRetained.bind(persistence);
  const scan = persistence.createRetainedStreamCombi.bind(persistence);
  persistence.storeRetained = (packet, cb) => {
    // As the persistence does: an empty payload clears the topic's retained message.
    if (packet.payload.length === 0) byTopic.delete(packet.topic);
    else byTopic.set(packet.topic, { ...packet });
    return storeRetained(packet, cb);
  };
  persistence.createRetainedStreamCombi = (patterns) => {
    if (patterns.some(isWildcard)) return scan(patterns);
    const found: RetainedPacket[] = [];
    for (const topic of new Set(patterns)) {
      const packet = byTopic.get(topic);
      if (packet !== undefined) found.push(packet);
    }
    return Readable.from(found);
  };
}
