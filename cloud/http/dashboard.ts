import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/**
 * The dashboard's files: cloud/dashboard beside cloud/http, both from source (tsx) and in the
 * build (dist/cloud/http/dashboard.js next to dist/cloud/dashboard, which
 * scripts/copy-generated.mjs copies there).
 */
export const DASHBOARD_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dashboard');

// The page loads nothing from elsewhere: its own script and style, the API and the feed
// ('self' covers the same-origin ws: since CSP 3), and the feed's origin when fridge-feed
// serves it on another (--feed-url).
const csp = (feedUrl: string | undefined): string =>
  `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'${feedUrl !== undefined ? ` ${new URL(feedUrl).origin}` : ''}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * The live dashboard (docs/dashboard.md): static files at /dashboard/ (ETag and
 * `Cache-Control: public, max-age=0`: revalidated on every load, a 304 when unchanged), `/`
 * redirecting there, and the list of districts the page starts from. Everything else the
 * page shows comes from the public client API and the feed, like any app.
 */
export const dashboardPlugin: FastifyPluginAsync = async (app) => {
  const { registry, ownership, log, config } = app.cloud;
  const CSP = csp(config.feedUrl);
  if (!existsSync(path.join(DASHBOARD_DIR, 'index.html'))) {
    log.error({ dir: DASHBOARD_DIR }, 'dashboard files missing (npm run build copies cloud/dashboard into dist/cloud/dashboard); /dashboard/ answers 404');
  }
  await app.register(fastifyStatic, {
    root: DASHBOARD_DIR,
    prefix: '/dashboard/',
    index: 'index.html',
    dotfiles: 'ignore',
    maxAge: 0,
    suppressWarning: true,
    setHeaders: (reply) => {
      void reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    },
  });

  for (const url of ['/', '/dashboard']) app.get(url, { schema: { hide: true } }, async (_req, reply) => reply.redirect('/dashboard/', 302));

  // Where the page starts: the districts this instance ingests that have fridges, each with
  // its fridge count and centre (the client API asks for a district or a location first), and
  // the safe temperature (--max-safe-deci-c) above which the page shows a reading as too warm.
  app.get('/dashboard/districts.json', { schema: { hide: true } }, async (_req, reply) => {
    const byDistrict = new Map<string, { fridges: number; lat: number; lon: number }>();
    for (const f of await registry.listFridges()) {
      if (!ownership.owns(f.district)) continue;
      const d = byDistrict.get(f.district) ?? { fridges: 0, lat: 0, lon: 0 };
      d.fridges += 1;
      d.lat += f.lat;
      d.lon += f.lon;
      byDistrict.set(f.district, d);
    }
    void reply.header('cache-control', 'no-cache');
    return {
      max_safe_deci_celsius: config.maxSafeDeciCelsius,
      // Where the feed is when fridge-feed serves it (--feed-url); without it, /v1/feed here.
      ...(config.feedUrl !== undefined ? { feed_url: config.feedUrl } : {}),
      districts: [...byDistrict.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, d]) => ({ id, fridges: d.fridges, center: { lat: d.lat / d.fridges, lon: d.lon / d.fridges } })),
    };
  });
};
