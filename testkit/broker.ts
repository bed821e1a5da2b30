import net from 'node:net';
import { Aedes } from 'aedes';

/** A real aedes MQTT broker on 127.0.0.1, on a port the OS picks, that can be stopped and restarted on that port. */
export class TestBroker {
  private aedes: Aedes | undefined;
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  port = 0;

  static async start(): Promise<TestBroker> {
    const b = new TestBroker();
    await b.up();
    return b;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  async up(): Promise<void> {
    const aedes = await Aedes.createBroker();
    const server = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      aedes.handle(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.aedes = aedes;
    this.server = server;
  }

  /** Stops the broker: every connection is cut, the port closed. */
  async down(): Promise<void> {
    const { server, aedes } = this;
    this.server = undefined;
    this.aedes = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await Promise.all([
      new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
      new Promise<void>((resolve) => (aedes ? aedes.close(() => resolve()) : resolve())),
    ]);
  }
}
