// Client reads of the embedded SQLite store in a worker thread (issue 12 item 4: a read cannot
// stall an ack). /v1/catalog and /v1/fridges of a large area are tens of milliseconds of
// synchronous SQLite and JSON each; on the event loop they took turns with the fridges' acks
// (the read lane bounded how often, not how long: the largest one held an ack up ~40 ms). The
// worker reads on a connection of its own (WAL: every read sees what had committed when it
// began, as on the main connection) and answers with the bytes to send; the event loop only
// passes them on. With PostgreSQL the reads stay in the process (they are I/O there).
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { spawnWorker } from '../../shared/worker-thread.js';
import { ReadLaneFull } from '../core/index.js';
import type { RenderedCatalog } from './client-reads.js';
import type { ScopeQuery } from './validation.js';

export type ReadRequest = { id: number; kind: 'catalog' | 'fridges'; query: ScopeQuery };
export type ReadResponse = { id: number; ok: true; body: string; etag: string | undefined; /** catalogs rendered by the worker so far */ renders: number } | { id: number; ok: false; message: string };

/** More reads waiting than the worker takes: refused (FF_ERR_READS_BUSY), as the read lane's. */
export class ReadWorkerBusy extends ReadLaneFull {}

export class ReadWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (r: ReadResponse & { ok: true }) => void; reject: (err: Error) => void }>();
  private next = 1;
  private failed: Error | undefined;
  private closing = false;
  private exited: Promise<void> = Promise.resolve();
  /** Reads answered by the worker, and catalogs it rendered (not served from its memo): tests, benchmarks. */
  answered = 0;
  renders = 0;

  constructor(private readonly dataDir: string, private readonly log: Logger, private readonly maxQueued = 2_000) {}

  /** Started on the first read: a cloud nobody reads from keeps no thread for it. */
  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = spawnWorker(import.meta.url, 'read-worker', { dataDir: this.dataDir });
    worker.on('message', (m: ReadResponse) => {
      const p = this.pending.get(m.id);
      if (p === undefined) return;
      this.pending.delete(m.id);
      this.answered += 1;
      if (m.ok) {
        this.renders = m.renders;
        p.resolve(m);
      }
      if (!m.ok) p.reject(new Error(m.message));
    });
    worker.on('error', (err) => this.fail(err));
    this.exited = new Promise((resolve) => worker.once('exit', () => {
      if (!this.closing) this.fail(new Error('the read worker exited'));
      resolve();
    }));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Whether it can take reads (after a failure, or once closing, the caller reads in its own process). */
  get usable(): boolean {
    return this.failed === undefined && !this.closing;
  }

  private fail(err: Error): void {
    if (this.failed === undefined) this.log.error({ err }, 'read worker failed: client reads run in the process again');
    this.failed ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private ask(kind: ReadRequest['kind'], query: ScopeQuery): Promise<ReadResponse & { ok: true }> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    if (this.pending.size >= this.maxQueued) return Promise.reject(new ReadWorkerBusy(this.pending.size));
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, kind, query } satisfies ReadRequest);
    });
  }

  async catalog(query: ScopeQuery): Promise<RenderedCatalog> {
    const r = await this.ask('catalog', query);
    return { body: r.body, etag: r.etag ?? '' };
  }

  /** GET /v1/fridges's body (JSON). */
  async fridges(query: ScopeQuery): Promise<string> {
    return (await this.ask('fridges', query)).body;
  }

  /** Ends the thread as a crash would (tests: the reads go on in the process). */
  async crash(): Promise<void> {
    await this.worker?.terminate();
    await this.exited;
  }

  /** Answers what was asked, then closes the worker's connection and ends it. */
  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (worker === undefined) return;
    if (this.failed === undefined) worker.postMessage('close');
    else await worker.terminate();
    await this.exited;
  }
}
