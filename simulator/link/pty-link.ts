import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { SerialPort } from 'serialport';
import { LinkEvents, type LinkEndpoint, type SerialLink } from './serial-link.js';

let socatChecked: boolean | undefined;

/** Whether socat is installed (checked once). */
export function socatAvailable(): boolean {
  socatChecked ??= spawnSync('socat', ['-V'], { stdio: 'ignore', timeout: 5_000 }).status === 0;
  return socatChecked;
}

/**
 * A real serial device pair: `socat pty,raw,echo=0,link=A pty,raw,echo=0,link=B`. The
 * controller opens A with the serialport package, the edge is given B, so the edge goes
 * through exactly the code path it uses for a USB UART. Vanishing kills socat (both device
 * nodes disappear); restoring starts it again with the same link paths.
 */
export class PtyLink implements SerialLink {
  private socat: ChildProcess | undefined;
  private port: SerialPort | undefined;
  private up = false;
  private closing = false;
  private readonly events = new LinkEvents();

  private constructor(
    private readonly dir: string,
    private readonly ownsDir: boolean,
    private readonly name: string,
    private readonly log: Logger,
  ) {}

  /** `dir`: where the device links go (a fresh temp dir when omitted, removed on close). */
  static async open(log: Logger, name: string, dir?: string): Promise<PtyLink> {
    if (!socatAvailable()) throw new Error('socat is not installed');
    const d = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'ffsim-pty-')));
    const link = new PtyLink(d, dir === undefined, name, log);
    await link.start();
    return link;
  }

  get controllerPath(): string {
    return path.join(this.dir, `${this.name}.controller`);
  }
  get edgePath(): string {
    return path.join(this.dir, `${this.name}.edge`);
  }
  get endpoint(): LinkEndpoint {
    return { kind: 'pty', path: this.edgePath, controllerPath: this.controllerPath };
  }
  get isUp(): boolean {
    return this.up;
  }
  /** A PTY cannot tell whether the edge holds its end open; up means attached. */
  get connected(): boolean {
    return this.up;
  }

  write(data: string): void {
    const p = this.port;
    if (p === undefined || !this.up || !p.isOpen) return;
    p.write(Buffer.from(data, 'latin1'), (err) => {
      if (err) this.log.debug({ err }, 'pty write failed');
    });
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
    await this.stop();
    this.events.emitDisconnect();
    this.log.info({ path: this.edgePath }, 'serial device vanished');
  }

  async restore(): Promise<void> {
    if (this.up) return;
    await this.start();
    this.log.info({ path: this.edgePath }, 'serial device restored');
  }

  async close(): Promise<void> {
    this.closing = true;
    this.up = false;
    await this.stop();
    if (this.ownsDir) await rm(this.dir, { recursive: true, force: true });
  }

  private async start(): Promise<void> {
    const child = spawn(
      'socat',
      ['-d', '-d', `pty,raw,echo=0,link=${this.controllerPath}`, `pty,raw,echo=0,link=${this.edgePath}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.socat = child;
    await new Promise<void>((resolve, reject) => {
      let err = '';
      const onData = (c: Buffer): void => {
        err += c.toString();
        // socat -d -d logs this once both PTYs exist and their links are in place.
        if (err.includes('starting data transfer loop')) {
          child.stderr?.off('data', onData);
          child.stderr?.resume();
          resolve();
        }
      };
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`socat exited (${code}) before the PTYs were ready: ${err.trim()}`)));
    });
    child.removeAllListeners('exit');
    child.on('exit', (code, signal) => {
      if (this.socat === child) this.socat = undefined;
      if (this.up && !this.closing) {
        this.log.warn({ code, signal }, 'socat exited unexpectedly');
        this.up = false;
        this.events.emitDisconnect();
      }
    });
    const port = new SerialPort({ path: this.controllerPath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
    port.on('data', (c: Buffer) => this.events.emitData(c));
    port.on('error', (err) => this.log.debug({ err }, 'controller pty error'));
    this.port = port;
    this.up = true;
    this.events.emitConnected();
  }

  private async stop(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((r) => port.close(() => r()));
    const child = this.socat;
    this.socat = undefined;
    if (child !== undefined && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      });
    }
  }
}
