import { SerialPort } from 'serialport';
import type { SerialLink } from './serial-link.js';

/** A real serial device (/dev/ttyUSB0, /dev/ttyAMA0, a PTY) at 8N1. */
export class SerialDeviceLink implements SerialLink {
  private readonly port: SerialPort;
  private closing = false;
  private lostCb: ((err: Error | undefined) => void) | undefined;

  constructor(readonly path: string, baudRate: number) {
    this.port = new SerialPort({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
    this.port.on('close', (err: Error | null) => {
      if (!this.closing) this.lostCb?.(err ?? undefined);
    });
    // Errors after open arrive here; 'close' follows when the port is gone.
    this.port.on('error', () => {});
  }

  get description(): string {
    return this.path;
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => this.port.open((err) => (err ? reject(err) : resolve())));
  }

  write(data: string): void {
    if (this.port.isOpen) this.port.write(data, 'latin1');
  }

  close(): Promise<void> {
    this.closing = true;
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => this.port.close(() => resolve()));
  }

  onData(cb: (chunk: Buffer) => void): void {
    this.port.on('data', cb);
  }

  onLost(cb: (err: Error | undefined) => void): void {
    this.lostCb = cb;
  }
}
