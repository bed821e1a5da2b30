// GS1 EPC Tag Data Standard: a meal's RFID tag is an SGTIN-96 whose GTIN identifies the
// meal product (DESIGN.md "The ACL and the stock model"). Decoding is delegated to epc-tds;
// this file is its only user, so its loose JavaScript surface stops here.
import { createRequire } from 'node:module';

/** The part of epc-tds that we use. Its shipped typings do not match its CommonJS export. */
interface TdsEpc {
  getType(): string;
  getGtin(): string;
  getSerial(): number | string;
  toIdURI(): string;
}
interface TdsModule {
  valueOf(hexEpc: string): TdsEpc;
}

const tds = createRequire(import.meta.url)('epc-tds') as TdsModule;

export type DecodedEpc =
  | { kind: 'sgtin96'; gtin: string; serial: string; uri: string }
  | { kind: 'other' };

const HEX96 = /^[0-9A-Fa-f]{24}$/;
// TDS §14.5.1: header 0x30 is SGTIN-96.
const SGTIN96_HEADER = '30';
const GTIN14 = /^\d{14}$/;

/**
 * Decodes a 96-bit EPC given as 24 hex digits. Anything that is not a well-formed SGTIN-96
 * (other schemes, bad partition values, wrong length, non-hex) is `{ kind: 'other' }`:
 * tags come from the field, so a strange one is an expected outcome, not an error.
 */
export function decodeEpc(hex: string): DecodedEpc {
  if (!HEX96.test(hex) || hex.slice(0, 2) !== SGTIN96_HEADER) return { kind: 'other' };
  try {
    const epc = tds.valueOf(hex.toUpperCase());
    if (epc.getType() !== 'SGTIN-96') return { kind: 'other' };
    const gtin = epc.getGtin();
    if (!GTIN14.test(gtin)) return { kind: 'other' };
    return { kind: 'sgtin96', gtin, serial: String(epc.getSerial()), uri: epc.toIdURI() };
  } catch {
    // epc-tds throws on reserved partition values (TDS Table 14-2 has only 0..6).
    return { kind: 'other' };
  }
}
