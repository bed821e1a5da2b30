/**
 * One connection to the fridge controller's serial line. Adapters: a serial device through
 * the `serialport` package (serial-device.ts) and a raw TCP stream such as ser2net or the
 * simulator serves (serial-tcp.ts). SerialSource keeps one open and reopens it when it goes.
 */
export interface SerialLink {
  /** Resolves once open; rejects when the device cannot be opened. */
  open(): Promise<void>;
  write(data: string): void;
  /** Closes; resolves when closed. Safe to call twice. */
  close(): Promise<void>;
  onData(cb: (chunk: Buffer) => void): void;
  /** Called once when the link closes for any reason other than close(). */
  onLost(cb: (err: Error | undefined) => void): void;
  readonly description: string;
}

export type SerialLinkFactory = () => SerialLink;
