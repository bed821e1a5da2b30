import net from 'node:net';
import type { Logger } from 'pino';
import { LinkEvents, type LinkEndpoint, type SerialLink } from './serial-link.js';

/**
 * The controller's UART exposed like ser2net: the controller LISTENS and the edge connects as
 * a TCP client. One edge at a time: a new connection replaces the old one (ser2net's
 * "kickolduser"), because an edge that was killed may leave a half-open socket behind.
 * When the device vanishes, the connection is closed and the port refuses connections until
 * it is restored, on the same port.
 */
export class TcpLink implements SerialLink {
  private server: net.Server | undefined;
  private socket: net.Socket | undefined;
  private up = false;
  private port = 0;
  private readonly events = new LinkEvents();
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly host: string,
    private readonly log: Logger,
  ) {}

  static async listen(log: Logger, host = '127.0.0.1', port = 0): Promise<TcpLink> {
    const link = new TcpLink(host, log);
    await link.start(port);
    return link;
  }

  get endpoint(): LinkEndpoint {
    return { kind: 'tcp', host: this.host, port: this.port, url: `tcp://${this.host}:${this.port}` };
  }
  get isUp(): boolean {
    return this.up;
  }
  get connected(): boolean {
    return this.socket !== undefined;
  }

  write(data: string): void {
    const s = this.socket;
    if (s === undefined || s.destroyed || !s.writable) return;
    // latin1: a corrupted line may carry any byte value, one byte per char.
    s.write(Buffer.from(data, 'latin1'));
  }
  onData(fn: (chunk: Buffer) => void): void {
    this.events.onData(fn);
  }
  onDisconnect(fn: () => void): void {
    this.events.onDisconnect(fn);
  }
  waitConnected(): Promise<void> {
    return this.events.waitConnected(this.connected);
  }

  async vanish(): Promise<void> {
    if (!this.up) return;
    this.up = false;
    await this.stopServer();
    this.log.info({ port: this.port }, 'serial link vanished');
  }

  async restore(): Promise<void> {
    if (this.up) return;
    await this.start(this.port);
    this.log.info({ port: this.port }, 'serial link restored');
  }

  async close(): Promise<void> {
    this.up = false;
    await this.stopServer();
  }

  private async start(port: number): Promise<void> {
    const server = net.createServer((s) => this.accept(s));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: this.host, port, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => this.log.warn({ err }, 'serial link server error'));
    const addr = server.address();
    if (addr === null || typeof addr === 'string') throw new Error('TCP link: no port');
    this.port = addr.port;
    this.server = server;
    this.up = true;
  }

  private accept(s: net.Socket): void {
    this.sockets.add(s);
    s.setNoDelay(true);
    const old = this.socket;
    this.socket = s;
    if (old !== undefined) {
      this.log.info('edge reconnected; dropping the previous connection');
      old.destroy();
    }
    s.on('data', (c: Buffer) => {
      if (this.socket === s) this.events.emitData(c);
    });
    s.on('error', (err) => this.log.debug({ err }, 'edge socket error'));
    s.on('close', () => {
      this.sockets.delete(s);
      if (this.socket === s) {
        this.socket = undefined;
        this.events.emitDisconnect();
      }
    });
    this.events.emitConnected();
  }

  private async stopServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (this.socket !== undefined) {
      this.socket = undefined;
      this.events.emitDisconnect();
    }
    if (server !== undefined) await new Promise<void>((r) => server.close(() => r()));
  }
}
