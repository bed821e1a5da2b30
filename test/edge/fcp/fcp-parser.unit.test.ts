import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcpChecksum, frameLine, LineSplitter, parseLine, type FcpMessage, type RejectReason } from '../../../edge/fcp/index.js';

const line = (body: string): string => frameLine(body).slice(0, -1); // without '\n'
const EPC = '3074257BF7194E4000001A85';

describe('FCP/1 parser (unit)', () => {
  it('computes the NMEA checksum', () => {
    // XOR of "PONG": 0x50 ^ 0x4f ^ 0x4e ^ 0x47
    expect(fcpChecksum('PONG')).toBe(0x50 ^ 0x4f ^ 0x4e ^ 0x47);
    expect(frameLine('PONG')).toBe(`$PONG*${(0x50 ^ 0x4f ^ 0x4e ^ 0x47).toString(16).toUpperCase()}\n`);
  });

  const accepted: Array<[string, FcpMessage]> = [
    ['HELLO,1.4.2,CTL-0042', { type: 'HELLO', firmware: '1.4.2', serial: 'CTL-0042' }],
    ['DOOR,OPEN,1234', { type: 'DOOR', state: 'OPEN', uptimeMs: 1234 }],
    ['DOOR,CLOSED,0', { type: 'DOOR', state: 'CLOSED', uptimeMs: 0 }],
    ['SCAN,BEGIN,17,5000', { type: 'SCAN_BEGIN', scanId: '17', uptimeMs: 5000 }],
    ['SCAN,END,17,3,5200', { type: 'SCAN_END', scanId: '17', tagCount: 3, uptimeMs: 5200 }],
    [`TAG,17,${EPC.toLowerCase()},2,-61`, { type: 'TAG', scanId: '17', epc: EPC, antenna: 2, rssiDbm: -61 }],
    [`TAG,17,${EPC},0,-58.5`, { type: 'TAG', scanId: '17', epc: EPC, antenna: 0, rssiDbm: -58.5 }],
    ['WEIGHT,3,1520,1,9000', { type: 'WEIGHT', shelf: 3, grams: 1520, stable: true, uptimeMs: 9000 }],
    ['WEIGHT,0,-4,0,9000', { type: 'WEIGHT', shelf: 0, grams: -4, stable: false, uptimeMs: 9000 }],
    ['TEMP,1,38,100', { type: 'TEMP', sensor: 1, deciCelsius: 38, uptimeMs: 100 }],
    ['TEMP,2,-12,100', { type: 'TEMP', sensor: 2, deciCelsius: -12, uptimeMs: 100 }],
    ['FAULT,RFID_OFFLINE,reader not answering', { type: 'FAULT', code: 'RFID_OFFLINE', text: 'reader not answering' }],
    ['FAULT,LC2,load cell 2 error, code 7', { type: 'FAULT', code: 'LC2', text: 'load cell 2 error, code 7' }],
    ['PONG', { type: 'PONG' }],
  ];

  it.each(accepted)('accepts $%s', (body, msg) => {
    expect(parseLine(line(body))).toEqual({ ok: true, msg });
  });

  it('ignores a trailing \\r, noise before $ and lower-case checksums', () => {
    expect(parseLine(`${line('PONG')}\r`)).toEqual({ ok: true, msg: { type: 'PONG' } });
    expect(parseLine(`\x00\xff garbage ${line('PONG')}`)).toEqual({ ok: true, msg: { type: 'PONG' } });
    const lower = line('DOOR,OPEN,5').replace(/\*([0-9A-F]{2})$/, (_m, cs: string) => `*${cs.toLowerCase()}`);
    expect(parseLine(lower).ok).toBe(true);
  });

  const rejected: Array<[string, string, RejectReason]> = [
    ['bad checksum', '$DOOR,OPEN,1*00', 'checksum'],
    ['no frame', 'DOOR,OPEN,1*00', 'no_frame'],
    ['no checksum', '$DOOR,OPEN,1', 'malformed'],
    ['one hex digit', '$PONG*1', 'malformed'],
    ['bytes after checksum', `${line('PONG')}x`, 'malformed'],
    ['unknown type', line('BOGUS,1'), 'unknown_type'],
    ['edge command echoed', line('PING'), 'unknown_type'],
    ['lower-case type', line('pong'), 'unknown_type'],
    ['door field count', line('DOOR,OPEN'), 'field_count'],
    ['door extra field', line('DOOR,OPEN,1,2'), 'field_count'],
    ['door state', line('DOOR,AJAR,1'), 'bad_field'],
    ['door uptime not a number', line('DOOR,OPEN,12a'), 'bad_number'],
    ['negative uptime', line('DOOR,OPEN,-5'), 'bad_number'],
    ['scan subtype', line('SCAN,MIDDLE,1,2'), 'bad_field'],
    ['scan end field count', line('SCAN,END,1,2'), 'field_count'],
    ['scan end count', line('SCAN,END,1,x,2'), 'bad_number'],
    ['scan empty id', line('SCAN,BEGIN,,2'), 'bad_field'],
    ['tag short epc', line('TAG,1,3074257BF7194E40,1,-60'), 'bad_field'],
    ['tag non-hex epc', line('TAG,1,3074257BF7194E4000001AZZ,1,-60'), 'bad_field'],
    ['tag rssi', line(`TAG,1,${EPC},1,loud`), 'bad_number'],
    ['tag field count', line(`TAG,1,${EPC},1`), 'field_count'],
    ['weight stable flag', line('WEIGHT,1,100,2,5'), 'bad_field'],
    ['weight grams', line('WEIGHT,1,1.5,1,5'), 'bad_number'],
    ['temp field count', line('TEMP,1,38'), 'field_count'],
    ['temp value', line('TEMP,1,3.8,5'), 'bad_number'],
    ['fault without text', line('FAULT,X'), 'field_count'],
    ['pong with field', line('PONG,1'), 'field_count'],
    ['huge number', line('DOOR,OPEN,99999999999999999'), 'bad_number'],
    ['binary inside frame', `$DOOR,OPEN,1\x01*00`, 'bad_char'],
    ['overlong', line(`FAULT,X,${'y'.repeat(200)}`), 'overlong'],
  ];

  it.each(rejected)('rejects %s', (_name, raw, reason) => {
    expect(parseLine(raw)).toEqual({ ok: false, reason });
  });

  it('accepts a line of exactly 200 bytes and rejects 201', () => {
    const fill = (n: number): string => {
      const prefix = 'FAULT,X,';
      return line(prefix + 'y'.repeat(n - prefix.length - 4)); // '$' + '*CS' = 4 bytes
    };
    expect(fill(200)).toHaveLength(200);
    expect(parseLine(fill(200)).ok).toBe(true);
    expect(parseLine(fill(201))).toEqual({ ok: false, reason: 'overlong' });
  });
});

// Valid lines, generated from the spec.
const uint = fc.integer({ min: 0, max: 2 ** 40 });
const validBody = fc.oneof(
  fc.tuple(fc.constantFrom('OPEN', 'CLOSED'), uint).map(([s, t]) => `DOOR,${s},${t}`),
  fc.tuple(fc.integer({ min: 0, max: 1e6 }), uint).map(([id, t]) => `SCAN,BEGIN,${id},${t}`),
  fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 500 }), uint).map(([id, n, t]) => `SCAN,END,${id},${n},${t}`),
  fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.stringMatching(/^[0-9A-F]{24}$/), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -99, max: 0 }))
    .map(([id, epc, a, r]) => `TAG,${id},${epc},${a},${r}`),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: -500, max: 50000 }), fc.boolean(), uint).map(([s, g, st, t]) => `WEIGHT,${s},${g},${st ? 1 : 0},${t}`),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -300, max: 600 }), uint).map(([s, d, t]) => `TEMP,${s},${d},${t}`),
  fc.constant('PONG'),
  fc.constant('HELLO,2.0.1,SN-77'),
);

describe('FCP/1 parser properties (unit, fast-check)', () => {
  it('never throws on arbitrary bytes, and rejects what is not a frame', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = Buffer.from(bytes).toString('latin1');
        const r = parseLine(text);
        if (r.ok) {
          // Only possible if the random bytes happen to contain a whole valid frame.
          expect(text.includes('$')).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('parses every valid line, and re-framing the parsed fields is stable', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        const r = parseLine(line(body));
        expect(r.ok).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a corrupted valid line never yields a different event', () => {
    // Flip, drop, insert or truncate a byte of a valid line: the result is either the same
    // event (corruption before '$' is noise) or a rejection, never a wrong event. One
    // corruption per line: FCP/1's 8-bit XOR (fixed) detects every single-byte error, but two
    // flips of the same bit in two bytes cancel out, which no parser can detect
    // (docs/fcp1.md).
    const corruption = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(validBody, fc.array(corruption, { minLength: 1, maxLength: 1 }), (body, cs) => {
        const good = line(body);
        const expected = parseLine(good);
        let bytes = Buffer.from(good, 'latin1');
        for (const c of cs) {
          const at = c.at % Math.max(1, bytes.length);
          if (c.kind === 'flip') { bytes = Buffer.from(bytes); bytes[at] = (bytes[at] ?? 0) ^ (1 << c.bit); }
          else if (c.kind === 'drop') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
          else if (c.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([c.byte]), bytes.subarray(at)]);
          else bytes = bytes.subarray(0, at);
        }
        const r = parseLine(bytes.toString('latin1'));
        if (r.ok) expect(r).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('line splitter (unit)', () => {
  it('splits chunks at newlines, across chunk boundaries', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l), () => lines.push('<overflow>'));
    s.push('$PO');
    s.push('NG*1E\n$DOOR');
    s.push(Buffer.from(',OPEN,1*5D\r\n'));
    expect(lines).toEqual(['$PONG*1E', '$DOOR,OPEN,1*5D\r']);
  });

  it('cuts a line that never ends and resumes at the next newline', () => {
    const lines: string[] = [];
    let overflows = 0;
    const s = new LineSplitter((l) => lines.push(l), () => overflows++, 50);
    s.push('x'.repeat(120));
    s.push('y'.repeat(120) + '\n$PONG*1E\n');
    expect(overflows).toBe(1);
    expect(lines).toEqual(['$PONG*1E']);
  });
});
