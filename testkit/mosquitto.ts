import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const hasMosquitto = (): boolean => spawnSync('mosquitto', ['-h'], { stdio: 'ignore' }).error === undefined;

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A real Mosquitto 2 on 127.0.0.1, on a free port, with its own config; restartable on that port. */
export class Mosquitto {
  private proc: ChildProcess | undefined;
  private stderr = '';
  private constructor(readonly port: number, private readonly conf: string) {}

  static async start(dir: string): Promise<Mosquitto> {
    const port = await freePort();
    const conf = path.join(dir, 'mosquitto.conf');
    writeFileSync(conf, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'log_type error', 'max_queued_messages 100000', ''].join('\n'));
    const m = new Mosquitto(port, conf);
    await m.up();
    return m;
  }

  /**
   * Mosquitto with a config file of the caller's, which must listen on `port` (Mosquitto
   * cannot listen on port 0: take one from freePort()). Its log goes to `log` when the config
   * logs to stderr.
   */
  static async startWith(confFile: string, port: number): Promise<Mosquitto> {
    const m = new Mosquitto(port, confFile);
    await m.up();
    return m;
  }

  /** What Mosquitto wrote to stderr (its log with `log_dest stderr`). */
  get log(): string {
    return this.stderr;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const proc = spawn('mosquitto', ['-c', this.conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.proc = proc;
    proc.stderr?.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-20_000);
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = net.connect(this.port, '127.0.0.1', () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      if (ok) return;
      if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`mosquitto did not start: ${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGHUP: Mosquitto reloads its password and ACL files (connected clients keep their sessions). */
  async reload(): Promise<void> {
    this.proc?.kill('SIGHUP');
  }

  async down(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await exited;
  }
}
