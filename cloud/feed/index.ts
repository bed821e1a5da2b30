import type { FastifyPluginAsync } from 'fastify';

/** The WebSocket feed at /v1/feed (issue 5). */
export const feedPlugin: FastifyPluginAsync = async () => {};
