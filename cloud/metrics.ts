import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the event store holds, as its adapter measures it (SQLite: its files; PostgreSQL: the database). */
export interface StoreSize {
  bytes: number;
  /** Domain events stored (the highest position). */
  events: number;
}

/** A fridge's presence as the fridge_status projection has it. */
export interface FridgePresence {
  fridgeId: string;
  district: string;
  online: boolean;
  /** When it last changed (unix ms). */
  since: number;
}

/**
 * A value read from the store when Prometheus scrapes, shared by the gauges that show it (one
 * read per scrape), never failing the scrape: a failed read keeps the last value and is counted.
 */
function scrapeProbe<T>(failures: Counter<'probe'>, name: string, cacheMs: number): { set(fn: () => Promise<T>): void; read(): Promise<T | undefined> } {
  let probe: (() => Promise<T>) | undefined;
  let pending: { at: number; value: Promise<T | undefined> } | undefined;
  let last: T | undefined;
  return {
    set(fn) {
      probe = fn;
      pending = undefined;
    },
    read() {
      if (probe === undefined) return Promise.resolve(undefined);
      const now = Date.now();
      if (pending === undefined || now - pending.at > cacheMs) {
        const fn = probe;
        pending = {
          at: now,
          value: Promise.resolve()
            .then(fn)
            .then((v) => (last = v), () => {
              failures.inc({ probe: name });
              return last;
            }),
        };
      }
      return pending.value;
    },
  };
}

/**
 * The cloud's Prometheus metrics, served on /metrics. `probeCacheMs`: a store probe's answer
 * serves every metric that shows it within this time (one read per scrape).
 */
export function createCloudMetrics(o: { probeCacheMs?: number } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ff_cloud_' });
  const probeFailures = new Counter({
    name: 'ff_cloud_metrics_probe_failures_total',
    help: 'Store reads for /metrics that failed, by probe (the last value is shown meanwhile)',
    labelNames: ['probe'],
    registers: [registry],
    // prom-client collects all metrics of a scrape at once: wait for this scrape's reads.
    async collect() {
      await Promise.all([storeSize.read(), presence.read()]);
    },
  });
  const storeSize = scrapeProbe<StoreSize>(probeFailures, 'store_size', o.probeCacheMs ?? 1000);
  const presence = scrapeProbe<readonly FridgePresence[]>(probeFailures, 'fridge_presence', o.probeCacheMs ?? 1000);
  new Gauge({
    name: 'ff_cloud_event_store_bytes',
    help: 'Size of the event store (events, raw fridge events, projections, indexes)',
    registers: [registry],
    async collect() {
      const v = await storeSize.read();
      if (v !== undefined) this.set(v.bytes);
    },
  });
  new Gauge({
    name: 'ff_cloud_event_store_events',
    help: 'Domain events in the event store',
    registers: [registry],
    async collect() {
      const v = await storeSize.read();
      if (v !== undefined) this.set(v.events);
    },
  });
  new Gauge({
    name: 'ff_cloud_fridge_offline_since_seconds',
    help: 'For each registered fridge that is offline: when it went offline (unix seconds); online fridges have no sample',
    labelNames: ['fridge', 'district'],
    registers: [registry],
    async collect() {
      const all = await presence.read();
      if (all === undefined) return;
      this.reset();
      for (const f of all) if (!f.online) this.set({ fridge: f.fridgeId, district: f.district }, Math.floor(f.since / 1000));
    },
  });
  let lanes: (() => Record<string, { queued: number; inFlight: number }>) | undefined;
  new Gauge({
    name: 'ff_cloud_lane_jobs',
    help: 'Batches queued or in flight, by lane (live, backlog) and state',
    labelNames: ['lane', 'state'],
    registers: [registry],
    collect() {
      if (lanes === undefined) return;
      for (const [lane, s] of Object.entries(lanes())) {
        this.set({ lane, state: 'queued' }, s.queued);
        this.set({ lane, state: 'in_flight' }, s.inFlight);
      }
    },
  });
  let reportLag: (() => Promise<number>) | undefined;
  new Gauge({
    name: 'ff_cloud_report_lag_events',
    help: 'Event store positions committed and not yet folded into the report tables (the reports answer as of as_of_position; they wait while a backlog replays)',
    registers: [registry],
    async collect() {
      if (reportLag !== undefined) this.set(Math.max(0, await reportLag()));
    },
  });
  return {
    registry,
    /** How far the report projection is behind the last commit, read when /metrics is scraped. */
    setReportLagProbe: (fn: () => Promise<number>): void => void (reportLag = fn),
    /** The ingest's lanes, read when /metrics is scraped. */
    setLaneProbe: (fn: () => Record<string, { queued: number; inFlight: number }>): void => void (lanes = fn),
    districtFolds: new Counter({ name: 'ff_cloud_district_folds_total', help: 'District states made (at a start, a takeover or after a failed commit), by source: snapshot (its last snapshot and the events after it) or events (every event of the district)', labelNames: ['from'], registers: [registry] }),
    districtFoldEvents: new Counter({ name: 'ff_cloud_district_fold_events_total', help: 'Domain events read and applied to make district states', registers: [registry] }),
    districtFoldSeconds: new Histogram({ name: 'ff_cloud_district_fold_seconds', help: 'Time to make a district\'s state: its first command waits this long after a start or a takeover', buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30], registers: [registry] }),
    districtSnapshotsRefused: new Counter({ name: 'ff_cloud_district_snapshots_refused_total', help: 'District snapshots not used, by reason (version: written by other code; event_mismatch: the store holds another event at its position; unreadable; tail_failed: the events after it did not apply; read_failed)', labelNames: ['reason'], registers: [registry] }),
    districtSnapshots: new Counter({ name: 'ff_cloud_district_snapshots_total', help: 'District snapshots written, by outcome (saved; superseded: a later one was kept; failed)', labelNames: ['outcome'], registers: [registry] }),
    districtSnapshotSeconds: new Histogram({ name: 'ff_cloud_district_snapshot_seconds', help: 'Time to write one district snapshot (copy, text in slices of a few ms, store)', buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers: [registry] }),
    commitGroups: new Histogram({ name: 'ff_cloud_commit_group_units', help: 'Units (batches, commands) committed per transaction (group commit)', buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500], registers: [registry] }),
    commitSeconds: new Histogram({ name: 'ff_cloud_commit_seconds', help: 'Duration of one group-commit transaction', buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1], registers: [registry] }),
    walFrames: new Gauge({ name: 'ff_cloud_sqlite_wal_frames', help: 'SQLite store: pages in the write-ahead log at the last checkpoint (the checkpointer thread copies them into the database; past 64 MiB the next group commit waits for it and rewinds the log)', registers: [registry] }),
    checkpointSeconds: new Histogram({ name: 'ff_cloud_sqlite_checkpoint_seconds', help: 'SQLite store: duration of one checkpoint on the checkpointer thread (off the event loop)', buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5], registers: [registry] }),
    /** The event store's size, read when /metrics is scraped (wired to the store's adapter). */
    setStoreSizeProbe: (fn: () => Promise<StoreSize>): void => storeSize.set(fn),
    /**
     * Registered fridges' presence, read when /metrics is scraped (wired to the fridge_status
     * projection; a registered fridge never seen counts as offline since its registration).
     */
    setFridgePresenceProbe: (fn: () => Promise<readonly FridgePresence[]>): void => presence.set(fn),
    batches: new Counter({ name: 'ff_cloud_batches_total', help: 'Batches received, by outcome', labelNames: ['outcome'], registers: [registry] }),
    fridgeEvents: new Counter({ name: 'ff_cloud_fridge_events_total', help: 'Fridge events committed', registers: [registry] }),
    unreadFridgeEvents: new Counter({ name: 'ff_cloud_fridge_events_unread_total', help: 'Fridge events committed with no body this cloud knows (a kind of a newer edge): kept raw, no domain meaning', registers: [registry] }),
    excursions: new Counter({ name: 'ff_cloud_temperature_excursions_total', help: 'Temperature excursions: raised (above safe too long, meals withdrawn) or cleared by an operator', labelNames: ['state'], registers: [registry] }),
    lostAcknowledged: new Counter({ name: 'ff_cloud_lost_acknowledged_events_total', help: 'Fridge events this cloud had acknowledged and no longer has (a restore from an older backup): the fridges deleted them; their stock is reconciled from a snapshot', registers: [registry] }),
    duplicateEvents: new Counter({ name: 'ff_cloud_duplicate_events_total', help: 'Fridge events received again and acknowledged without effect', registers: [registry] }),
    domainEvents: new Counter({ name: 'ff_cloud_domain_events_total', help: 'Domain events appended, by type', labelNames: ['type'], registers: [registry] }),
    rejects: new Counter({ name: 'ff_cloud_rejects_total', help: 'Refused input, by reason', labelNames: ['reason'], registers: [registry] }),
    ackLatency: new Histogram({ name: 'ff_cloud_ack_latency_seconds', help: 'Batch received to acknowledgement sent (lane wait, decode, ACL, commit), by lane', labelNames: ['lane'], buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1], registers: [registry] }),
    edgeToAck: new Histogram({ name: 'ff_cloud_edge_to_ack_seconds', help: 'Batch sent by the edge (its clock) to acknowledgement sent, by lane: the way to the ingest and the time in it', labelNames: ['lane'], buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 300], registers: [registry] }),
    fridgesOnline: new Gauge({ name: 'ff_cloud_fridges_online', help: 'Fridges whose last status is ONLINE', registers: [registry] }),
    outboxBacklog: new Gauge({ name: 'ff_cloud_fridge_outbox_backlog_events', help: 'Outbox backlog a fridge reported at its last birth', labelNames: ['fridge'], registers: [registry] }),
    mqttConnections: new Gauge({ name: 'ff_cloud_mqtt_connections', help: 'Clients connected to the embedded broker', registers: [registry] }),
    mqttConnectionsWaiting: new Gauge({ name: 'ff_cloud_mqtt_connections_waiting', help: 'New connections to the embedded broker waiting for their turn (FF_MQTT_ACCEPT_PER_S: a fleet reconnecting at once is taken in at a budgeted rate)', registers: [registry] }),
    authFailures: new Counter({ name: 'ff_cloud_mqtt_auth_failures_total', help: 'Refused MQTT connects, publishes and subscribes, by kind (connect_throttled: refused unchecked after too many failed logins)', labelNames: ['kind'], registers: [registry] }),
    rateLimited: new Counter({ name: 'ff_cloud_http_rate_limited_total', help: 'HTTP requests answered 429 by a rate limit, by limit', labelNames: ['limit'], registers: [registry] }),
    mqttDropped: new Counter({ name: 'ff_cloud_mqtt_dropped_connections_total', help: 'Embedded-broker connections ended for a packet over its size limit (before it was read), a status over its size or a retained batch, or closed at once because FF_MQTT_ACCEPT_MAX_WAITING new connections were waiting (accept_queue_full), by reason', labelNames: ['reason'], registers: [registry] }),
    commandsSent: new Counter({ name: 'ff_cloud_commands_sent_total', help: 'Commands published to fridges, by kind', labelNames: ['kind'], registers: [registry] }),
    suspectTimestamps: new Counter({ name: 'ff_cloud_suspect_timestamps_total', help: 'Fridge events whose edge time was implausible (before_min: before 2020, ahead: over a day ahead of the cloud, backwards: over a minute back within a batch) and was replaced for the domain; the events are kept', labelNames: ['reason'], registers: [registry] }),
    epochSeqConflicts: new Counter({ name: 'ff_cloud_epoch_seq_conflicts_total', help: 'Events of a returning epoch whose seq the store holds with other contents (an outbox restored from a backup numbered new events again): not stored, the stock reconciled from a snapshot', registers: [registry] }),
    returningEpochs: new Counter({ name: 'ff_cloud_returning_epochs_total', help: 'Batches that brought a fridge back to an outbox epoch it had used before (a restored outbox); its stored events counted as received', registers: [registry] }),
    deadLetters: new Counter({ name: 'ff_cloud_dead_letters_total', help: 'Refused batches kept: stored (a new row) or repeated (the same payload again, counted on its row)', labelNames: ['outcome'], registers: [registry] }),
    deadLetterTruncatedBytes: new Counter({ name: 'ff_cloud_dead_letter_truncated_bytes_total', help: 'Bytes of refused batches beyond the prefix a dead letter keeps', registers: [registry] }),
    cardinalityRefusals: new Counter({ name: 'ff_cloud_cardinality_refusals_total', help: 'Fridge input left out of the domain, by reason (temperature_sensor: over 16 sensors; unknown_tag: over the UnknownTagSeen bounds; invalid_epc: an event naming an EPC that is not 96 bits); the raw events keep it', labelNames: ['reason'], registers: [registry] }),
    presenceFlapsSuppressed: new Counter({ name: 'ff_cloud_presence_flaps_suppressed_total', help: 'Fridge statuses (births, deaths) replaced by a later one while the fridge was over its presence window, never becoming domain events', registers: [registry] }),
    deadLettersEvicted: new Counter({ name: 'ff_cloud_dead_letters_evicted_total', help: 'Dead letters deleted to keep the table within its row bound (least recently seen first)', registers: [registry] }),
  };
}

export type CloudMetrics = ReturnType<typeof createCloudMetrics>;
