import { Duplex } from 'node:stream';
import type net from 'node:net';

/**
 * Largest MQTT packets the embedded broker takes, as their fixed header's remaining length
 * (issue 11 item 6: aedes and mqtt-packet have no limit and buffer a packet whole, whatever
 * length its header claims).
 */
export interface PacketLimits {
  /**
   * Everything a client sends before it is authenticated (its CONNECT: client id, username,
   * password, will). A client sends nothing else before the CONNACK.
   */
  beforeAuthBytes: number;
  /** Any one packet of an authenticated client (a PUBLISH carries at most a batch). */
  packetBytes: number;
}

export type PacketRefusal = 'packet_too_large' | 'too_much_before_auth' | 'malformed_length';

/** MQTT control packet type 1 (high nibble of the fixed header's first byte). */
const CONNECT = 1;

/**
 * The client's socket as aedes sees it: every byte passes through unchanged, but each
 * packet's fixed header (type and remaining length, MQTT 3.1.1 §2.2) is read as it arrives,
 * and a packet that claims more than its limit closes the connection before a byte of its
 * body is handed on, so no more than a limit's worth is ever buffered for one client.
 */
export class MqttPacketGuard extends Duplex {
  readonly remoteAddress: string;
  private isAuthenticated = false;
  private received = 0;
  /** Body bytes of the current packet still to pass. */
  private bodyLeft = 0;
  /** -1: expecting a packet's first byte; else the number of length bytes read so far. */
  private lengthBytes = -1;
  private packetType = 0;
  private length = 0;
  private multiplier = 1;

  constructor(
    private readonly socket: net.Socket,
    private readonly limits: PacketLimits,
    private readonly onRefused: (reason: PacketRefusal, detail: { packetType: number; claimedBytes: number; remoteAddress: string }) => void,
  ) {
    super({ allowHalfOpen: false });
    this.remoteAddress = socket.remoteAddress ?? 'unknown';
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.push(null));
    socket.on('error', (err) => this.destroy(err));
    socket.on('close', () => this.destroy());
  }

  /** The broker accepted the client's CONNECT: from now on the per-packet limit applies. */
  authenticated(): void {
    this.isAuthenticated = true;
  }

  private onData(chunk: Buffer): void {
    if (this.destroyed) return;
    if (!this.isAuthenticated) {
      this.received += chunk.length;
      if (this.received > this.limits.beforeAuthBytes + 5) return this.refuse('too_much_before_auth', this.received);
    }
    for (let i = 0; i < chunk.length; ) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= n;
        i += n;
        continue;
      }
      const byte = chunk[i++]!;
      if (this.lengthBytes === -1) {
        this.packetType = byte >> 4;
        this.lengthBytes = 0;
        this.length = 0;
        this.multiplier = 1;
        continue;
      }
      // §2.2.3: the remaining length is 1 to 4 bytes, 7 bits each, low first.
      this.length += (byte & 0x7f) * this.multiplier;
      this.multiplier *= 128;
      this.lengthBytes++;
      if ((byte & 0x80) !== 0) {
        if (this.lengthBytes === 4) return this.refuse('malformed_length', this.length);
        continue;
      }
      const limit = this.isAuthenticated && this.packetType !== CONNECT ? this.limits.packetBytes : this.limits.beforeAuthBytes;
      if (this.length > limit) return this.refuse('packet_too_large', this.length);
      this.bodyLeft = this.length;
      this.lengthBytes = -1;
    }
    if (!this.push(chunk)) this.socket.pause();
  }

  private refuse(reason: PacketRefusal, claimedBytes: number): void {
    this.onRefused(reason, { packetType: this.packetType, claimedBytes, remoteAddress: this.remoteAddress });
    this.socket.destroy();
    this.destroy();
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.toSocket(chunk, cb);
  }

  /**
   * What was written while the guard was corked, in one write to the socket. The broker writes
   * a packet in pieces (header, length, topic, id, payload) between a cork and an uncork on the
   * next tick; without this each piece was a write to the socket of its own, nine system calls
   * for a PUBACK and an ack, a fifth of the cloud's time while a fleet reconnects (issue 12).
   */
  override _writev(chunks: Array<{ chunk: Buffer; encoding: BufferEncoding }>, cb: (err?: Error | null) => void): void {
    this.toSocket(chunks.length === 1 ? chunks[0]!.chunk : Buffer.concat(chunks.map((c) => c.chunk)), cb);
  }

  private toSocket(data: Buffer, cb: (err?: Error | null) => void): void {
    if (this.socket.write(data)) cb();
    else this.socket.once('drain', () => cb());
  }

  override _final(cb: (err?: Error | null) => void): void {
    this.socket.end();
    cb();
  }

  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.socket.destroy();
    cb(err);
  }
}
