import net from 'node:net';
import path from 'node:path';
import { SerialPort } from 'serialport';
import { frameLine } from '../edge/fcp/index.js';
import { PtyPair } from './socat.js';

/**
 * A minimal scripted FCP/1 controller for edge tests: holds a set of tags, answers $PING and
 * $SCANREQ, runs a round after every door close (quickly: tests need no 2 s wait), and lets a
 * test write any line. The full model with shoppers and imperfections is in simulator/.
 */
export class FakeController {
  tags = new Set<string>();
  received: string[] = [];
  private scanNo = 0;
  private uptime = 0;
  private buf = '';
  autoRoundMs = 20;
  answerScanRequests = true;

  constructor(private readonly write: (data: string) => void) {}

  send(body: string): void {
    this.write(frameLine(body));
  }

  /** Feed bytes the edge wrote to the controller. */
  onData(chunk: Buffer | string): void {
    this.buf += chunk.toString();
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      this.received.push(line);
      const m = /^\$([^*]*)\*/.exec(line);
      const [type, arg] = (m?.[1] ?? '').split(',');
      if (type === 'PING') this.send('PONG');
      if (type === 'SCANREQ' && this.answerScanRequests) this.round(arg ?? String(++this.scanNo));
    }
  }

  round(scanId = `C${++this.scanNo}`, tags: Iterable<string> = this.tags): void {
    const list = [...new Set(tags)];
    this.uptime += 10;
    let out = frameLine(`SCAN,BEGIN,${scanId},${this.uptime}`);
    for (const t of list) out += frameLine(`TAG,${scanId},${t},1,-55`);
    out += frameLine(`SCAN,END,${scanId},${list.length},${this.uptime + 5}`);
    this.write(out);
  }

  /** A shopper takes `take` tags and puts `put` in; the controller runs its round afterwards. */
  session(take: string[], put: string[] = []): void {
    this.uptime += 100;
    this.send(`DOOR,OPEN,${this.uptime}`);
    for (const t of take) this.tags.delete(t);
    for (const t of put) this.tags.add(t);
    this.send(`DOOR,CLOSED,${this.uptime + 50}`);
    setTimeout(() => this.round(), this.autoRoundMs);
  }

  temp(deci: number, sensor = 1): void {
    this.uptime += 1;
    this.send(`TEMP,${sensor},${deci},${this.uptime}`);
  }
}

/** A controller served over TCP (`--serial tcp://...`): the edge connects, as to ser2net. */
export class TcpControllerServer {
  controller: FakeController;
  private socket: net.Socket | undefined;
  private connWaiters: Array<() => void> = [];
  connections = 0;

  private constructor(private readonly server: net.Server) {
    this.controller = new FakeController((data) => {
      if (this.socket && !this.socket.destroyed) this.socket.write(data);
    });
    server.on('connection', (s) => {
      this.socket?.destroy();
      this.socket = s;
      this.connections++;
      s.on('data', (d) => this.controller.onData(d));
      s.on('error', () => {});
      for (const w of this.connWaiters.splice(0)) w();
    });
  }

  static async start(): Promise<TcpControllerServer> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new TcpControllerServer(server);
  }

  get url(): string {
    return `tcp://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  get connected(): boolean {
    return this.socket !== undefined && !this.socket.destroyed;
  }

  /** Resolves at the next connection (or now, if `already` and one is open). */
  waitForConnection(already = true): Promise<void> {
    if (already && this.connected) return Promise.resolve();
    return new Promise((resolve) => this.connWaiters.push(resolve));
  }

  /** The device vanishes: drop the connection. */
  unplug(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * A controller on a real serial device: a socat PTY pair in `dir`, the controller on one end,
 * the other (`edgeDevice`) for the edge. Everything is closed with `cleanup`.
 */
export async function ptyController(dir: string, cleanup: (...fn: Array<() => Promise<unknown>>) => void): Promise<{ controller: FakeController; edgeDevice: string }> {
  const pty = await PtyPair.open(path.join(dir, 'ctl'), path.join(dir, 'edge'));
  cleanup(() => pty.close());
  const port = new SerialPort({ path: pty.a, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  cleanup(() => new Promise<void>((r) => port.close(() => r())));
  const controller = new FakeController((d) => port.write(d));
  port.on('data', (d: Buffer) => controller.onData(d));
  return { controller, edgeDevice: pty.b };
}
