// District ownership: which instance ingests which district. One instance alone owns every
// district (or those given by --districts). Instances sharing a PostgreSQL store split the
// districts between them with PostgreSQL advisory locks (the database is the arbiter: no
// home-made consensus), and take over those of an instance that died.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DistrictFence } from '../store/index.js';

export interface OwnershipEvents {
  /** This instance now owns the district (its fence is in force). */
  gained: [district: string];
  /** This instance no longer owns the district. */
  lost: [district: string];
}

export interface Ownership extends EventEmitter<OwnershipEvents> {
  /** Districts come and go (several instances); false: a fixed set, or all. */
  readonly dynamic: boolean;
  owns(district: string): boolean;
  /** The owned districts; undefined: all of them. */
  owned(): readonly string[] | undefined;
  /** The claim a commit of this district carries (undefined: no other writer can exist). */
  fenceOf(district: string): DistrictFence | undefined;
  /** Where clients reach the owner of a district (undefined: nobody owns it right now). */
  ownerUrl(district: string): Promise<string | undefined>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One instance: every district, or a fixed list (`--districts`). */
export class StaticOwnership extends EventEmitter<OwnershipEvents> implements Ownership {
  readonly dynamic = false;
  constructor(private readonly districts: readonly string[] | undefined, private readonly publicUrl: string | (() => string)) {
    super();
  }
  owns(district: string): boolean {
    return this.districts === undefined || this.districts.includes(district);
  }
  owned(): readonly string[] | undefined {
    return this.districts;
  }
  fenceOf(): undefined {
    return undefined;
  }
  async ownerUrl(district: string): Promise<string | undefined> {
    return this.owns(district) ? (typeof this.publicUrl === 'string' ? this.publicUrl : this.publicUrl()) : undefined;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

// Advisory lock keys: (namespace, 31-bit hash). Two-key locks show in pg_locks with
// classid = namespace, objid = hash, objsubid = 2.
const NS_INSTANCE = 0x46460001;
const NS_DISTRICT = 0x46460002;
const NS_SCHEMA = 0x46460003;

/** FNV-1a, 31 bits: a lock key for a name. Two names with one key share a lock (and an owner). */
export function lockKey(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS district_owners (
  district TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL,
  public_url TEXT NOT NULL,
  token BIGINT NOT NULL,
  since BIGINT NOT NULL
);`;

export interface PgOwnershipOptions {
  databaseUrl: string;
  instanceId: string;
  /** How clients reach this instance (or a function: known once HTTP listens). */
  publicUrl: string | (() => string);
  log: Logger;
  /** How often ownership is checked and rebalanced (ms). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Several instances on one PostgreSQL database. Each holds a session-level advisory lock for
 * itself (so the others can count the live instances) and one per district it owns. Every
 * `intervalMs` it takes free districts up to its fair share (districts / instances, the
 * remainder going to the first instances by lock key) and
 * lets go of any above it, so a new instance gets work and a dead one's districts (its
 * session, and so its locks, end with its process) are taken over within about one interval.
 * Taking a district bumps its fence token in `district_owners`: a commit that carries an
 * older token fails, so a former owner that has not noticed cannot write after the new one
 * read the district's events.
 */
export class PgOwnership extends EventEmitter<OwnershipEvents> implements Ownership {
  readonly dynamic = true;
  private client: pg.Client | undefined;
  private readonly fences = new Map<string, DistrictFence>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(private readonly o: PgOwnershipOptions) {
    super();
    this.intervalMs = o.intervalMs ?? 1000;
    this.now = o.now ?? Date.now;
  }

  owns(district: string): boolean {
    return this.fences.has(district);
  }

  owned(): readonly string[] {
    return [...this.fences.keys()].sort();
  }

  fenceOf(district: string): DistrictFence | undefined {
    return this.fences.get(district);
  }

  private get publicUrl(): string {
    return typeof this.o.publicUrl === 'string' ? this.o.publicUrl : this.o.publicUrl();
  }

  async ownerUrl(district: string): Promise<string | undefined> {
    if (this.owns(district)) return this.publicUrl;
    const client = this.client;
    if (client === undefined) return undefined;
    // The recorded owner, if its lock is still held (a dead owner's row outlives it).
    const r = await client.query<{ public_url: string }>(
      `SELECT o.public_url FROM district_owners o
        WHERE o.district = $1 AND EXISTS (
          SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $2 AND l.objid = $3 AND l.objsubid = 2
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))`,
      [district, NS_DISTRICT, lockKey(district)],
    );
    return r.rows[0]?.public_url;
  }

  async start(): Promise<void> {
    await this.connect();
    await this.rebalance();
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.rebalance()
        .catch((err: unknown) => this.connectionLost(err))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.intervalMs);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.o.databaseUrl, application_name: `fridge-cloud ${this.o.instanceId}` });
    client.on('error', (err) => this.connectionLost(err));
    try {
      await client.connect();
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1, 0)', [NS_SCHEMA]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
      await client.query('SELECT pg_advisory_lock($1, $2)', [NS_INSTANCE, lockKey(this.o.instanceId)]);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.client = client;
  }

  /** The lock session is gone, and with it every lock: nothing is owned any more. */
  private connectionLost(err: unknown): void {
    if (this.client === undefined) return;
    this.o.log.error({ err }, 'district ownership: lost the database session; giving up every district');
    const client = this.client;
    this.client = undefined;
    client.end().catch(() => undefined);
    for (const d of [...this.fences.keys()]) this.release(d);
  }

  private release(district: string): void {
    this.fences.delete(district);
    this.emit('lost', district);
  }

  /** One round: count the live instances, then take or give districts to reach the fair share. */
  private async rebalance(): Promise<void> {
    if (this.stopped) return;
    if (this.client === undefined) await this.connect();
    const client = this.client;
    if (client === undefined) return;
    const districts = (await client.query<{ district: string }>('SELECT DISTINCT district FROM fridges ORDER BY district')).rows.map((r) => r.district);
    // The live instances are those holding their instance lock; ranked by lock key, the
    // first (districts mod instances) of them take one district more than the others.
    const keys = (await client.query<{ k: number }>(
      `SELECT objid::bigint AS k FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1 AND objsubid = 2
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY objid`,
      [NS_INSTANCE],
    )).rows.map((r) => Number(r.k));
    const live = Math.max(1, keys.length);
    const rank = Math.max(0, keys.indexOf(lockKey(this.o.instanceId)));
    const share = Math.floor(districts.length / live) + (rank < districts.length % live ? 1 : 0);
    // Over the share (an instance joined): let go of the most recently taken.
    const mine = [...this.fences.keys()];
    for (const d of mine.slice(share).reverse()) {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [NS_DISTRICT, lockKey(d)]);
      this.o.log.info({ district: d, share, instances: live }, 'district handed over (rebalancing)');
      this.release(d);
    }
    if (this.fences.size >= share) return;
    // Under it: try the free ones, each instance starting at its own place in the list.
    const start = lockKey(this.o.instanceId) % Math.max(1, districts.length);
    const order = [...districts.slice(start), ...districts.slice(0, start)].filter((d) => !this.fences.has(d));
    for (const d of order) {
      if (this.fences.size >= share || this.stopped) break;
      const got = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [NS_DISTRICT, lockKey(d)])).rows[0]?.ok === true;
      if (!got) continue;
      const r = await client.query<{ token: string }>(
        `INSERT INTO district_owners (district, instance_id, public_url, token, since) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (district) DO UPDATE SET instance_id = excluded.instance_id, public_url = excluded.public_url, token = district_owners.token + 1, since = excluded.since
         RETURNING token`,
        [d, this.o.instanceId, this.publicUrl, this.now()],
      );
      const token = Number(r.rows[0]?.token ?? 0);
      this.fences.set(d, { instanceId: this.o.instanceId, token });
      this.o.log.info({ district: d, token, instances: live }, 'district taken');
      this.emit('gained', d);
    }
  }

  /** Lets go of every district and leaves (the others take them over on their next round). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    const client = this.client;
    this.client = undefined;
    for (const d of [...this.fences.keys()]) this.release(d);
    // Ending the session releases its locks.
    await client?.end().catch(() => undefined);
  }
}
