// What really happened, kept by the world so that tests can compare the cloud's view of stock
// with it. Never derived from what the controller reported: misreads and lost lines do not
// change the truth.

export type RemovalReason = 'purchase' | 'reserved-pickup' | 'personal-pickup' | 'expired';
export type SessionKind = 'shopper' | 'pickup' | 'restock';

export interface ItemView {
  epc: string;
  gtin: string;
  shelf: number;
  grams: number;
  expiresAtMs: number;
  personalFor?: string;
  reservedFor?: string;
}

export interface Removal {
  epc: string;
  gtin: string;
  fridgeId: string;
  /** User id, or "kitchen". */
  by: string;
  reason: RemovalReason;
  atMs: number;
  sessionId: string;
}

export interface Addition {
  epc: string;
  gtin: string;
  fridgeId: string;
  atMs: number;
  reason: 'initial' | 'restock' | 'personal';
  personalFor?: string;
  sessionId?: string;
}

export interface PutBack {
  epc: string;
  fromShelf: number;
  toShelf: number;
}

export interface SessionRecord {
  sessionId: string;
  fridgeId: string;
  kind: SessionKind;
  userId: string;
  openedAtMs: number;
  closedAtMs: number;
  /** EPCs that left the fridge in this session (put-backs excluded). */
  taken: string[];
  putBack: PutBack[];
  added: string[];
  leftOpen: boolean;
}

export type Incident =
  | { kind: 'reboot'; fridgeId: string; atMs: number; downMs: number }
  | { kind: 'link-down'; fridgeId: string; atMs: number }
  | { kind: 'link-up'; fridgeId: string; atMs: number }
  | { kind: 'fault'; fridgeId: string; atMs: number; code: string; text: string }
  | { kind: 'temp-excursion'; fridgeId: string; atMs: number; untilMs: number; peakDeci: number }
  | { kind: 'unlock'; fridgeId: string; atMs: number; seconds: number }
  | { kind: 'reservation'; fridgeId: string; atMs: number; userId: string; epc: string }
  | { kind: 'network-outage'; fridgeId: string; atMs: number; durationMs: number };

export interface GroundTruth {
  /** EPCs physically in each fridge, sorted. */
  stock: Record<string, string[]>;
  items: Record<string, ItemView[]>;
  removals: Removal[];
  additions: Addition[];
  sessions: SessionRecord[];
  incidents: Incident[];
}

/** Append-only log plus the live per-fridge item maps it is read from. */
export class TruthLog {
  readonly removals: Removal[] = [];
  readonly additions: Addition[] = [];
  readonly sessions: SessionRecord[] = [];
  readonly incidents: Incident[] = [];

  snapshot(items: ReadonlyMap<string, ReadonlyMap<string, ItemView>>): GroundTruth {
    const stock: Record<string, string[]> = {};
    const views: Record<string, ItemView[]> = {};
    for (const [fridgeId, m] of items) {
      stock[fridgeId] = [...m.keys()].sort();
      views[fridgeId] = [...m.values()].map((v) => ({ ...v })).sort((a, b) => (a.epc < b.epc ? -1 : 1));
    }
    // Copies: a test holding a snapshot must not see it change under its feet.
    return {
      stock,
      items: views,
      removals: this.removals.map((r) => ({ ...r })),
      additions: this.additions.map((a) => ({ ...a })),
      sessions: this.sessions.map((s) => ({ ...s, taken: [...s.taken], putBack: [...s.putBack], added: [...s.added] })),
      incidents: this.incidents.map((i) => ({ ...i })),
    };
  }
}
