import { describe, expect, it } from 'vitest';
import { EPC_BYTES, epcBytes, epcHex } from '../../../cloud/domain/index.js';

/** The plain definition: every byte as two upper-case hex digits. */
const reference = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');

describe('epcHex', () => {
  it('is every byte as two upper-case hex digits, for every byte value at every place of a 96-bit EPC', () => {
    for (let place = 0; place < EPC_BYTES; place++) {
      for (let value = 0; value < 256; value++) {
        const bytes = new Uint8Array(EPC_BYTES).fill(0xa5);
        bytes[place] = value;
        expect(epcHex(bytes)).toBe(reference(bytes));
      }
    }
  });

  it('reads a view at its own offset (a subarray of a larger buffer, as protobuf decodes them)', () => {
    const buffer = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    for (let offset = 0; offset + EPC_BYTES <= buffer.length; offset += 5) {
      const view = buffer.subarray(offset, offset + EPC_BYTES);
      expect(epcHex(view)).toBe(reference(view));
      expect(epcBytes(epcHex(view))).toEqual(Uint8Array.from(view));
    }
  });

  it('converts other lengths too (the decider refuses them, but never by a wrong string)', () => {
    for (const length of [0, 1, 11, 13, 32]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 53 + 7) & 0xff);
      expect(epcHex(bytes)).toBe(reference(bytes));
    }
  });
});
