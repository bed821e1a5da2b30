import type { FastifyPluginAsync } from 'fastify';

/** /healthz: the process answers. /readyz: store open and committing (no commit failed for want of it since the last probe) and the ingest connected to its broker. /metrics: Prometheus. */
export const healthPlugin: FastifyPluginAsync = async (app) => {
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    const ready = app.cloud.ready();
    return reply.code(ready ? 200 : 503).send({ ready, ingest: app.cloud.ingestConnected() });
  });
  app.get('/metrics', async (_req, reply) => {
    const { registry } = app.cloud.metrics;
    return reply.header('content-type', registry.contentType).send(await registry.metrics());
  });
};
