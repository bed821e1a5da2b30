// The cloud's PostgreSQL schema: the same tables, columns and keys as the SQLite schema
// (schema.ts), in PostgreSQL types. Event tables are the truth and kept forever (retention may
// prune raw fridge events only); projection tables are disposable and rebuilt from the events.
//
// Types:
// - times (unix ms), seqs and positions are BIGINT; the adapter's pool parses INT8 into JS
//   numbers and throws beyond 2^53 (pg-store.ts).
// - text keys are COLLATE "C": comparisons and ORDER BY are by bytes, as in SQLite, whatever
//   the database's default collation, and the key indexes serve those ORDER BYs.
// - fridges.enabled is BOOLEAN (written only by the adapter). fridge_status.online/stale are
//   SMALLINT 0/1 because the projections (projections.ts) write those rows as they are, with
//   the same SQL in both dialects.
// - events.data and meals.facts are TEXT holding the JSON as written (as in SQLite), so events
//   read back byte for byte, key order included. Queries that look inside cast to jsonb.
//
// Every statement is idempotent (IF NOT EXISTS); pg-store.ts runs them in one transaction
// under an advisory lock, so instances starting at once do not race on the catalog.

/** Key of the transaction-level advisory lock held while the schema is created ('FFCS'). */
export const SCHEMA_LOCK_KEY = 0x46464353;

/** Before PG_SCHEMA: a store from before the runs keeps its per-event table as fridge_events_each. */
export const PG_BEFORE_SCHEMA = `
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'fridge_events' AND c.relkind = 'r' AND n.nspname = current_schema()) THEN
    ALTER TABLE fridge_events RENAME TO fridge_events_each;
  END IF;
END $$;
`;

export const PG_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL
);

-- Registry (admin API): written by operators and the kitchen, read by the ACL.
CREATE TABLE IF NOT EXISTS fridges (
  id TEXT COLLATE "C" PRIMARY KEY,
  district TEXT COLLATE "C" NOT NULL,
  name TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  credential_hash TEXT NOT NULL,
  enabled BOOLEAN NOT NULL DEFAULT TRUE,
  created_at BIGINT NOT NULL,
  credential_rotated_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS fridges_district ON fridges (district);
CREATE TABLE IF NOT EXISTS meals (
  gtin TEXT COLLATE "C" PRIMARY KEY,
  facts TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS tags (
  epc TEXT COLLATE "C" PRIMARY KEY,
  gtin TEXT NOT NULL,
  best_before BIGINT,
  order_id TEXT,
  user_id TEXT,
  fridge_id TEXT,
  packed_at BIGINT NOT NULL
);

-- Raw fridge events, exactly once per (fridge, epoch, seq), one row per accepted batch as in
-- SQLite (schema.ts): events is the JSON [[seq, recorded_at, offset, length], ...] of payload.
CREATE TABLE IF NOT EXISTS fridge_event_runs (
  id BIGSERIAL PRIMARY KEY,
  fridge_id TEXT COLLATE "C" NOT NULL,
  epoch TEXT COLLATE "C" NOT NULL,
  first_seq BIGINT NOT NULL,
  last_seq BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  events TEXT NOT NULL,
  payload BYTEA NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS fridge_event_runs_key ON fridge_event_runs (fridge_id, epoch, first_seq);
CREATE INDEX IF NOT EXISTS fridge_event_runs_received ON fridge_event_runs (received_at);
-- One row per event, as stores kept them before the runs (PG_BEFORE_SCHEMA renames their table).
CREATE TABLE IF NOT EXISTS fridge_events_each (
  fridge_id TEXT COLLATE "C" NOT NULL,
  epoch TEXT COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  payload BYTEA NOT NULL,
  PRIMARY KEY (fridge_id, epoch, seq)
);
CREATE INDEX IF NOT EXISTS fridge_events_received ON fridge_events_each (received_at);
-- Exactly once (the writers of one fridge are serialized by its cursor row's lock): a run
-- overlapping a stored run or event of its epoch is refused as a key would refuse it.
CREATE OR REPLACE FUNCTION fridge_event_runs_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF COALESCE((SELECT last_seq FROM fridge_event_runs WHERE fridge_id = NEW.fridge_id AND epoch = NEW.epoch AND first_seq <= NEW.last_seq ORDER BY first_seq DESC LIMIT 1), -1) >= NEW.first_seq
     OR EXISTS (SELECT 1 FROM fridge_events_each WHERE fridge_id = NEW.fridge_id AND epoch = NEW.epoch AND seq BETWEEN NEW.first_seq AND NEW.last_seq) THEN
    RAISE unique_violation USING MESSAGE = 'a raw event stored already: fridge ' || NEW.fridge_id || ', epoch ' || NEW.epoch || ', seqs ' || NEW.first_seq || '-' || NEW.last_seq;
  END IF;
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER fridge_event_runs_once BEFORE INSERT ON fridge_event_runs FOR EACH ROW EXECUTE FUNCTION fridge_event_runs_once();
-- Every raw event, one row each, whichever table holds it (what tools and tests query).
CREATE OR REPLACE VIEW fridge_events (fridge_id, epoch, seq, recorded_at, received_at, payload) AS
  SELECT fridge_id, epoch, seq, recorded_at, received_at, payload FROM fridge_events_each
  UNION ALL
  SELECT r.fridge_id, r.epoch, (e.v ->> 0)::bigint, (e.v ->> 1)::bigint, r.received_at, substring(r.payload FROM (e.v ->> 2)::int + 1 FOR (e.v ->> 3)::int)
  FROM fridge_event_runs r CROSS JOIN LATERAL json_array_elements(r.events::json) AS e(v);
CREATE OR REPLACE FUNCTION fridge_events_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fridge_events_each (fridge_id, epoch, seq, recorded_at, received_at, payload)
  VALUES (NEW.fridge_id, NEW.epoch, NEW.seq, NEW.recorded_at, NEW.received_at, NEW.payload);
  RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER fridge_events_insert INSTEAD OF INSERT ON fridge_events FOR EACH ROW EXECUTE FUNCTION fridge_events_insert();

-- Domain events: the event store. position is global and ascending (see pg-store.ts on the
-- order in which concurrent transactions make positions visible).
CREATE TABLE IF NOT EXISTS events (
  position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  district TEXT COLLATE "C" NOT NULL,
  fridge_id TEXT COLLATE "C",
  type TEXT NOT NULL,
  at BIGINT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_district ON events (district, position);
-- reservationOwner: the MealStockReserved event of a reservation, found by index.
CREATE INDEX IF NOT EXISTS events_reservation ON events (district, ((data::jsonb ->> 'reservationId')))
  WHERE type = 'MealStockReserved';
-- Readers that tail the events (the feed's own processes, issue 13 item 1) LISTEN on
-- ff_events: every statement that appends events notifies once, delivered at its COMMIT (in
-- commit order; never for a rollback). The payload is empty: a reader reads position > its last.
CREATE OR REPLACE FUNCTION ff_events_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('ff_events', '');
  RETURN NULL;
END
$fn$;
CREATE OR REPLACE TRIGGER ff_events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION ff_events_notify();

-- A district's state as of a position (see schema.ts): a shortcut to the truth, not the truth.
CREATE TABLE IF NOT EXISTS district_snapshots (
  district TEXT COLLATE "C" PRIMARY KEY,
  position BIGINT NOT NULL,
  event_type TEXT NOT NULL,
  event_at BIGINT NOT NULL,
  version TEXT NOT NULL,
  state TEXT NOT NULL,
  saved_at BIGINT NOT NULL
);

-- Per fridge: the last committed (epoch, seq).
CREATE TABLE IF NOT EXISTS cursors (
  fridge_id TEXT COLLATE "C" PRIMARY KEY,
  epoch TEXT NOT NULL,
  committed_seq BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- Refused batches, kept for inspection, bounded (see schema.ts and DEAD_LETTER_LIMITS).
CREATE TABLE IF NOT EXISTS dead_letters (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fridge_id TEXT,
  topic TEXT NOT NULL,
  reason TEXT NOT NULL,
  payload BYTEA NOT NULL,
  at BIGINT NOT NULL
);
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS digest TEXT NOT NULL DEFAULT '';
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS bytes BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS count BIGINT NOT NULL DEFAULT 1;
ALTER TABLE dead_letters ADD COLUMN IF NOT EXISTS first_at BIGINT NOT NULL DEFAULT 0;
-- Rows kept whole before the bound are cut to the prefix.
UPDATE dead_letters SET bytes = octet_length(payload), first_at = at, payload = substring(payload from 1 for 65536) WHERE digest = '' AND bytes = 0;
CREATE INDEX IF NOT EXISTS dead_letters_digest ON dead_letters (digest);
CREATE INDEX IF NOT EXISTS dead_letters_at ON dead_letters (at, id);

-- Projections.
CREATE TABLE IF NOT EXISTS stock (
  fridge_id TEXT COLLATE "C" NOT NULL,
  gtin TEXT COLLATE "C" NOT NULL,
  on_hand INTEGER NOT NULL,
  reserved INTEGER NOT NULL,
  available INTEGER NOT NULL,
  PRIMARY KEY (fridge_id, gtin)
);
CREATE TABLE IF NOT EXISTS fridge_status (
  fridge_id TEXT COLLATE "C" PRIMARY KEY,
  online SMALLINT NOT NULL,
  stale SMALLINT NOT NULL,
  epoch TEXT,
  changed_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog (
  district TEXT COLLATE "C" PRIMARY KEY,
  version BIGINT NOT NULL,
  changed_at BIGINT NOT NULL
);
-- The latest reading of each sensor (TemperatureRecorded): tenths of a degree C, edge time.
-- sensor is BIGINT: the wire's uint32 does not fit INTEGER (deci_celsius is a sint32).
CREATE TABLE IF NOT EXISTS fridge_temperature (
  fridge_id TEXT COLLATE "C" NOT NULL,
  sensor BIGINT NOT NULL,
  deci_celsius INTEGER NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (fridge_id, sensor)
);
`;
