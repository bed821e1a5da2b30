import { Counter, Gauge, type Registry } from 'prom-client';

/** The feed's Prometheus metrics, on the cloud's registry (served on /metrics). */
export function createFeedMetrics(registry: Registry) {
  return {
    connections: new Gauge({ name: 'ff_cloud_feed_connections', help: 'Open feed WebSocket connections', registers: [registry] }),
    sent: new Counter({ name: 'ff_cloud_feed_messages_sent_total', help: 'Feed messages sent, by kind', labelNames: ['kind'], registers: [registry] }),
    resyncs: new Counter({ name: 'ff_cloud_feed_resyncs_total', help: 'Clients told to take a new snapshot, by reason', labelNames: ['reason'], registers: [registry] }),
    clientErrors: new Counter({ name: 'ff_cloud_feed_client_errors_total', help: 'Client messages answered with an error, by code', labelNames: ['code'], registers: [registry] }),
    snapshots: new Counter({ name: 'ff_cloud_feed_snapshot_reads_total', help: 'Feed snapshots read from the store (each one waits in the ingest queue)', registers: [registry] }),
    skipped: new Counter({ name: 'ff_cloud_feed_requests_skipped_total', help: 'Feed subscribe work not done, by reason (closed: the client left; superseded: a newer subscribe replaced it)', labelNames: ['reason'], registers: [registry] }),
    dropped: new Counter({ name: 'ff_cloud_feed_dropped_total', help: 'Feed connections refused or ended by the server, by reason', labelNames: ['reason'], registers: [registry] }),
  };
}

export type FeedMetrics = ReturnType<typeof createFeedMetrics>;
