// EPCs cross the wire as the 12 raw bytes of a 96-bit EPC (fridge.proto) and live in the
// domain as 24 upper-case hex digits (JSON-friendly, the registry's key).

export const EPC_BYTES = 12;

export function isEpcBytes(bytes: Uint8Array | null | undefined): bytes is Uint8Array {
  return bytes instanceof Uint8Array && bytes.length === EPC_BYTES;
}

/** Upper-case hex of every byte: a tag's EPC is converted for every sighting (issue 12). */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));

export function epcHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}

export function epcBytes(hex: string): Uint8Array {
  if (!/^[0-9A-Fa-f]{24}$/.test(hex)) throw new Error(`not a 96-bit EPC: ${hex}`);
  const out = new Uint8Array(EPC_BYTES);
  for (let i = 0; i < EPC_BYTES; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
