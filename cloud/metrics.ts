import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The cloud's Prometheus metrics, served on /metrics. */
export function createCloudMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ff_cloud_' });
  return {
    registry,
    batches: new Counter({ name: 'ff_cloud_batches_total', help: 'Batches received, by outcome', labelNames: ['outcome'], registers: [registry] }),
    fridgeEvents: new Counter({ name: 'ff_cloud_fridge_events_total', help: 'Fridge events committed', registers: [registry] }),
    duplicateEvents: new Counter({ name: 'ff_cloud_duplicate_events_total', help: 'Fridge events received again and acknowledged without effect', registers: [registry] }),
    domainEvents: new Counter({ name: 'ff_cloud_domain_events_total', help: 'Domain events appended, by type', labelNames: ['type'], registers: [registry] }),
    rejects: new Counter({ name: 'ff_cloud_rejects_total', help: 'Refused input, by reason', labelNames: ['reason'], registers: [registry] }),
    ackLatency: new Histogram({ name: 'ff_cloud_ack_latency_seconds', help: 'Batch received to acknowledgement sent (decode, ACL, commit)', buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1], registers: [registry] }),
    edgeToAck: new Histogram({ name: 'ff_cloud_edge_to_ack_seconds', help: 'Batch sent by the edge (its clock) to acknowledgement sent', buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1, 5, 30, 300], registers: [registry] }),
    fridgesOnline: new Gauge({ name: 'ff_cloud_fridges_online', help: 'Fridges whose last status is ONLINE', registers: [registry] }),
    outboxBacklog: new Gauge({ name: 'ff_cloud_fridge_outbox_backlog_events', help: 'Outbox backlog a fridge reported at its last birth', labelNames: ['fridge'], registers: [registry] }),
    mqttConnections: new Gauge({ name: 'ff_cloud_mqtt_connections', help: 'Clients connected to the embedded broker', registers: [registry] }),
    authFailures: new Counter({ name: 'ff_cloud_mqtt_auth_failures_total', help: 'Refused MQTT connects, publishes and subscribes, by kind', labelNames: ['kind'], registers: [registry] }),
    commandsSent: new Counter({ name: 'ff_cloud_commands_sent_total', help: 'Commands published to fridges, by kind', labelNames: ['kind'], registers: [registry] }),
  };
}

export type CloudMetrics = ReturnType<typeof createCloudMetrics>;
