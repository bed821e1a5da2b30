// The worker thread of ReadWorker (read-pool.ts): the client reads of a SQLite store, on a
// read-only connection of its own. It answers each request with the bytes to send.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteCloudStore } from '../store/sqlite-store.js';
import { ClientReads, fridgesAnswer } from './client-reads.js';
import type { ReadRequest, ReadResponse } from './read-pool.js';

const port = parentPort;
if (port === null) throw new Error('read-worker.ts runs as a worker thread');
const { dataDir } = workerData as { dataDir: string };
const store = new SqliteCloudStore(dataDir, { readOnly: true });
const reads = new ClientReads({ registry: store, readModel: store, eventStore: store });

async function answer(m: ReadRequest): Promise<ReadResponse> {
  try {
    if (m.kind === 'catalog') {
      const { body, etag } = await reads.catalog(m.query);
      return { id: m.id, ok: true, body, etag, renders: reads.renders };
    }
    return { id: m.id, ok: true, body: JSON.stringify(await fridgesAnswer(reads, m.query)), etag: undefined, renders: reads.renders };
  } catch (err) {
    return { id: m.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

// One at a time: the store is synchronous, the answers leave in order.
let chain: Promise<void> = Promise.resolve();
port.on('message', (m: ReadRequest | 'close') => {
  if (m === 'close') {
    chain = chain.then(async () => {
      await store.close();
      port.close();
    });
    return;
  }
  chain = chain.then(async () => port.postMessage(await answer(m)));
});
