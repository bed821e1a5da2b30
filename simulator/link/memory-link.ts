import type { SerialLink as EdgeSerialLink } from '../../edge/serial/index.js';
import { LinkEvents, type LinkEndpoint, type MemoryEdgeEnd, type SerialLink } from './serial-link.js';

/** An in-process cable: synchronous, no sockets. The edge end is always attached unless vanished. */
export class MemoryLink implements SerialLink {
  readonly endpoint: LinkEndpoint;
  private up = true;
  private readonly events = new LinkEvents();
  private readonly edgeListeners = new Set<(chunk: string) => void>();
  private readonly vanishListeners = new Set<() => void>();

  constructor() {
    const edge: MemoryEdgeEnd = {
      write: (data) => {
        if (this.up) this.events.emitData(Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1'));
      },
      onData: (fn) => {
        this.edgeListeners.add(fn);
        return () => this.edgeListeners.delete(fn);
      },
      onVanish: (fn) => {
        this.vanishListeners.add(fn);
        return () => this.vanishListeners.delete(fn);
      },
      get connected() {
        return true;
      },
    };
    this.endpoint = { kind: 'memory', edge };
  }

  get isUp(): boolean {
    return this.up;
  }
  get connected(): boolean {
    return this.up;
  }
  write(data: string): void {
    if (!this.up) return;
    for (const f of this.edgeListeners) f(data);
  }
  onData(fn: (chunk: Buffer) => void): void {
    this.events.onData(fn);
  }
  onDisconnect(fn: () => void): void {
    this.events.onDisconnect(fn);
  }
  waitConnected(): Promise<void> {
    return this.events.waitConnected(this.up);
  }
  async vanish(): Promise<void> {
    if (!this.up) return;
    this.up = false;
    this.events.emitDisconnect();
    for (const f of [...this.vanishListeners]) f();
  }
  async restore(): Promise<void> {
    this.up = true;
    this.events.emitConnected();
  }
  async close(): Promise<void> {
    this.up = false;
    this.edgeListeners.clear();
  }
}

/**
 * The edge's end of a MemoryLink as the edge agent's SerialLink (edge/serial): an agent and a
 * simulated controller in one process, no sockets. Opening fails while the device is gone; the
 * device vanishing is a loss, as a USB adapter unplugged.
 */
export class MemoryEdgeLink implements EdgeSerialLink {
  readonly description = 'memory';
  private unsubscribe: (() => void)[] = [];
  private dataCb: ((chunk: Buffer) => void) | undefined;
  private lostCb: ((err: Error | undefined) => void) | undefined;
  private open_ = false;

  constructor(private readonly cable: MemoryLink) {}

  async open(): Promise<void> {
    if (!this.cable.isUp) throw new Error('memory link: the device is gone');
    const edge = this.edgeEnd();
    this.open_ = true;
    this.unsubscribe = [
      edge.onData((chunk) => this.dataCb?.(Buffer.from(chunk, 'latin1'))),
      edge.onVanish(() => {
        if (!this.open_) return;
        this.detach();
        this.lostCb?.(new Error('memory link: the device vanished'));
      }),
    ];
  }

  write(data: string): void {
    if (this.open_) this.edgeEnd().write(data);
  }

  async close(): Promise<void> {
    this.detach();
  }

  onData(cb: (chunk: Buffer) => void): void {
    this.dataCb = cb;
  }

  onLost(cb: (err: Error | undefined) => void): void {
    this.lostCb = cb;
  }

  private detach(): void {
    this.open_ = false;
    for (const u of this.unsubscribe.splice(0)) u();
  }

  private edgeEnd(): MemoryEdgeEnd {
    const ep = this.cable.endpoint;
    if (ep.kind !== 'memory') throw new Error('not a memory link');
    return ep.edge;
  }
}
