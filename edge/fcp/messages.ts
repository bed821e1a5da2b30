// FCP/1 messages, controller -> edge (DESIGN.md, fixed).

export type DoorState = 'OPEN' | 'CLOSED';

export type FcpMessage =
  | { type: 'HELLO'; firmware: string; serial: string }
  | { type: 'DOOR'; state: DoorState; uptimeMs: number }
  | { type: 'SCAN_BEGIN'; scanId: string; uptimeMs: number }
  | { type: 'SCAN_END'; scanId: string; tagCount: number; uptimeMs: number }
  | { type: 'TAG'; scanId: string; epc: string; antenna: number; rssiDbm: number }
  | { type: 'WEIGHT'; shelf: number; grams: number; stable: boolean; uptimeMs: number }
  | { type: 'TEMP'; sensor: number; deciCelsius: number; uptimeMs: number }
  | { type: 'FAULT'; code: string; text: string }
  | { type: 'PONG' };

export type FcpMessageType = FcpMessage['type'];

/** Why a line was dropped. Each has its own counter. */
export const REJECT_REASONS = [
  'overlong', // over 200 bytes
  'no_frame', // no '$' in the line
  'bad_char', // a byte outside printable ASCII inside the frame (binary noise)
  'malformed', // no '*CS' trailer, or bytes after it
  'checksum', // CS does not match
  'unknown_type',
  'field_count',
  'bad_number',
  'bad_field', // a field of the wrong shape: EPC not 24 hex digits, door state, scan id, ...
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type ParseResult = { ok: true; msg: FcpMessage } | { ok: false; reason: RejectReason };

/** FCP/1: at most 200 bytes a line. Counted from '$' to the checksum, without "\r\n". */
export const MAX_LINE_BYTES = 200;
