// FCP/1 as the controller firmware speaks it (DESIGN.md, fixed). Written independently of the
// edge's parser on purpose: the two implementations meet only on the wire, so a test that
// feeds this output to the edge's parser checks both against the spec.

/** FCP/1: at most 200 bytes a line, from '$' to the checksum. */
export const FCP_MAX_LINE = 200;
/** FCP/1 scan ids (and other tokens) the edge accepts. */
export const FCP_TOKEN = /^[A-Za-z0-9_.:-]{1,40}$/;

/** XOR of every byte strictly between '$' and '*' (NMEA 0183 style). */
export function xorChecksum(body: string): number {
  let x = 0;
  for (const b of Buffer.from(body, 'latin1')) x ^= b;
  return x;
}

/** `$BODY*CS\n`. Throws when the frame would break FCP/1: a firmware bug, not a runtime case. */
export function frame(body: string): string {
  const line = `$${body}*${xorChecksum(body).toString(16).toUpperCase().padStart(2, '0')}`;
  if (line.length > FCP_MAX_LINE) throw new Error(`FCP/1 line over ${FCP_MAX_LINE} bytes: ${line.slice(0, 40)}...`);
  if (/[$*\r\n]/.test(body)) throw new Error(`FCP/1 body contains a framing character: ${body}`);
  return `${line}\n`;
}

// Controller -> edge line bodies, one builder per line type.
export const lines = {
  hello: (fw: string, serial: string): string => frame(`HELLO,${fw},${serial}`),
  door: (open: boolean, uptimeMs: number): string => frame(`DOOR,${open ? 'OPEN' : 'CLOSED'},${uptimeMs}`),
  scanBegin: (scanId: string, uptimeMs: number): string => frame(`SCAN,BEGIN,${scanId},${uptimeMs}`),
  tag: (scanId: string, epc: string, antenna: number, rssiDbm: number): string =>
    frame(`TAG,${scanId},${epc.toUpperCase()},${antenna},${Math.round(rssiDbm)}`),
  scanEnd: (scanId: string, tagCount: number, uptimeMs: number): string =>
    frame(`SCAN,END,${scanId},${tagCount},${uptimeMs}`),
  weight: (shelf: number, grams: number, stable: boolean, uptimeMs: number): string =>
    frame(`WEIGHT,${shelf},${Math.round(grams)},${stable ? 1 : 0},${uptimeMs}`),
  temp: (sensor: number, deciCelsius: number, uptimeMs: number): string =>
    frame(`TEMP,${sensor},${Math.round(deciCelsius)},${uptimeMs}`),
  fault: (code: string, text: string): string => {
    // The text is free-form but must keep the frame intact and within 200 bytes.
    const clean = text.replace(/[^\x20-\x7e]|[$*]/g, ' ');
    const room = FCP_MAX_LINE - `$FAULT,${code},*XX`.length;
    return frame(`FAULT,${code},${clean.slice(0, Math.max(1, room)) || '-'}`);
  },
  pong: (): string => frame('PONG'),
};

/** Edge -> controller commands. */
export type EdgeCommand =
  | { type: 'SCANREQ'; scanId: string }
  | { type: 'UNLOCK'; seconds: number }
  | { type: 'PING' };

export type CommandParse = { ok: true; cmd: EdgeCommand } | { ok: false; reason: string };

/** Parses one line from the edge (without '\n'). A bad line is a value, not an exception. */
export function parseEdgeCommand(raw: string): CommandParse {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const start = line.lastIndexOf('$'); // FCP/1: bytes before '$' are noise
  if (start < 0) return { ok: false, reason: 'no_frame' };
  const f = line.slice(start);
  if (f.length > FCP_MAX_LINE) return { ok: false, reason: 'overlong' };
  const m = /^\$([\x20-\x29\x2b-\x7e]*)\*([0-9A-Fa-f]{2})$/.exec(f);
  if (m === null) return { ok: false, reason: 'malformed' };
  const body = m[1] ?? '';
  if (xorChecksum(body) !== parseInt(m[2] ?? '', 16)) return { ok: false, reason: 'checksum' };
  const [type, ...fields] = body.split(',');
  switch (type) {
    case 'SCANREQ': {
      const id = fields[0];
      if (fields.length !== 1 || id === undefined || !FCP_TOKEN.test(id)) return { ok: false, reason: 'bad_field' };
      return { ok: true, cmd: { type: 'SCANREQ', scanId: id } };
    }
    case 'UNLOCK': {
      const s = fields[0];
      if (fields.length !== 1 || s === undefined || !/^\d{1,6}$/.test(s)) return { ok: false, reason: 'bad_field' };
      return { ok: true, cmd: { type: 'UNLOCK', seconds: Number(s) } };
    }
    case 'PING':
      return fields.length === 0 ? { ok: true, cmd: { type: 'PING' } } : { ok: false, reason: 'bad_field' };
    default:
      return { ok: false, reason: 'unknown_type' };
  }
}

/** Frames an edge -> controller command; used by tests and tools that play the edge's part. */
export function frameCommand(cmd: EdgeCommand): string {
  switch (cmd.type) {
    case 'SCANREQ':
      return frame(`SCANREQ,${cmd.scanId}`);
    case 'UNLOCK':
      return frame(`UNLOCK,${cmd.seconds}`);
    case 'PING':
      return frame('PING');
    default: {
      const never: never = cmd;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}

/** Splits a byte stream into lines; bounded so that a stuck sender cannot grow it forever. */
export class LineAssembler {
  private buf = '';
  constructor(
    private readonly onLine: (line: string) => void,
    private readonly cap = FCP_MAX_LINE * 4,
  ) {}

  push(chunk: Buffer | string): void {
    this.buf += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    let nl = this.buf.indexOf('\n');
    while (nl >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      this.onLine(line);
      nl = this.buf.indexOf('\n');
    }
    if (this.buf.length > this.cap) this.buf = '';
  }

  reset(): void {
    this.buf = '';
  }
}
