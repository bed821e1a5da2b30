import type { FastifyPluginAsync } from 'fastify';

/** Reservations API (issue 5). */
export const reservationsPlugin: FastifyPluginAsync = async () => {};
