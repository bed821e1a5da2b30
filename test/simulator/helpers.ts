// Shared helpers for the simulator tests: a small inline scenario and a line collector that
// lets a test await a line instead of sleeping.
import { PERFECT_RATES, type Rates } from '../../simulator/index.js';

export const GTIN_LASAGNA = '04012345000108';
export const GTIN_DAL = '04012345000146';

export function tinyScenario(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'tiny',
    seed: 1234,
    startAt: '2025-03-03T00:00:00Z',
    districts: [{ id: 'd1', name: 'District one' }],
    meals: [
      { gtin: GTIN_LASAGNA, companyPrefixLength: 7, name: 'Lasagna', nutrition: { kcal: 690, proteinG: 29, carbsG: 58, fatG: 22 }, nominalWeightG: 520, priceCents: 1290, shelfLifeDays: 3 },
      { gtin: GTIN_DAL, companyPrefixLength: 7, name: 'Lentil dal', nutrition: { kcal: 480, proteinG: 21, carbsG: 66, fatG: 12 }, nominalWeightG: 420, priceCents: 890, shelfLifeDays: 4 },
    ],
    fridges: [
      {
        id: 'fr-1', district: 'd1', name: 'Fridge one', lat: 52.5, lon: 13.4,
        shelves: [{ id: 1, tareG: 2400, capacity: 20 }, { id: 2, tareG: 2500, capacity: 20 }],
        initialStock: [{ gtin: GTIN_LASAGNA, count: 8, shelf: 1 }, { gtin: GTIN_DAL, count: 6, shelf: 2 }],
      },
    ],
    traffic: { shoppersPerHour: 0 },
    rates: { ...PERFECT_RATES },
    ...over,
  };
}

export function rates(over: Partial<Rates>): Rates {
  return { ...PERFECT_RATES, ...over };
}

/** Collects '\n'-terminated lines from a byte stream; `next()` awaits one matching a predicate. */
export class LineCollector {
  readonly lines: string[] = [];
  private buf = '';
  private waiters: { pred: (l: string) => boolean; resolve: (l: string) => void; from: number }[] = [];

  push(chunk: Buffer | string): void {
    this.buf += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    let nl = this.buf.indexOf('\n');
    while (nl >= 0) {
      const line = this.buf.slice(0, nl);
      this.buf = this.buf.slice(nl + 1);
      this.lines.push(line);
      nl = this.buf.indexOf('\n');
    }
    this.check();
  }

  /** Resolves with the first line, received from now on (or already after `mark()`), matching `pred`. */
  next(pred: (l: string) => boolean, from = this.lines.length): Promise<string> {
    return new Promise((resolve) => {
      this.waiters.push({ pred, resolve, from });
      this.check();
    });
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      const hit = this.lines.slice(w.from).find(w.pred);
      if (hit === undefined) return true;
      w.resolve(hit);
      return false;
    });
  }
}

/** Body of a framed line, without '$' and '*CS'. */
export function body(line: string): string {
  const star = line.lastIndexOf('*');
  return line.slice(line.indexOf('$') + 1, star < 0 ? undefined : star);
}
