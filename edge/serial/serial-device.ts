import type { SerialPort } from 'serialport';
import type { SerialLink } from './serial-link.js';

/**
 * A real serial device (/dev/ttyUSB0, /dev/ttyAMA0, a PTY) at 8N1. The serialport package
 * (native bindings) is loaded on first open, so an agent on a TCP serial line never pays for it.
 */
export class SerialDeviceLink implements SerialLink {
  private port: SerialPort | undefined;
  private closing = false;
  private dataCb: ((chunk: Buffer) => void) | undefined;
  private lostCb: ((err: Error | undefined) => void) | undefined;

  constructor(readonly path: string, private readonly baudRate: number) {}

  get description(): string {
    return this.path;
  }

  async open(): Promise<void> {
    const { SerialPort } = await import('serialport');
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
    port.on('close', (err: Error | null) => {
      if (!this.closing) this.lostCb?.(err ?? undefined);
    });
    // Errors after open arrive here; 'close' follows when the port is gone.
    port.on('error', () => {});
    port.on('data', (chunk: Buffer) => this.dataCb?.(chunk));
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
  }

  write(data: string): void {
    if (this.port?.isOpen) this.port.write(data, 'latin1');
  }

  close(): Promise<void> {
    this.closing = true;
    const port = this.port;
    if (port === undefined || !port.isOpen) return Promise.resolve();
    return new Promise((resolve) => port.close(() => resolve()));
  }

  onData(cb: (chunk: Buffer) => void): void {
    this.dataCb = cb;
  }

  onLost(cb: (err: Error | undefined) => void): void {
    this.lostCb = cb;
  }
}
