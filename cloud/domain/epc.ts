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
    const b = bytes;
    return String.fromCharCode(
      HIGH[b[0]!]!, LOW[b[0]!]!, HIGH[b[1]!]!, LOW[b[1]!]!, HIGH[b[2]!]!, LOW[b[2]!]!, HIGH[b[3]!]!, LOW[b[3]!]!, HIGH[b[4]!]!, LOW[b[4]!]!, HIGH[b[5]!]!, LOW[b[5]!]!,
      HIGH[b[6]!]!, LOW[b[6]!]!, HIGH[b[7]!]!, LOW[b[7]!]!, HIGH[b[8]!]!, LOW[b[8]!]!, HIGH[b[9]!]!, LOW[b[9]!]!, HIGH[b[10]!]!, LOW[b[10]!]!, HIGH[b[11]!]!, LOW[b[11]!]!,
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
