import type { Logger } from 'pino';
import { LineSplitter } from '../fcp/index.js';
import type { SerialLink, SerialLinkFactory } from './serial-link.js';
import { SerialDeviceLink } from './serial-device.js';
import { SerialTcpLink } from './serial-tcp.js';

export interface SerialSourceEvents {
  line(line: string): void;
  /** A line grew past the hard cap without a newline (counted as overlong). */
  overflow(): void;
  up(description: string): void;
  down(detail: string): void;
}

export interface SerialSourceOptions {
  factory: SerialLinkFactory;
  log: Logger;
  events: SerialSourceEvents;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

/** `tcp://host:port` for a serial line over TCP, anything else is a device path. */
export function serialLinkFactory(spec: string, baudRate: number): SerialLinkFactory {
  const m = /^tcp:\/\/([^:/]+):(\d{1,5})$/.exec(spec);
  if (m) {
    const host = m[1] as string;
    const port = Number(m[2]);
    return () => new SerialTcpLink(host, port);
  }
  return () => new SerialDeviceLink(spec, baudRate);
}

/**
 * Keeps the controller link open: opens it, splits what it reads into lines, and when the
 * device goes away (USB unplugged, controller power-cycled, ser2net restarted) reports it and
 * reopens with exponential backoff and jitter until it is back. Never throws to its caller.
 */
export class SerialSource {
  private link: SerialLink | undefined;
  private stopped = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private isUp = false;
  private readonly splitter: LineSplitter;
  private readonly minBackoff: number;
  private readonly maxBackoff: number;
  private readonly random: () => number;

  constructor(private readonly opts: SerialSourceOptions) {
    this.splitter = new LineSplitter((l) => opts.events.line(l), () => opts.events.overflow());
    this.minBackoff = opts.minBackoffMs ?? 250;
    this.maxBackoff = opts.maxBackoffMs ?? 10_000;
    this.random = opts.random ?? Math.random;
  }

  get connected(): boolean {
    return this.isUp;
  }

  start(): void {
    void this.tryOpen();
  }

  write(line: string): boolean {
    if (!this.isUp || this.link === undefined) return false;
    this.link.write(line);
    return true;
  }

  private async tryOpen(): Promise<void> {
    if (this.stopped) return;
    const link = this.opts.factory();
    link.onData((chunk) => this.splitter.push(chunk));
    link.onLost((err) => this.lost(link, err?.message ?? 'closed'));
    try {
      await link.open();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      if (this.attempt === 0 || this.isUp) this.opts.log.warn({ device: link.description, err: detail }, 'cannot open the controller link');
      this.markDown(detail);
      this.scheduleReopen();
      return;
    }
    if (this.stopped) {
      await link.close();
      return;
    }
    this.link = link;
    this.attempt = 0;
    this.splitter.reset();
    this.isUp = true;
    this.opts.log.info({ device: link.description }, 'controller link open');
    this.opts.events.up(link.description);
  }

  private lost(link: SerialLink, detail: string): void {
    if (this.link !== link || this.stopped) return;
    this.link = undefined;
    this.opts.log.warn({ device: link.description, err: detail }, 'controller link lost');
    this.markDown(detail);
    void link.close();
    this.scheduleReopen();
  }

  private markDown(detail: string): void {
    if (this.isUp || this.attempt === 0) {
      this.isUp = false;
      this.splitter.reset();
      this.opts.events.down(detail);
    }
  }

  private scheduleReopen(): void {
    if (this.stopped) return;
    // Full jitter (exponential backoff, random within the window).
    const window = Math.min(this.maxBackoff, this.minBackoff * 2 ** this.attempt);
    this.attempt++;
    const delay = this.minBackoff / 2 + this.random() * window;
    this.timer = setTimeout(() => void this.tryOpen(), delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const link = this.link;
    this.link = undefined;
    this.isUp = false;
    if (link) await link.close();
  }
}
