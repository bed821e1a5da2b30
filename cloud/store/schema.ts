// The cloud's SQLite schema. Event tables are the truth and kept forever (retention may prune
// raw fridge events only); projection tables are disposable and rebuilt from the events.
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Registry (admin API): written by operators and the kitchen, read by the ACL.
CREATE TABLE IF NOT EXISTS fridges (
  id TEXT PRIMARY KEY,
  district TEXT NOT NULL,
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  credential_hash TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  credential_rotated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fridges_district ON fridges (district);
CREATE TABLE IF NOT EXISTS meals (
  gtin TEXT PRIMARY KEY,
  facts TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tags (
  epc TEXT PRIMARY KEY,
  gtin TEXT NOT NULL,
  best_before INTEGER,
  order_id TEXT,
  user_id TEXT,
  fridge_id TEXT,
  packed_at INTEGER NOT NULL
);

-- Raw fridge events, exactly once per (fridge, epoch, seq), kept byte for byte as the edge sent
-- them. One row per accepted batch: a run of seqs, the events' bytes back to back in payload,
-- and per event [seq, recorded_at (edge time), offset, length] in events (rows.ts packRun).
-- The cursor check of every commit keeps runs of one epoch from overlapping.
CREATE TABLE IF NOT EXISTS fridge_event_runs (
  fridge_id TEXT NOT NULL,
  epoch TEXT NOT NULL,
  first_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  events TEXT NOT NULL,
  payload BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS fridge_event_runs_key ON fridge_event_runs (fridge_id, epoch, first_seq);
CREATE INDEX IF NOT EXISTS fridge_event_runs_received ON fridge_event_runs (received_at);
-- One row per event, as stores kept them before the runs (BEFORE_SCHEMA renames their table):
-- read and pruned with the runs, written only through the view.
CREATE TABLE IF NOT EXISTS fridge_events_each (
  fridge_id TEXT NOT NULL,
  epoch TEXT NOT NULL,
  seq INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  payload BLOB NOT NULL,
  PRIMARY KEY (fridge_id, epoch, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fridge_events_received ON fridge_events_each (received_at);
-- Exactly once: a run overlapping a stored one of its epoch (the run starting last at or before
-- its end) or a stored single event is refused, as a key would refuse a stored (fridge, epoch, seq).
CREATE TRIGGER IF NOT EXISTS fridge_event_runs_once BEFORE INSERT ON fridge_event_runs
WHEN COALESCE((SELECT last_seq FROM fridge_event_runs WHERE fridge_id = NEW.fridge_id AND epoch = NEW.epoch AND first_seq <= NEW.last_seq ORDER BY first_seq DESC LIMIT 1), -1) >= NEW.first_seq
  OR EXISTS (SELECT 1 FROM fridge_events_each WHERE fridge_id = NEW.fridge_id AND epoch = NEW.epoch AND seq BETWEEN NEW.first_seq AND NEW.last_seq)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: fridge_events (a raw event stored already)');
END;
-- Every raw event, one row each, whichever table holds it (what tools and tests query). Made
-- anew at every open (json_extract: readable by SQLite tools older than the ->> operator).
DROP VIEW IF EXISTS fridge_events;
CREATE VIEW fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) AS
  SELECT fridge_id, epoch, seq, recorded_at, received_at, payload FROM fridge_events_each
  UNION ALL
  SELECT r.fridge_id, r.epoch, json_extract(e.value, '$[0]'), json_extract(e.value, '$[1]'), r.received_at,
         substr(r.payload, json_extract(e.value, '$[2]') + 1, json_extract(e.value, '$[3]'))
  FROM fridge_event_runs r, json_each(r.events) e;
CREATE TRIGGER IF NOT EXISTS fridge_events_insert INSTEAD OF INSERT ON fridge_events BEGIN
  INSERT INTO fridge_events_each (fridge_id, epoch, seq, recorded_at, received_at, payload)
  VALUES (NEW.fridge_id, NEW.epoch, NEW.seq, NEW.recorded_at, NEW.received_at, NEW.payload);
END;

-- Domain events: the event store. position is global and ascending.
CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY,
  district TEXT NOT NULL,
  fridge_id TEXT,
  type TEXT NOT NULL,
  at INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_district ON events (district, position);

-- A district's state as of a position (cloud/core/snapshots.ts): not the truth, a shortcut to
-- it. The fold of the district's events up to position, by the code named by version; event_type
-- and event_at are the event's at position (checked on reading). Rebuild drops them.
CREATE TABLE IF NOT EXISTS district_snapshots (
  district TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  event_at INTEGER NOT NULL,
  version TEXT NOT NULL,
  state TEXT NOT NULL,
  saved_at INTEGER NOT NULL
);

-- Per fridge: the last committed (epoch, seq).
CREATE TABLE IF NOT EXISTS cursors (
  fridge_id TEXT PRIMARY KEY,
  epoch TEXT NOT NULL,
  committed_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Refused batches, kept for inspection, bounded (DEAD_LETTER_LIMITS in store.ts): payload is
-- a prefix of the batch, bytes its full length, digest its SHA-256; one row per fridge,
-- reason and digest, count the times it came; at the last time, first_at the first.
CREATE TABLE IF NOT EXISTS dead_letters (
  id INTEGER PRIMARY KEY,
  fridge_id TEXT,
  topic TEXT NOT NULL,
  reason TEXT NOT NULL,
  payload BLOB NOT NULL,
  at INTEGER NOT NULL,
  digest TEXT NOT NULL DEFAULT '',
  bytes INTEGER NOT NULL DEFAULT 0,
  count INTEGER NOT NULL DEFAULT 1,
  first_at INTEGER NOT NULL DEFAULT 0
);

-- Projections.
CREATE TABLE IF NOT EXISTS stock (
  fridge_id TEXT NOT NULL,
  gtin TEXT NOT NULL,
  on_hand INTEGER NOT NULL,
  reserved INTEGER NOT NULL,
  available INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, gtin)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fridge_status (
  fridge_id TEXT PRIMARY KEY,
  online INTEGER NOT NULL,
  stale INTEGER NOT NULL,
  epoch TEXT,
  changed_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog (
  district TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  changed_at INTEGER NOT NULL
);
-- The latest reading of each sensor (TemperatureRecorded): tenths of a degree C, edge time.
CREATE TABLE IF NOT EXISTS fridge_temperature (
  fridge_id TEXT NOT NULL,
  sensor INTEGER NOT NULL,
  deci_celsius INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, sensor)
) WITHOUT ROWID;
`;

/**
 * Before SCHEMA: a store from before the runs keeps its raw events, one row each, under the
 * name fridge_events_each (the name fridge_events becomes the view of both).
 */
export function beforeSchema(tableExists: (name: string) => boolean): string {
  return tableExists('fridge_events') ? 'ALTER TABLE fridge_events RENAME TO fridge_events_each;' : '';
}

/**
 * Columns added to tables of stores created before them, with their definitions; then the
 * indexes on them (a store of any age ends up with the same schema).
 */
export const ADDED_COLUMNS: ReadonlyArray<{ table: string; column: string; definition: string }> = [
  { table: 'dead_letters', column: 'digest', definition: "TEXT NOT NULL DEFAULT ''" },
  { table: 'dead_letters', column: 'bytes', definition: 'INTEGER NOT NULL DEFAULT 0' },
  { table: 'dead_letters', column: 'count', definition: 'INTEGER NOT NULL DEFAULT 1' },
  { table: 'dead_letters', column: 'first_at', definition: 'INTEGER NOT NULL DEFAULT 0' },
];

/**
 * After ADDED_COLUMNS: dead letters kept whole before the bound are cut to the prefix (rows of
 * 150 MB were seen), and the index that finds a repeated payload.
 */
export const AFTER_ADDED_COLUMNS = `
UPDATE dead_letters SET bytes = length(payload), first_at = at, payload = substr(payload, 1, 65536) WHERE digest = '' AND bytes = 0;
CREATE INDEX IF NOT EXISTS dead_letters_digest ON dead_letters (digest);
CREATE INDEX IF NOT EXISTS dead_letters_at ON dead_letters (at, id);
`;

/**
 * Projection tables: emptied and refilled by `fridge-cloud rebuild`. Every writer of the
 * PostgreSQL store takes their locks in this order (pg-store.ts).
 */
export const PROJECTION_TABLES = ['stock', 'fridge_status', 'catalog', 'fridge_temperature'] as const;
