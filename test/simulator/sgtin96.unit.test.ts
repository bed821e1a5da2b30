import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSgtin96, encodeSgtin96, gtinToSgtin, mealEpc, sgtinToGtin } from '../../simulator/index.js';
import { gs1CheckDigit, isValidGtin14 } from '../../simulator/world/sgtin96.js';

// Published vectors: GS1 EPC Tag Data Standard (SGTIN-96 example) and the tests of two
// independent open-source coders (pyepc, epcGS1coder).
const VECTORS = [
  { hex: '3074257BF7194E4000001A85', tagUri: 'urn:epc:tag:sgtin-96:3.0614141.812345.6789', pure: 'urn:epc:id:sgtin:0614141.812345.6789', gtin: '80614141123458', partition: 5 },
  { hex: '301800004000004000000001', tagUri: 'urn:epc:tag:sgtin-96:0.000001.0000001.1', pure: 'urn:epc:id:sgtin:000001.0000001.1', gtin: '00000010000014', partition: 6 },
  { hex: '3034007D00011C400000000B', tagUri: 'urn:epc:tag:sgtin-96:1.0008000.001137.11', pure: 'urn:epc:id:sgtin:0008000.001137.11', gtin: '00008000011378', partition: 5 },
];

describe('SGTIN-96 (unit)', () => {
  it.each(VECTORS)('decodes $hex', (v) => {
    const r = decodeSgtin96(v.hex);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tagUri).toBe(v.tagUri);
    expect(r.value.pureIdentityUri).toBe(v.pure);
    expect(r.value.gtin).toBe(v.gtin);
    expect(r.value.partition).toBe(v.partition);
  });

  it.each(VECTORS)('encodes back to $hex', (v) => {
    const d = decodeSgtin96(v.hex);
    if (!d.ok) throw new Error(d.reason);
    const e = encodeSgtin96(d.value);
    expect(e).toEqual({ ok: true, value: v.hex });
  });

  it('builds the TDS example from its GTIN, company prefix length and serial', () => {
    const parts = gtinToSgtin('80614141123458', 7, 6789n, 3);
    if (!parts.ok) throw new Error(parts.reason);
    expect(encodeSgtin96(parts.value)).toEqual({ ok: true, value: '3074257BF7194E4000001A85' });
    expect(mealEpc('80614141123458', 7, 6789n, 3)).toBe('3074257BF7194E4000001A85');
  });

  it('computes GS1 check digits', () => {
    expect(gs1CheckDigit('8061414112345')).toBe(8);
    expect(isValidGtin14('80614141123458')).toBe(true);
    expect(isValidGtin14('80614141123459')).toBe(false);
  });

  it('rejects what is not an SGTIN-96', () => {
    expect(decodeSgtin96('E2801160600002084C2E8D4B').ok).toBe(false); // a TID-like EPC, header E2
    expect(decodeSgtin96('3074257BF7194E4000001A8').ok).toBe(false); // 23 digits
    expect(decodeSgtin96('307C257BF7194E4000001A85').ok).toBe(false); // partition 7
    expect(encodeSgtin96({ filter: 1, companyPrefix: '0614141', itemReference: '812345', serial: 2n ** 38n }).ok).toBe(false);
    expect(gtinToSgtin('80614141123459', 7, 1n).ok).toBe(false);
  });

  it('round-trips any GTIN, prefix length and serial (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 13, maxLength: 13 }),
        fc.integer({ min: 6, max: 12 }),
        fc.bigInt({ min: 0n, max: 2n ** 38n - 1n }),
        fc.integer({ min: 0, max: 7 }),
        (body, cpLen, serial, filter) => {
          const gtin = `${body}${gs1CheckDigit(body)}`;
          const parts = gtinToSgtin(gtin, cpLen, serial, filter);
          if (!parts.ok) return false;
          const enc = encodeSgtin96(parts.value);
          if (!enc.ok) return false;
          const dec = decodeSgtin96(enc.value);
          return dec.ok && dec.value.gtin === gtin && dec.value.serial === serial && dec.value.filter === filter
            && sgtinToGtin(dec.value.companyPrefix, dec.value.itemReference) === gtin;
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});
