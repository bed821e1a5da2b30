import type { FastifyPluginAsync } from 'fastify';

/** Catalog and geo queries (issue 5). */
export const catalogPlugin: FastifyPluginAsync = async () => {};
