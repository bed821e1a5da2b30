import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The feed's Prometheus metrics, on the cloud's registry (served on /metrics). */
export function createFeedMetrics(registry: Registry) {
  return {
    connections: new Gauge({ name: 'ff_cloud_feed_connections', help: 'Open feed WebSocket connections', registers: [registry] }),
    sent: new Counter({ name: 'ff_cloud_feed_messages_sent_total', help: 'Feed messages sent, by kind', labelNames: ['kind'], registers: [registry] }),
    resyncs: new Counter({ name: 'ff_cloud_feed_resyncs_total', help: 'Clients told to take a new snapshot, by reason', labelNames: ['reason'], registers: [registry] }),
    clientErrors: new Counter({ name: 'ff_cloud_feed_client_errors_total', help: 'Client messages answered with an error, by code', labelNames: ['code'], registers: [registry] }),
    snapshots: new Counter({ name: 'ff_cloud_feed_snapshot_reads_total', help: 'Feed snapshots read from the store (one serves every subscribe of its scope until something in it commits)', registers: [registry] }),
    skipped: new Counter({ name: 'ff_cloud_feed_requests_skipped_total', help: 'Feed subscribe work not done, by reason (closed: the client left; superseded: a newer subscribe replaced it)', labelNames: ['reason'], registers: [registry] }),
    resumes: new Counter({ name: 'ff_cloud_feed_resumes_total', help: 'Resumes by outcome (memory / store: recovered, every missed event sent, from the in-memory history or a store read; resync: not recovered, a new snapshot)', labelNames: ['outcome'], registers: [registry] }),
    framesEncoded: new Counter({ name: 'ff_cloud_feed_frames_encoded_total', help: 'events frames serialized, by encoding (live: one per commit and scope in use, shared by its connections)', labelNames: ['encoding'], registers: [registry] }),
    historyEvents: new Gauge({ name: 'ff_cloud_feed_history_events', help: 'Events kept in the in-memory resume window (all districts)', registers: [registry] }),
    historyBytes: new Gauge({ name: 'ff_cloud_feed_history_bytes', help: 'Estimated bytes of the in-memory resume window', registers: [registry] }),
    fanoutSeconds: new Histogram({ name: 'ff_cloud_feed_fanout_seconds', help: 'Time to write one commit to every connection', buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1], registers: [registry] }),
    dropped: new Counter({ name: 'ff_cloud_feed_dropped_total', help: 'Feed connections refused or ended by the server, by reason', labelNames: ['reason'], registers: [registry] }),
  };
}

export type FeedMetrics = ReturnType<typeof createFeedMetrics>;
