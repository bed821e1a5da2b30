import type { Rng } from '../support/prng.js';

// Electrical noise on the UART. A corrupted line is always one the edge must reject: a
// changed byte inside the frame always changes the XOR checksum (or is not printable), and a
// truncated line always loses its '*CS' trailer. The newline is kept so that the damage
// stays within one line and a test can tell exactly which lines were hit.

export type Damage = 'corrupt' | 'truncate';

export interface NoiseRates {
  /** Probability that a line has one byte changed. */
  lineCorrupt: number;
  /** Probability that a line is cut short. */
  lineTruncate: number;
}

export interface NoisyLine {
  /** What goes on the wire, '\n' included. */
  sent: string;
  damage?: Damage;
}

const FRAMING = new Set(['$', '*', '\r', '\n']);

/** Pure given the rng: decides whether and how `line` (a framed line ending '\n') is damaged. */
export function applyNoise(line: string, rates: NoiseRates, rng: Rng): NoisyLine {
  const body = line.endsWith('\n') ? line.slice(0, -1) : line;
  if (rng.chance(rates.lineTruncate)) {
    // Keep a prefix that ends before the full checksum: from nothing up to '*' plus one digit.
    return { sent: `${body.slice(0, rng.int(0, body.length - 2))}\n`, damage: 'truncate' };
  }
  if (rng.chance(rates.lineCorrupt)) {
    const star = body.lastIndexOf('*');
    if (star > 1) {
      const at = rng.int(1, star - 1);
      const old = body.charCodeAt(at);
      let b = old;
      // Mostly a flipped bit, sometimes binary garbage; never a framing byte.
      while (b === old || FRAMING.has(String.fromCharCode(b))) {
        b = rng.chance(0.8) ? old ^ (1 << rng.int(0, 6)) : rng.int(0, 255);
      }
      return { sent: `${body.slice(0, at)}${String.fromCharCode(b)}${body.slice(at + 1)}\n`, damage: 'corrupt' };
    }
  }
  return { sent: line };
}
