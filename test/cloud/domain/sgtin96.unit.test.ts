import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEpc, epcBytes, epcHex } from '../../../cloud/domain/index.js';

// GS1 EPC Tag Data Standard, Table 14-2 (SGTIN partition table): company prefix bits/digits.
const PARTITIONS = [
  { cpBits: 40, cpDigits: 12, irBits: 4, irDigits: 1 },
  { cpBits: 37, cpDigits: 11, irBits: 7, irDigits: 2 },
  { cpBits: 34, cpDigits: 10, irBits: 10, irDigits: 3 },
  { cpBits: 30, cpDigits: 9, irBits: 14, irDigits: 4 },
  { cpBits: 27, cpDigits: 8, irBits: 17, irDigits: 5 },
  { cpBits: 24, cpDigits: 7, irBits: 20, irDigits: 6 },
  { cpBits: 20, cpDigits: 6, irBits: 24, irDigits: 7 },
] as const;

/** GS1 General Specifications §7.9.1: mod-10 check digit, weights 3,1,3,... from the right. */
function checkDigit(digits13: string): string {
  let sum = 0;
  [...digits13].reverse().forEach((ch, i) => (sum += Number(ch) * (i % 2 === 0 ? 3 : 1)));
  return String((10 - (sum % 10)) % 10);
}

/** An independent SGTIN-96 encoder (TDS §14.5.1), to hold epc-tds to the standard. */
function encodeSgtin96(filter: number, partition: number, companyPrefix: string, itemRef: string, serial: bigint): string {
  const p = PARTITIONS[partition];
  if (!p) throw new Error('bad partition');
  let bits = 0x30n;
  const push = (value: bigint, width: number): void => {
    bits = (bits << BigInt(width)) | value;
  };
  push(BigInt(filter), 3);
  push(BigInt(partition), 3);
  push(BigInt(companyPrefix), p.cpBits);
  push(BigInt(itemRef), p.irBits);
  push(serial, 38);
  return bits.toString(16).toUpperCase().padStart(24, '0');
}

function gtinOf(companyPrefix: string, itemRef: string): string {
  // The item reference's first digit is the GTIN's indicator digit.
  const body = itemRef.slice(0, 1) + companyPrefix + itemRef.slice(1);
  return body + checkDigit(body);
}

describe('decodeEpc (SGTIN-96)', () => {
  it('decodes the TDS example urn:epc:tag:sgtin-96:3.0614141.812345.6789', () => {
    expect(decodeEpc('3074257BF7194E4000001A85')).toEqual({
      kind: 'sgtin96',
      gtin: '80614141123458',
      serial: '6789',
      uri: 'urn:epc:id:sgtin:0614141.812345.6789',
    });
  });

  it('agrees with the independent encoder on a fixed vector (filter 1, indicator 0)', () => {
    const hex = encodeSgtin96(1, 5, '0614141', '000734', 314159n);
    expect(hex).toBe('3034257BF400B7800004CB2F');
    expect(decodeEpc(hex)).toMatchObject({ kind: 'sgtin96', gtin: '00614141007349', serial: '314159' });
  });

  it('accepts lower-case hex', () => {
    expect(decodeEpc('3074257bf7194e4000001a85')).toMatchObject({ kind: 'sgtin96', gtin: '80614141123458' });
  });

  it.each([
    ['another scheme (GID-96)', '350000000000000000000000'],
    ['a reserved partition value (7)', '301C257BF7194E4000001A85'],
    ['too short', '3074257BF7194E4000001A8'],
    ['too long', '3074257BF7194E4000001A850'],
    ['not hex', '3074257BF7194E4000001A8G'],
    ['a vendor TID-like value', 'E2801160600002084A5C4F44'],
    ['empty', ''],
  ])('says "other" for %s', (_name, hex) => {
    expect(decodeEpc(hex)).toEqual({ kind: 'other' });
  });

  it('decodes every partition as the standard encodes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 6 }),
        fc.bigInt({ min: 0n, max: (1n << 38n) - 1n }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 }),
        (filter, partition, serial, digits) => {
          const p = PARTITIONS[partition];
          if (!p) throw new Error('bad partition');
          const all = digits.join('');
          const companyPrefix = all.slice(0, p.cpDigits);
          const itemRef = all.slice(p.cpDigits, p.cpDigits + p.irDigits);
          const hex = encodeSgtin96(filter, partition, companyPrefix, itemRef, serial);
          expect(decodeEpc(hex)).toMatchObject({ kind: 'sgtin96', gtin: gtinOf(companyPrefix, itemRef), serial: String(serial) });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('EPC bytes <-> hex', () => {
  it('round-trips 12 bytes through 24 upper-case hex digits', () => {
    const hex = '3074257BF7194E4000001A85';
    expect(epcBytes(hex)).toHaveLength(12);
    expect(epcHex(epcBytes(hex.toLowerCase()))).toBe(hex);
  });
});
