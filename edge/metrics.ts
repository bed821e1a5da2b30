import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The edge agent's Prometheus metrics, served on the optional health port. */
export function createEdgeMetrics() {
  const registry = new Registry();
  // Process metrics (resident memory, event-loop lag, ...) next to the agent's own.
  collectDefaultMetrics({ register: registry, prefix: 'ff_edge_' });
  const m = {
    registry,
    linesAccepted: new Counter({ name: 'ff_edge_serial_lines_total', help: 'FCP/1 lines accepted, by type', labelNames: ['type'], registers: [registry] }),
    linesRejected: new Counter({ name: 'ff_edge_serial_lines_rejected_total', help: 'FCP/1 lines dropped, by reason', labelNames: ['reason'], registers: [registry] }),
    serialUp: new Gauge({ name: 'ff_edge_serial_up', help: '1 while the controller link is open', registers: [registry] }),
    serialReconnects: new Counter({ name: 'ff_edge_serial_reconnects_total', help: 'Controller link reopened after a loss', registers: [registry] }),
    inputsRefused: new Counter({ name: 'ff_edge_inputs_refused_total', help: 'Controller input refused for exceeding a bound (sensors, shelves, tags per round), by reason', labelNames: ['reason'], registers: [registry] }),
    eventsRecorded: new Counter({ name: 'ff_edge_events_recorded_total', help: 'Fridge events committed to the outbox, by kind', labelNames: ['kind'], registers: [registry] }),
    outboxEvents: new Gauge({ name: 'ff_edge_outbox_events', help: 'Events waiting in the outbox', registers: [registry] }),
    outboxBytes: new Gauge({ name: 'ff_edge_outbox_bytes', help: 'Bytes of events waiting in the outbox', registers: [registry] }),
    outboxOldestAge: new Gauge({ name: 'ff_edge_outbox_oldest_age_seconds', help: 'Age of the oldest unacknowledged event', registers: [registry] }),
    compactions: new Counter({ name: 'ff_edge_outbox_compactions_total', help: 'Outbox compactions under the size bound', registers: [registry] }),
    compactedEvents: new Counter({ name: 'ff_edge_outbox_compacted_events_total', help: 'Events removed by compaction, by kind', labelNames: ['kind'], registers: [registry] }),
    outboxOverBound: new Gauge({ name: 'ff_edge_outbox_over_bound', help: '1 while the outbox is over its bound with nothing left to compact', registers: [registry] }),
    mqttConnected: new Gauge({ name: 'ff_edge_mqtt_connected', help: '1 while connected to the broker', registers: [registry] }),
    batchesSent: new Counter({ name: 'ff_edge_batches_sent_total', help: 'Batches published, live or replaying a backlog', labelNames: ['lane'], registers: [registry] }),
    eventsSent: new Counter({ name: 'ff_edge_events_sent_total', help: 'Events published (with resends)', registers: [registry] }),
    acks: new Counter({ name: 'ff_edge_acks_total', help: 'Acknowledgements received, by status', labelNames: ['status'], registers: [registry] }),
    quarantinedEvents: new Counter({ name: 'ff_edge_quarantined_events_total', help: 'Events the cloud refused unread again and again, taken out of the outbox and reported to the cloud as lost (logged with seq and SHA-256), by kind and reason', labelNames: ['kind', 'reason'], registers: [registry] }),
    resends: new Counter({ name: 'ff_edge_resends_total', help: 'Rewinds of the send position, by cause', labelNames: ['cause'], registers: [registry] }),
    ackLatency: new Histogram({ name: 'ff_edge_ack_latency_seconds', help: 'Batch publish to acknowledgement', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    commands: new Counter({ name: 'ff_edge_commands_total', help: 'Commands from the cloud, by kind', labelNames: ['kind'], registers: [registry] }),
    invalidMessages: new Counter({ name: 'ff_edge_invalid_messages_total', help: 'Undecodable or foreign messages from the broker, by topic kind', labelNames: ['kind'], registers: [registry] }),
  };
  return m;
}

export type EdgeMetrics = ReturnType<typeof createEdgeMetrics>;
