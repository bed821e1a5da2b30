// GS1 SGTIN-96 (EPC Tag Data Standard, section 14.5.1): how each meal's RFID tag carries the
// meal's GTIN plus a serial number. Layout, most significant bit first:
//   header 8 (0x30) | filter 3 | partition 3 | company prefix + item reference 44 | serial 38
// The partition says how the 44 bits split between company prefix and item reference
// (which carries the GTIN's indicator digit in front).

export const SGTIN96_HEADER = 0x30;
export const MAX_SGTIN96_SERIAL = 2n ** 38n - 1n;

interface PartitionRow {
  cpBits: number;
  cpDigits: number;
  irBits: number;
  irDigits: number;
}

// TDS Table 14-2.
const PARTITIONS: readonly PartitionRow[] = [
  { cpBits: 40, cpDigits: 12, irBits: 4, irDigits: 1 },
  { cpBits: 37, cpDigits: 11, irBits: 7, irDigits: 2 },
  { cpBits: 34, cpDigits: 10, irBits: 10, irDigits: 3 },
  { cpBits: 30, cpDigits: 9, irBits: 14, irDigits: 4 },
  { cpBits: 27, cpDigits: 8, irBits: 17, irDigits: 5 },
  { cpBits: 24, cpDigits: 7, irBits: 20, irDigits: 6 },
  { cpBits: 20, cpDigits: 6, irBits: 24, irDigits: 7 },
];

export interface Sgtin {
  /** 0-7; 1 = point-of-sale item. */
  filter: number;
  /** GS1 company prefix, 6-12 digits (leading zeros significant). */
  companyPrefix: string;
  /** Indicator digit followed by the item reference; 13 - companyPrefix.length digits. */
  itemReference: string;
  serial: bigint;
}

export interface DecodedSgtin96 extends Sgtin {
  partition: number;
  gtin: string;
  /** urn:epc:id:sgtin:CP.IR.S */
  pureIdentityUri: string;
  /** urn:epc:tag:sgtin-96:F.CP.IR.S */
  tagUri: string;
}

export type SgtinResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** GS1 mod-10 check digit for the digits that precede it. */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += d * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin14(gtin: string): boolean {
  return /^\d{14}$/.test(gtin) && gs1CheckDigit(gtin.slice(0, 13)) === Number(gtin[13]);
}

/** Splits a GTIN-14 into the SGTIN's company prefix and item reference. */
export function gtinToSgtin(gtin: string, companyPrefixLength: number, serial: bigint, filter = 1): SgtinResult<Sgtin> {
  if (!isValidGtin14(gtin)) return { ok: false, reason: `not a valid GTIN-14: ${gtin}` };
  if (companyPrefixLength < 6 || companyPrefixLength > 12) {
    return { ok: false, reason: `company prefix length must be 6-12, got ${companyPrefixLength}` };
  }
  return {
    ok: true,
    value: {
      filter,
      companyPrefix: gtin.slice(1, 1 + companyPrefixLength),
      itemReference: gtin[0] + gtin.slice(1 + companyPrefixLength, 13),
      serial,
    },
  };
}

/** The GTIN-14 an SGTIN identifies: indicator, company prefix, item reference, check digit. */
export function sgtinToGtin(companyPrefix: string, itemReference: string): string {
  const body = `${itemReference.slice(0, 1)}${companyPrefix}${itemReference.slice(1)}`;
  return `${body}${gs1CheckDigit(body)}`;
}

export function encodeSgtin96(s: Sgtin): SgtinResult<string> {
  const partition = PARTITIONS.findIndex((p) => p.cpDigits === s.companyPrefix.length);
  const row = PARTITIONS[partition];
  if (row === undefined || !/^\d+$/.test(s.companyPrefix)) {
    return { ok: false, reason: `company prefix must be 6-12 digits, got "${s.companyPrefix}"` };
  }
  if (!/^\d+$/.test(s.itemReference) || s.itemReference.length !== row.irDigits) {
    return { ok: false, reason: `item reference must be ${row.irDigits} digits for a ${row.cpDigits}-digit company prefix` };
  }
  if (!Number.isInteger(s.filter) || s.filter < 0 || s.filter > 7) return { ok: false, reason: `filter must be 0-7, got ${s.filter}` };
  if (s.serial < 0n || s.serial > MAX_SGTIN96_SERIAL) return { ok: false, reason: `serial out of range for SGTIN-96: ${s.serial}` };
  const cp = BigInt(s.companyPrefix);
  const ir = BigInt(s.itemReference);
  // Every partition's digit count fits its bits (10^d <= 2^bits); kept as a guard so that a
  // bad table edit rejects instead of silently wrapping into the neighbouring field.
  if (cp >= 1n << BigInt(row.cpBits) || ir >= 1n << BigInt(row.irBits)) {
    return { ok: false, reason: 'company prefix or item reference does not fit its partition' };
  }
  let v = BigInt(SGTIN96_HEADER);
  v = (v << 3n) | BigInt(s.filter);
  v = (v << 3n) | BigInt(partition);
  v = (v << BigInt(row.cpBits)) | cp;
  v = (v << BigInt(row.irBits)) | ir;
  v = (v << 38n) | s.serial;
  return { ok: true, value: v.toString(16).toUpperCase().padStart(24, '0') };
}

export function decodeSgtin96(hex: string): SgtinResult<DecodedSgtin96> {
  if (!/^[0-9A-Fa-f]{24}$/.test(hex)) return { ok: false, reason: 'an EPC-96 is 24 hex digits' };
  const v = BigInt(`0x${hex}`);
  const bits = (from: number, len: number): bigint => (v >> BigInt(96 - from - len)) & ((1n << BigInt(len)) - 1n);
  if (Number(bits(0, 8)) !== SGTIN96_HEADER) return { ok: false, reason: `header ${bits(0, 8).toString(16)} is not SGTIN-96 (30)` };
  const filter = Number(bits(8, 3));
  const partition = Number(bits(11, 3));
  const row = PARTITIONS[partition];
  if (row === undefined) return { ok: false, reason: `invalid partition ${partition}` };
  const cp = bits(14, row.cpBits);
  const ir = bits(14 + row.cpBits, row.irBits);
  const serial = bits(58, 38);
  const companyPrefix = cp.toString().padStart(row.cpDigits, '0');
  const itemReference = ir.toString().padStart(row.irDigits, '0');
  if (companyPrefix.length !== row.cpDigits || itemReference.length !== row.irDigits) {
    return { ok: false, reason: 'company prefix or item reference has too many digits for its partition' };
  }
  return {
    ok: true,
    value: {
      filter,
      partition,
      companyPrefix,
      itemReference,
      serial,
      gtin: sgtinToGtin(companyPrefix, itemReference),
      pureIdentityUri: `urn:epc:id:sgtin:${companyPrefix}.${itemReference}.${serial}`,
      tagUri: `urn:epc:tag:sgtin-96:${filter}.${companyPrefix}.${itemReference}.${serial}`,
    },
  };
}

/** The EPC (24 hex digits) of a meal's tag. Throws on bad input: scenario validation ran first. */
export function mealEpc(gtin: string, companyPrefixLength: number, serial: bigint, filter = 1): string {
  const parts = gtinToSgtin(gtin, companyPrefixLength, serial, filter);
  if (!parts.ok) throw new Error(parts.reason);
  const epc = encodeSgtin96(parts.value);
  if (!epc.ok) throw new Error(epc.reason);
  return epc.value;
}
