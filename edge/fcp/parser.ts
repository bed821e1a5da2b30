import { fcpChecksum } from './checksum.js';
import { MAX_LINE_BYTES, type FcpMessage, type ParseResult, type RejectReason } from './messages.js';

// One small handler per line type, dispatched from one table. A handler gets the fields
// after TYPE and returns the message or the reason the line is rejected.
type Fields = readonly string[];
type HandlerResult = FcpMessage | RejectReason;
type Handler = (f: Fields) => HandlerResult;

const UINT = /^\d{1,16}$/;
const SINT = /^-?\d{1,16}$/;
const DECIMAL = /^-?\d{1,6}(\.\d{1,3})?$/;
const EPC = /^[0-9A-Fa-f]{24}$/;
const TOKEN = /^[A-Za-z0-9_.:-]{1,40}$/;

class Reject {
  constructor(readonly reason: RejectReason) {}
}

function uint(s: string | undefined): number {
  if (s === undefined || !UINT.test(s)) throw new Reject('bad_number');
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new Reject('bad_number');
  return n;
}

function sint(s: string | undefined): number {
  if (s === undefined || !SINT.test(s)) throw new Reject('bad_number');
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new Reject('bad_number');
  return n;
}

function decimal(s: string | undefined): number {
  if (s === undefined || !DECIMAL.test(s)) throw new Reject('bad_number');
  return Number(s);
}

function token(s: string | undefined): string {
  if (s === undefined || !TOKEN.test(s)) throw new Reject('bad_field');
  return s;
}

function arity(f: Fields, n: number): void {
  if (f.length !== n) throw new Reject('field_count');
}

const handlers: Record<string, Handler> = {
  HELLO: (f) => {
    arity(f, 2);
    return { type: 'HELLO', firmware: token(f[0]), serial: token(f[1]) };
  },
  DOOR: (f) => {
    arity(f, 2);
    const state = f[0];
    if (state !== 'OPEN' && state !== 'CLOSED') return 'bad_field';
    return { type: 'DOOR', state, uptimeMs: uint(f[1]) };
  },
  SCAN: (f) => {
    switch (f[0]) {
      case 'BEGIN':
        arity(f, 3);
        return { type: 'SCAN_BEGIN', scanId: token(f[1]), uptimeMs: uint(f[2]) };
      case 'END':
        arity(f, 4);
        return { type: 'SCAN_END', scanId: token(f[1]), tagCount: uint(f[2]), uptimeMs: uint(f[3]) };
      default:
        return f.length === 0 ? 'field_count' : 'bad_field';
    }
  },
  TAG: (f) => {
    arity(f, 4);
    const epc = f[1] ?? '';
    if (!EPC.test(epc)) return 'bad_field';
    return { type: 'TAG', scanId: token(f[0]), epc: epc.toUpperCase(), antenna: uint(f[2]), rssiDbm: decimal(f[3]) };
  },
  WEIGHT: (f) => {
    arity(f, 4);
    const stable = f[2];
    const shelf = uint(f[0]);
    const grams = sint(f[1]);
    if (stable !== '0' && stable !== '1') return 'bad_field';
    return { type: 'WEIGHT', shelf, grams, stable: stable === '1', uptimeMs: uint(f[3]) };
  },
  TEMP: (f) => {
    arity(f, 3);
    return { type: 'TEMP', sensor: uint(f[0]), deciCelsius: sint(f[1]), uptimeMs: uint(f[2]) };
  },
  FAULT: (f) => {
    // The text is free-form: commas in it are part of the text, not extra fields.
    if (f.length < 2) return 'field_count';
    return { type: 'FAULT', code: token(f[0]), text: f.slice(1).join(',') };
  },
  PONG: (f) => {
    arity(f, 0);
    return { type: 'PONG' };
  },
};

const HEX2 = /^[0-9A-Fa-f]{2}$/;

/**
 * Parses one FCP/1 line (without its '\n'; a trailing '\r' is ignored). Never throws: a line
 * that is not exactly right is rejected with the reason, so that the reader counts it and
 * carries on.
 */
export function parseLine(raw: string): ParseResult {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  // FCP/1: bytes before a '$' are noise. The last '$' starts the frame, so a line whose
  // start was lost (a truncated line run into the next one) still yields the later frame.
  const start = line.lastIndexOf('$');
  if (start < 0) return { ok: false, reason: 'no_frame' };
  const frame = line.slice(start);
  if (Buffer.byteLength(frame, 'latin1') > MAX_LINE_BYTES || frame.length > MAX_LINE_BYTES) {
    return { ok: false, reason: 'overlong' };
  }
  for (let i = 0; i < frame.length; i++) {
    const c = frame.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return { ok: false, reason: 'bad_char' };
  }
  const star = frame.indexOf('*');
  if (star < 0 || frame.length !== star + 3 || !HEX2.test(frame.slice(star + 1))) {
    return { ok: false, reason: 'malformed' };
  }
  const body = frame.slice(1, star);
  if (fcpChecksum(body) !== Number.parseInt(frame.slice(star + 1), 16)) return { ok: false, reason: 'checksum' };
  const parts = body.split(',');
  const type = parts[0] ?? '';
  const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
  if (handler === undefined) return { ok: false, reason: 'unknown_type' };
  try {
    const out = handler(parts.slice(1));
    return typeof out === 'string' ? { ok: false, reason: out } : { ok: true, msg: out };
  } catch (err) {
    if (err instanceof Reject) return { ok: false, reason: err.reason };
    throw err;
  }
}
