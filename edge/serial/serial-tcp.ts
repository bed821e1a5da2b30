import net from 'node:net';
import type { SerialLink } from './serial-link.js';

/**
 * The serial line carried over TCP, as a terminal server or ser2net exposes a controller's
 * UART (`tcp://host:port`). Also how the simulator serves a controller on a machine without
 * socat.
 */
export class SerialTcpLink implements SerialLink {
  private socket: net.Socket | undefined;
  private closing = false;
  private dataCb: ((chunk: Buffer) => void) | undefined;
  private lostCb: ((err: Error | undefined) => void) | undefined;

  constructor(readonly host: string, readonly port: number) {}

  get description(): string {
    return `tcp://${this.host}:${this.port}`;
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port });
      socket.setNoDelay(true);
      const onError = (err: Error): void => {
        socket.destroy();
        reject(err);
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        this.socket = socket;
        let lastErr: Error | undefined;
        socket.on('error', (err) => {
          lastErr = err;
        });
        socket.on('data', (chunk: Buffer) => this.dataCb?.(chunk));
        socket.on('close', () => {
          if (!this.closing) this.lostCb?.(lastErr ?? new Error('connection closed by the peer'));
        });
        resolve();
      });
    });
  }

  write(data: string): void {
    if (this.socket?.writable) this.socket.write(data, 'latin1');
  }

  close(): Promise<void> {
    this.closing = true;
    const s = this.socket;
    if (s === undefined || s.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      s.once('close', () => resolve());
      s.destroy();
    });
  }

  onData(cb: (chunk: Buffer) => void): void {
    this.dataCb = cb;
  }

  onLost(cb: (err: Error | undefined) => void): void {
    this.lostCb = cb;
  }
}
