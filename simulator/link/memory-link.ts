import { LinkEvents, type LinkEndpoint, type MemoryEdgeEnd, type SerialLink } from './serial-link.js';

/** An in-process cable: synchronous, no sockets. The edge end is always attached unless vanished. */
export class MemoryLink implements SerialLink {
  readonly endpoint: LinkEndpoint;
  private up = true;
  private readonly events = new LinkEvents();
  private readonly edgeListeners = new Set<(chunk: string) => void>();

  constructor() {
    const edge: MemoryEdgeEnd = {
      write: (data) => {
        if (this.up) this.events.emitData(Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1'));
      },
      onData: (fn) => {
        this.edgeListeners.add(fn);
        return () => this.edgeListeners.delete(fn);
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
    this.up = false;
    this.events.emitDisconnect();
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
