// EPCs cross the wire as the 12 raw bytes of a 96-bit EPC (fridge.proto) and live in the
// domain as 24 upper-case hex digits (JSON-friendly, the registry's key).

export const EPC_BYTES = 12;

export function isEpcBytes(bytes: Uint8Array | null | undefined): bytes is Uint8Array {
  return bytes instanceof Uint8Array && bytes.length === EPC_BYTES;
}

/**
 * Upper-case hex of every byte: a tag's EPC is converted for every sighting (issue 12). The
 * character codes of each byte's two digits by table, and a 96-bit EPC made in one call: a
 * string built by `+=` is a rope that the registry cache's Map flattens again at every lookup
 * (0.3-0.5 µs more a tag, measured with the lookup: docs/benchmarks.md, "Run of 2026-12-02, night").
 */
const DIGITS = '0123456789ABCDEF';
const HIGH = Uint16Array.from({ length: 256 }, (_, b) => DIGITS.charCodeAt(b >> 4));
const LOW = Uint16Array.from({ length: 256 }, (_, b) => DIGITS.charCodeAt(b & 15));

export function epcHex(bytes: Uint8Array): string {
  if (bytes.length === EPC_BYTES) {
    const b = bytes as unknown as readonly number[];
    const H = HIGH as unknown as readonly number[];
    const L = LOW as unknown as readonly number[];
    return String.fromCharCode(
      H[b[0]!]!, L[b[0]!]!, H[b[1]!]!, L[b[1]!]!, H[b[2]!]!, L[b[2]!]!, H[b[3]!]!, L[b[3]!]!, H[b[4]!]!, L[b[4]!]!, H[b[5]!]!, L[b[5]!]!,
      H[b[6]!]!, L[b[6]!]!, H[b[7]!]!, L[b[7]!]!, H[b[8]!]!, L[b[8]!]!, H[b[9]!]!, L[b[9]!]!, H[b[10]!]!, L[b[10]!]!, H[b[11]!]!, L[b[11]!]!,
    );
  }
  const codes = new Array<number>(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    codes[2 * i] = HIGH[bytes[i]!]!;
    codes[2 * i + 1] = LOW[bytes[i]!]!;
  }
  return String.fromCharCode(...codes);
}

export function epcBytes(hex: string): Uint8Array {
  if (!/^[0-9A-Fa-f]{24}$/.test(hex)) throw new Error(`not a 96-bit EPC: ${hex}`);
  const out = new Uint8Array(EPC_BYTES);
  for (let i = 0; i < EPC_BYTES; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
