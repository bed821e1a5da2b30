// The reports' HTTP API (issue 14, docs/api.md "Reports"): fridge days, replenishment,
// temperature log, and the series the dashboard's Reports page draws; JSON, or CSV for
// `Accept: text/csv`. Read by the admin token, or by a kitchen token (a JWT with role
// "kitchen" and the districts it may read). The admin routes that set what reports need
// (a district's time zone, PAR levels) and issue kitchen tokens live here too.
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ID_PATTERN } from '../../proto/index.js';
import { ApiError } from '../errors.js';
import { KITCHEN, RequestIdentity, resolveJwtSecret } from '../http/identity.js';
import { adminAuthErrors, errorResponse as error, requireGtin, schemaErrors } from '../http/validation.js';
import { secretEquals } from '../registry/credentials.js';
import type { FridgeRecord, ReportStore } from '../store/index.js';
import { dayStart, isLocalDay, isTimeZone, localDay, nextDay, type LocalDay } from './local-day.js';
import type { FridgeReportState } from './projection.js';
import type { ReportProjector } from './projector.js';
import { districtDayReport, fridgeDayReport, MAX_FRIDGE_DAYS, MAX_RANGE_DAYS, MAX_TEMPERATURE_FRIDGE_DAYS, rangeDays, replenishmentReport, salesPerHour, salesWindow, temperatureReport, temperatureSeries, toCsv } from './reports.js';

export interface ReportsPluginOptions {
  projector: ReportProjector;
  reports: ReportStore;
}

/** Who reads: the admin (every district) or a kitchen (its districts). */
type Reader = { kind: 'admin' } | { kind: 'kitchen'; districts: ReadonlySet<string> };

/** A report waits at most this long for the projection to fold what is committed, then answers as of where it is. */
const CATCH_UP_WAIT_MS = 2000;
const MAX_KITCHEN_DISTRICTS = 100;

const id = { type: 'string', pattern: ID_PATTERN.source } as const;
const day = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'local calendar day YYYY-MM-DD in the district\'s time zone' } as const;
/** The query parameters that are days: a value not shaped like one is FF_ERR_REPORT_RANGE, as an impossible day is. */
const DAY_PARAMS: ReadonlySet<string> = new Set(['/from', '/to']);
const querystring = (props: Record<string, unknown>, anyOf?: unknown[]) => ({
  type: 'object',
  propertyNames: { enum: Object.keys(props) },
  properties: props,
  ...(anyOf === undefined ? {} : { anyOf }),
});
const csvNote = 'JSON by default; `Accept: text/csv` answers the rows as CSV (RFC 4180).';
const security: Array<Record<string, string[]>> = [{ admin: [] }, { kitchen: [] }];

/** What a report route answers (docs/api.md "Reports"), for the OpenAPI document. */
const reportResponses = (rows: string) => ({
  200: {
    description: `the report: JSON, or CSV with \`Accept: text/csv\` (${rows}); header X-Report-Position`,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          // The report's fields are listed in docs/api.md; all of them are answered as built.
          additionalProperties: true,
          properties: { district: { type: 'string' }, time_zone: { type: 'string' }, as_of_position: { type: 'integer', description: 'the last event position folded into the report tables' } },
        },
      },
      'text/csv': { schema: { type: 'string', description: 'RFC 4180: a header line, CRLF' } },
    },
  },
  400: error('FF_ERR_REPORT_RANGE (from/to not a calendar day YYYY-MM-DD, to before from, more than 366 days or too many fridge-days), FF_ERR_VALIDATION (neither district nor fridge, an unknown parameter)'),
  401: error('FF_ERR_AUTH_MISSING (no bearer), FF_ERR_AUTH_INVALID (a wrong admin token, a JWT that does not verify or has expired)'),
  403: error('FF_ERR_REPORT_FORBIDDEN: a user token, or a kitchen token without that district'),
  404: error('FF_ERR_REPORT_DISTRICT_UNKNOWN, FF_ERR_FRIDGE_UNKNOWN'),
  429: adminAuthErrors[429],
  503: error('FF_ERR_READS_BUSY, FF_ERR_STORE_UNAVAILABLE: retry later'),
});
/** What an admin route of this plugin answers besides its own success. */
const adminErrors = { 400: error('FF_ERR_VALIDATION: a bad body or parameter'), ...adminAuthErrors } as const;

const FRIDGE_DAY_COLUMNS = ['fridge_id', 'gtin', 'day', 'restocked', 'sold', 'picked_up', 'expired', 'withdrawn', 'disposed', 'reconciled', 'reservations', 'canceled', 'stockout_minutes', 'closing_on_hand'];
const REFILL_COLUMNS = ['fridge_id', 'gtin', 'on_hand', 'sales_per_day', 'par', 'par_source', 'suggested_refill'];
const REMOVAL_COLUMNS = ['fridge_id', 'epc', 'gtin', 'best_before', 'reason'];
const TEMP_DAY_COLUMNS = ['fridge_id', 'day', 'min_celsius', 'max_celsius', 'mean_celsius', 'minutes_above_safe'];
const EXCURSION_COLUMNS = ['fridge_id', 'start', 'end', 'peak_celsius', 'minutes', 'raised_at', 'withdrawn', 'cleared_at', 'cleared_by'];

const wantsCsv = (req: FastifyRequest): boolean => /\btext\/csv\b/i.test(req.headers.accept ?? '');

export const reportsPlugin: FastifyPluginAsync<ReportsPluginOptions> = async (app: FastifyInstance, opts) => {
  const { registry, eventStore, reads, log, adminToken, config } = app.cloud;
  const { projector, reports } = opts;
  const now = (): number => app.cloud.now();
  const secret = resolveJwtSecret(config, log);
  await app.register(fastifyJwt, { secret, verify: { algorithms: ['HS256'] }, sign: { algorithm: 'HS256' } });
  const formatErrors = schemaErrors({ '#/anyOf': 'give district or fridge' });
  app.setSchemaErrorFormatter((errors, dataVar) => {
    // docs/api.md "Reports": `from`/`to` not a calendar day YYYY-MM-DD is FF_ERR_REPORT_RANGE,
    // whether the schema's pattern finds it (2026-3-1, yesterday) or range() (2026-02-30).
    const notADay = dataVar === 'querystring' ? errors.find((e) => e.keyword === 'pattern' && DAY_PARAMS.has(e.instancePath)) : undefined;
    if (notADay !== undefined) return new ApiError('FF_ERR_REPORT_RANGE', `querystring.${notADay.instancePath.slice(1)} is not a calendar day YYYY-MM-DD`);
    return formatErrors(errors, dataVar);
  });

  const bearer = (req: FastifyRequest): string => {
    const h = req.headers.authorization;
    if (h === undefined || !h.startsWith('Bearer ') || h.length === 7) throw new ApiError('FF_ERR_AUTH_MISSING');
    return h.slice(7);
  };

  async function admin(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const valid = secretEquals(bearer(req), adminToken);
    // Wrong tokens are throttled per client address, as on the admin API (issue 11 item 11).
    await app.rateLimits.adminAuth(req, reply, valid);
    if (!valid) throw new ApiError('FF_ERR_AUTH_INVALID');
  }

  async function reader(req: FastifyRequest, reply: FastifyReply): Promise<Reader> {
    const token = bearer(req);
    if (!token.includes('.')) {
      await admin(req, reply);
      return { kind: 'admin' };
    }
    let claims: { role?: unknown; districts?: unknown };
    try {
      claims = await req.jwtVerify<{ role?: unknown; districts?: unknown }>();
    } catch (err) {
      req.log.debug({ err: (err as Error).message }, 'report token refused');
      throw new ApiError('FF_ERR_AUTH_INVALID', 'the token is not a valid kitchen token');
    }
    const districts = claims.districts;
    if (claims.role !== KITCHEN.role || !Array.isArray(districts) || !districts.every((d) => typeof d === 'string')) throw new ApiError('FF_ERR_REPORT_FORBIDDEN', 'reports need the admin token or a kitchen token');
    return { kind: 'kitchen', districts: new Set(districts as string[]) };
  }

  // Who reads is settled in onRequest, before the query is validated: a request without a
  // valid token is a 401 whatever its query (docs/api.md).
  const readers = new RequestIdentity<Reader>('reader');
  const authenticateReader = readers.hook(reader);
  const readerOf = (req: FastifyRequest): Reader => readers.of(req);

  const fridgesOf = async (district: string): Promise<FridgeRecord[]> => (await registry.listFridges()).filter((f) => f.district === district);

  /** The district and fridges a report covers, checked against what the reader may see. */
  async function scope(who: Reader, q: { district?: string | undefined; fridge?: string | undefined }): Promise<{ district: string; fridges: FridgeRecord[]; zone: string }> {
    let district = q.district;
    let fridges: FridgeRecord[];
    if (q.fridge !== undefined) {
      const f = await registry.getFridge(q.fridge);
      if (f === undefined || (district !== undefined && f.district !== district)) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', district === undefined ? q.fridge : `${q.fridge} in district ${district}`);
      district = f.district;
      fridges = [f];
    } else {
      if (district === undefined) throw new ApiError('FF_ERR_VALIDATION', 'querystring: give district or fridge');
      fridges = await fridgesOf(district);
      if (fridges.length === 0 && !(await eventStore.districts()).includes(district)) throw new ApiError('FF_ERR_REPORT_DISTRICT_UNKNOWN', district);
    }
    if (who.kind === 'kitchen' && !who.districts.has(district)) throw new ApiError('FF_ERR_REPORT_FORBIDDEN', `the kitchen token does not cover district ${district}`);
    return { district, fridges, zone: projector.zoneOf(district) };
  }

  function range(from: string, to: string): { from: LocalDay; to: LocalDay } {
    for (const [name, v] of [['from', from], ['to', to]] as const) if (!isLocalDay(v)) throw new ApiError('FF_ERR_REPORT_RANGE', `${name} "${v}" is not a calendar day YYYY-MM-DD`);
    if (to < from) throw new ApiError('FF_ERR_REPORT_RANGE', `to (${to}) is before from (${from})`);
    const n = rangeDays(from, to);
    if (n > MAX_RANGE_DAYS) throw new ApiError('FF_ERR_REPORT_RANGE', `${n} days: at most ${MAX_RANGE_DAYS} a report`);
    return { from, to };
  }

  /** Reads after the projection folded what is committed now (or CATCH_UP_WAIT_MS, whichever first). */
  async function current(): Promise<number> {
    const last = await eventStore.lastPosition();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([projector.caughtUp(last), new Promise<void>((r) => (timer = setTimeout(r, CATCH_UP_WAIT_MS)))]);
    clearTimeout(timer);
    return projector.position();
  }

  /** A report of more fridge-days than `max` is refused before anything is read (no answer of hundreds of MB). */
  function bounded(fridges: readonly FridgeRecord[], r: { from: LocalDay; to: LocalDay }, max: number): void {
    const n = fridges.length * rangeDays(r.from, r.to);
    if (n > max) throw new ApiError('FF_ERR_REPORT_RANGE', `${fridges.length} fridges × ${rangeDays(r.from, r.to)} days = ${n} fridge-days: at most ${max} a report (give fridge=, or a shorter range)`);
  }

  const states = (fridges: readonly FridgeRecord[]): Map<string, FridgeReportState | undefined> => new Map(fridges.map((f) => [f.id, projector.state(f.id)]));

  function send(req: FastifyRequest, reply: FastifyReply, position: number, json: Record<string, unknown>, csv: { rows: ReadonlyArray<Record<string, unknown>>; columns: readonly string[] }): unknown {
    void reply.header('x-report-position', String(position)).header('cache-control', 'no-store');
    if (wantsCsv(req)) return reply.type('text/csv; charset=utf-8').send(toCsv(csv.rows, csv.columns));
    return { ...json, as_of_position: position };
  }

  app.get<{ Querystring: { district?: string; fridge?: string; from: string; to: string; per?: 'fridge' | 'district' } }>('/v1/reports/fridge-days', {
    schema: {
      tags: ['reports'],
      security,
      summary: 'per fridge, meal and local day: restocked, sold, picked up, expired, withdrawn, disposed, reconciled, reservations, canceled, stockout minutes, closing on hand',
      description: csvNote,
      querystring: {
        ...querystring({ district: id, fridge: id, from: day, to: day, per: { type: 'string', enum: ['fridge', 'district'], description: 'fridge (default): a row per fridge, meal and day; district: the district\'s totals per meal and day' } }, [{ required: ['district'] }, { required: ['fridge'] }]),
        required: ['from', 'to'],
      },
      response: reportResponses('CSV: the day rows'),
    },
    onRequest: authenticateReader,
  }, async (req, reply) => {
    const who = readerOf(req);
    const r = range(req.query.from, req.query.to);
    const s = await scope(who, req.query);
    if (req.query.per === 'district') {
      if (req.query.fridge !== undefined) throw new ApiError('FF_ERR_VALIDATION', 'querystring: per=district takes a district, not a fridge');
      const position = await current();
      const rows = await reads.run(() => reports.districtDays({ district: s.district, ...r }));
      const out = districtDayReport({ rows, states: states(s.fridges), ...r, zone: s.zone, now: now() });
      return send(req, reply, position, { district: s.district, time_zone: s.zone, from: r.from, to: r.to, per: 'district', fridges: s.fridges.length, rows: out }, { rows: out as unknown as Array<Record<string, unknown>>, columns: FRIDGE_DAY_COLUMNS.filter((c) => c !== 'fridge_id' && c !== 'closing_on_hand') });
    }
    bounded(s.fridges, r, MAX_FRIDGE_DAYS);
    const position = await current();
    const rows = await reads.run(() => reports.fridgeDays({ fridgeIds: s.fridges.map((f) => f.id), ...r }));
    const out = fridgeDayReport({ rows, states: states(s.fridges), ...r, zone: s.zone, now: now() });
    return send(req, reply, position, { district: s.district, time_zone: s.zone, from: r.from, to: r.to, rows: out }, { rows: out as unknown as Array<Record<string, unknown>>, columns: FRIDGE_DAY_COLUMNS });
  });

  app.get<{ Querystring: { district?: string; fridge?: string; horizon_h?: number; part?: 'refill' | 'removals' } }>('/v1/reports/replenishment', {
    schema: {
      tags: ['reports'],
      security,
      summary: 'per fridge and meal: on hand, sales per day (last 7 days), PAR level and suggested refill; the removal list (first to expire first, with EPCs)',
      description: `${csvNote} CSV answers the refill rows, or with part=removals the removal list.`,
      querystring: querystring({
        district: id,
        fridge: id,
        horizon_h: { type: 'integer', minimum: 0, maximum: 720, description: 'the removal list holds meals whose best-before comes within this many hours (default 24)' },
        part: { type: 'string', enum: ['refill', 'removals'], description: 'which rows CSV answers (default refill)' },
      }, [{ required: ['district'] }, { required: ['fridge'] }]),
      response: reportResponses('CSV: the refill rows, or with part=removals the removal list'),
    },
    onRequest: authenticateReader,
  }, async (req, reply) => {
    const who = readerOf(req);
    const s = await scope(who, req.query);
    const position = await current();
    const at = now();
    const window = salesWindow(at, s.zone);
    const ids = s.fridges.map((f) => f.id);
    const [salesRows, par] = await reads.run(async () => [await reports.fridgeDays({ fridgeIds: ids, ...window }), await reports.parLevels(ids)] as const);
    const out = replenishmentReport({ fridgeIds: ids, states: states(s.fridges), salesRows, par, now: at, horizonMs: (req.query.horizon_h ?? 24) * 3_600_000 });
    const removals = req.query.part === 'removals';
    return send(req, reply, position, { district: s.district, time_zone: s.zone, sales_from: window.from, sales_to: window.to, ...out }, {
      rows: (removals ? out.removals : out.refill) as unknown as Array<Record<string, unknown>>,
      columns: removals ? REMOVAL_COLUMNS : REFILL_COLUMNS,
    });
  });

  app.get<{ Querystring: { district?: string; fridge?: string; from: string; to: string; part?: 'days' | 'excursions' } }>('/v1/reports/temperature', {
    schema: {
      tags: ['reports'],
      security,
      summary: 'per fridge and local day: min, max, mean °C and minutes above the safe temperature; every period above safe with start, end, peak, the meals it withdrew and its clearing',
      description: `${csvNote} CSV answers the day rows, or with part=excursions the periods.`,
      querystring: { ...querystring({ district: id, fridge: id, from: day, to: day, part: { type: 'string', enum: ['days', 'excursions'] } }, [{ required: ['district'] }, { required: ['fridge'] }]), required: ['from', 'to'] },
      response: reportResponses('CSV: the day rows, or with part=excursions the periods'),
    },
    onRequest: authenticateReader,
  }, async (req, reply) => {
    const who = readerOf(req);
    const r = range(req.query.from, req.query.to);
    const s = await scope(who, req.query);
    bounded(s.fridges, r, MAX_TEMPERATURE_FRIDGE_DAYS);
    const position = await current();
    const ids = s.fridges.map((f) => f.id);
    const fromMs = dayStart(r.from, s.zone);
    const toMs = dayStart(nextDay(r.to), s.zone);
    const [days, excursions] = await reads.run(async () => [await reports.temperatureDays({ fridgeIds: ids, ...r }), await reports.excursions({ fridgeIds: ids, fromMs, toMs })] as const);
    const out = temperatureReport({ fridgeIds: ids, days, excursions, ...r, zone: s.zone, now: now(), latest: new Map(ids.map((id) => [id, projector.state(id)?.temp])) });
    const part = req.query.part === 'excursions';
    return send(req, reply, position, { district: s.district, time_zone: s.zone, from: r.from, to: r.to, safe_celsius: config.maxSafeDeciCelsius / 10, ...out }, {
      rows: (part ? out.excursions.map((x) => ({ ...x, withdrawn: x.withdrawn.map((w) => w.epc).join(' ') })) : out.days) as unknown as Array<Record<string, unknown>>,
      columns: part ? EXCURSION_COLUMNS : TEMP_DAY_COLUMNS,
    });
  });

  app.get<{ Querystring: { district?: string; fridge?: string; hours?: number } }>('/v1/reports/recent', {
    schema: {
      tags: ['reports'],
      security,
      summary: 'the last hours (default 24) for the dashboard: sales per hour and meal, each fridge\'s temperature in 10-minute slots (min, max) and its periods above safe',
      description: `${csvNote} CSV answers the sales per hour.`,
      querystring: querystring({ district: id, fridge: id, hours: { type: 'integer', minimum: 1, maximum: 168 } }, [{ required: ['district'] }, { required: ['fridge'] }]),
      response: reportResponses('CSV: the sales per hour'),
    },
    onRequest: authenticateReader,
  }, async (req, reply) => {
    const who = readerOf(req);
    const s = await scope(who, req.query);
    const position = await current();
    const toMs = now();
    const fromMs = toMs - (req.query.hours ?? 24) * 3_600_000;
    const ids = s.fridges.map((f) => f.id);
    const [hours, slots, excursions] = await reads.run(async () => [
      await reports.hours({ fridgeIds: ids, fromMs: Math.floor(fromMs / 3_600_000) * 3_600_000, toMs }),
      await reports.temperatureSlots({ fridgeIds: ids, fromMs, toMs }),
      await reports.excursions({ fridgeIds: ids, fromMs, toMs }),
    ] as const);
    const sales = salesPerHour(hours, fromMs, toMs);
    const temp = temperatureReport({ fridgeIds: ids, days: [], excursions, from: localDay(fromMs, s.zone), to: localDay(toMs, s.zone), zone: s.zone, now: toMs });
    return send(req, reply, position, {
      district: s.district,
      time_zone: s.zone,
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs).toISOString(),
      safe_celsius: config.maxSafeDeciCelsius / 10,
      fridges: s.fridges.map((f) => ({ id: f.id, name: f.name })),
      sales_per_hour: sales,
      temperature: temperatureSeries(slots),
      excursions: temp.excursions,
    }, { rows: sales, columns: ['hour', 'gtin', 'sold', 'picked_up'] });
  });

  // --- admin: what reports need, and kitchen tokens ---

  app.put<{ Params: { district: string }; Body: { time_zone: string } }>('/v1/districts/:district/time-zone', {
    schema: {
      tags: ['admin'],
      security: [{ admin: [] }],
      summary: 'sets a district\'s IANA time zone (default UTC): its reports\' local days; the report rows are rebuilt',
      params: { type: 'object', properties: { district: id } },
      body: { type: 'object', required: ['time_zone'], additionalProperties: false, properties: { time_zone: { type: 'string', minLength: 1, maxLength: 64 } } },
      response: {
        200: { type: 'object', description: 'set: the report rows of the district are rebuilt', properties: { district: { type: 'string' }, time_zone: { type: 'string' } } },
        ...adminErrors,
        400: error('FF_ERR_REPORT_TIME_ZONE (not an IANA time zone this server knows), FF_ERR_VALIDATION'),
      },
    },
    onRequest: admin,
  }, async (req) => {
    const zone = req.body.time_zone;
    if (!isTimeZone(zone)) throw new ApiError('FF_ERR_REPORT_TIME_ZONE', zone);
    const t0 = performance.now();
    await projector.setZone(req.params.district, zone, now());
    log.info({ district: req.params.district, zone, ms: Math.round(performance.now() - t0) }, 'district time zone set; reports rebuilt');
    return { district: req.params.district, time_zone: zone };
  });

  app.put<{ Params: { id: string }; Body: { gtin: string; par: number | null } }>('/v1/fridges/:id/par', {
    schema: {
      tags: ['admin'],
      security: [{ admin: [] }],
      summary: 'sets (or with par null removes) a fridge\'s PAR level for a meal: the meals the replenishment report refills it to',
      params: { type: 'object', properties: { id } },
      body: { type: 'object', required: ['gtin', 'par'], additionalProperties: false, properties: { gtin: { type: 'string', pattern: '^[0-9]{14}$' }, par: { type: ['integer', 'null'], minimum: 0, maximum: 10_000 } } },
      response: {
        200: { type: 'object', description: 'set, or with par null removed', properties: { fridge_id: { type: 'string' }, gtin: { type: 'string' }, par: { type: ['integer', 'null'] } } },
        ...adminErrors,
        404: error('FF_ERR_FRIDGE_UNKNOWN'),
      },
    },
    onRequest: admin,
  }, async (req) => {
    requireGtin('body.gtin', req.body.gtin);
    if ((await registry.getFridge(req.params.id)) === undefined) throw new ApiError('FF_ERR_FRIDGE_UNKNOWN', req.params.id);
    await reports.setParLevel(req.params.id, req.body.gtin, req.body.par, now());
    return { fridge_id: req.params.id, gtin: req.body.gtin, par: req.body.par };
  });

  app.post<{ Body: { districts: string[]; ttl_s?: number } }>('/v1/admin/kitchen-token', {
    schema: {
      tags: ['admin'],
      security: [{ admin: [] }],
      summary: 'issues a read-only kitchen token for the reports of some districts (201)',
      body: {
        type: 'object',
        required: ['districts'],
        additionalProperties: false,
        properties: { districts: { type: 'array', minItems: 1, maxItems: MAX_KITCHEN_DISTRICTS, uniqueItems: true, items: id }, ttl_s: { type: 'integer', minimum: 60, maximum: 31_536_000 } },
      },
      response: {
        201: { type: 'object', description: 'the kitchen token', properties: { token: { type: 'string', description: 'HS256 JWT: role "kitchen", the districts; read-only, reports only' }, districts: { type: 'array', items: { type: 'string' } }, expires_at: { type: 'string', format: 'date-time' } } },
        ...adminErrors,
      },
    },
    onRequest: admin,
  }, async (req, reply) => {
    const ttlS = req.body.ttl_s ?? 30 * 86_400;
    // The claims that make it a kitchen token: user routes refuse a token carrying them (cloud/http/identity.ts).
    const token = app.jwt.sign({ sub: KITCHEN.subject, role: KITCHEN.role, districts: req.body.districts }, { expiresIn: ttlS, clockTimestamp: now() });
    log.info({ districts: req.body.districts, ttlS }, 'kitchen token issued');
    return reply.code(201).send({ token, districts: req.body.districts, expires_at: new Date(now() + ttlS * 1000).toISOString() });
  });
};
