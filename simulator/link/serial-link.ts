// The serial cable between a simulated controller and an edge agent. The controller writes
// bytes into it and gets the edge's bytes out; with nobody on the other end, written bytes
// are lost as on a UART. `vanish()` is the device disappearing (USB adapter unplugged,
// ser2net gone); `restore()` brings it back at the same endpoint.

export type LinkEndpoint =
  /** The edge connects as a TCP client: `--serial tcp://host:port`. */
  | { kind: 'tcp'; host: string; port: number; url: string }
  /** The edge opens `path`; the controller holds `controllerPath`, the other end of a socat PTY pair. */
  | { kind: 'pty'; path: string; controllerPath: string }
  /** In-process, for tests: `edge` plays the edge's end. */
  | { kind: 'memory'; edge: MemoryEdgeEnd };

export interface MemoryEdgeEnd {
  /** Bytes to the controller. */
  write(data: string | Buffer): void;
  /** Bytes from the controller; returns an unsubscribe function. */
  onData(fn: (chunk: string) => void): () => void;
  /** The device vanished; returns an unsubscribe function. */
  onVanish(fn: () => void): () => void;
  readonly connected: boolean;
}

export interface SerialLink {
  readonly endpoint: LinkEndpoint;
  readonly isUp: boolean;
  /** An edge is on the other end right now. */
  readonly connected: boolean;
  /** Controller -> edge. */
  write(data: string): void;
  /** Edge -> controller bytes. */
  onData(fn: (chunk: Buffer) => void): void;
  /** The other end went away (a partial input line is lost). */
  onDisconnect(fn: () => void): void;
  /** Resolves when an edge is connected (immediately if it already is). */
  waitConnected(): Promise<void>;
  vanish(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Plain listener lists shared by the adapters. */
export class LinkEvents {
  private readonly data: ((c: Buffer) => void)[] = [];
  private readonly disc: (() => void)[] = [];
  private connWaiters: (() => void)[] = [];

  onData(fn: (c: Buffer) => void): void {
    this.data.push(fn);
  }
  onDisconnect(fn: () => void): void {
    this.disc.push(fn);
  }
  emitData(c: Buffer): void {
    for (const f of this.data) f(c);
  }
  emitDisconnect(): void {
    for (const f of this.disc) f();
  }
  waitConnected(connected: boolean): Promise<void> {
    if (connected) return Promise.resolve();
    return new Promise((r) => this.connWaiters.push(r));
  }
  emitConnected(): void {
    const w = this.connWaiters;
    this.connWaiters = [];
    for (const f of w) f();
  }
}
