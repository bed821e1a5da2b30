// Error codes of the cloud's HTTP API: one place, never reused once retired (STYLE.md).
import type { DistrictCommand, RejectionReason } from './domain/index.js';

export const ERRORS = {
  FF_ERR_AUTH_MISSING: { status: 401, message: 'Authorization: Bearer <admin token> required' },
  FF_ERR_AUTH_INVALID: { status: 401, message: 'invalid admin token' },
  FF_ERR_RATE_LIMITED: { status: 429, message: 'too many requests: retry after the seconds in Retry-After' },
  FF_ERR_FRIDGE_EXISTS: { status: 409, message: 'a fridge with this id is already registered' },
  FF_ERR_FRIDGE_UNKNOWN: { status: 404, message: 'no such fridge' },
  FF_ERR_FRIDGE_OFFLINE: { status: 409, message: 'the fridge is offline; the command waits in the broker' },
  FF_ERR_VALIDATION: { status: 400, message: 'invalid request' },
  FF_ERR_TAG_GTIN: { status: 400, message: 'the tag is not an SGTIN-96 and names no gtin' },
  FF_ERR_DOMAIN_REJECTED: { status: 409, message: 'refused by the stock rules' },
  FF_ERR_NOT_OWNER: { status: 421, message: 'this instance does not ingest that district (owner_url says which does)' },
  FF_ERR_NO_OWNER: { status: 503, message: 'no instance owns that district right now (a takeover takes about a second): retry' },
  FF_ERR_USER_TOKEN_MISSING: { status: 401, message: 'Authorization: Bearer <user token> required' },
  FF_ERR_USER_TOKEN_INVALID: { status: 401, message: 'invalid or expired user token' },
  FF_ERR_USER_MISMATCH: { status: 403, message: 'user_id is not the subject of the token' },
  FF_ERR_RESERVATION_INSUFFICIENT: { status: 409, message: 'not enough of this meal available in this fridge' },
  FF_ERR_RESERVATION_FRIDGE_STALE: { status: 409, message: 'the fridge is offline (its stock is stale) and cannot be reserved from' },
  FF_ERR_RESERVATION_UNKNOWN: { status: 404, message: 'no active reservation with this id (settled, expired, canceled or never made)' },
  FF_ERR_RESERVATION_NOT_OWNER: { status: 403, message: 'the reservation belongs to another user' },
  FF_ERR_RESERVATION_UNKNOWN_MEAL: { status: 404, message: 'no meal with this gtin is registered, nor stocked in this fridge' },
  FF_ERR_STORE_UNAVAILABLE: { status: 503, message: 'the event store cannot commit right now (see /readyz): retry later' },
  FF_ERR_READS_BUSY: { status: 503, message: 'too many reads are waiting: retry after the seconds in Retry-After' },
  // What fastify itself refuses before a route runs (issue 11 item 17: every error in one shape).
  FF_ERR_HTTP_NOT_FOUND: { status: 404, message: 'no such route' },
  FF_ERR_HTTP_BAD_URL: { status: 400, message: 'the URL is not valid (bad percent-encoding, or a path parameter too long)' },
  FF_ERR_HTTP_BODY_TOO_LARGE: { status: 413, message: 'the request body is too large' },
  FF_ERR_HTTP_MEDIA_TYPE: { status: 415, message: 'unsupported Content-Type: send application/json' },
  FF_ERR_HTTP_MALFORMED_BODY: { status: 400, message: 'the body is not valid JSON, or not as long as its Content-Length' },
  FF_ERR_HTTP_REFUSED: { status: 400, message: 'the request was refused' },
  // Reports (issue 14).
  FF_ERR_REPORT_RANGE: { status: 400, message: 'bad report range: from and to are calendar days YYYY-MM-DD, from <= to, at most 366 days' },
  FF_ERR_REPORT_DISTRICT_UNKNOWN: { status: 404, message: 'no such district (no fridge registered in it, no event of it stored)' },
  FF_ERR_REPORT_FORBIDDEN: { status: 403, message: 'this token may not read that report' },
  FF_ERR_REPORT_TIME_ZONE: { status: 400, message: 'not an IANA time zone this server knows (e.g. Europe/Berlin, America/Detroit)' },
  FF_ERR_INTERNAL: { status: 500, message: 'internal error' },
  // The feed's upgrade refused over HTTP; the feed's in-band errors are FEED_ERRORS below.
  FF_ERR_FEED_TOO_MANY_CONNECTIONS: { status: 429, message: 'too many feed connections from this address' },
  FF_ERR_FEED_SHUTTING_DOWN: { status: 503, message: 'this feed process is shutting down: connect again (to another one)' },
  FF_ERR_FEED_ADMISSION: { status: 503, message: 'the feed is admitting new connections at its rate: retry after the seconds in Retry-After' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/**
 * Error codes of the feed, answered in an `error` message on the WebSocket (the connection
 * stays open; docs/feed.md). Never reused once retired, like ERRORS.
 */
export const FEED_ERRORS = {
  FF_ERR_FEED_MALFORMED: 'the frame is not a ClientMessage in this connection\'s encoding',
  FF_ERR_FEED_INVALID: 'the message is not valid',
  FF_ERR_FEED_TOO_MANY_SUBSCRIPTIONS: 'too many districts and areas in one subscription',
  FF_ERR_FEED_ADMIN_REQUIRED: 'all_districts needs the admin token',
  FF_ERR_FEED_NOT_SUBSCRIBED: 'nothing to unsubscribe from',
  FF_ERR_FEED_INTERNAL: 'internal error; the subscription is unchanged',
  FF_ERR_FEED_NOT_OWNER: 'another instance ingests a district of this subscription: subscribe there (GET /v1/districts/{id}/owner)',
  FF_ERR_FEED_SUPERSEDED: 'a newer subscribe on this connection replaced this one before its snapshot was read',
  FF_ERR_FEED_BUSY: 'too many reads are waiting right now: subscribe again in a second',
} as const;
export type FeedErrorCode = keyof typeof FEED_ERRORS;

/**
 * A plain `GET /v1/feed` (no `Upgrade: websocket`) is answered 426 with this body (docs/feed.md):
 * a request the client must make again another way, so FF_ERR_VALIDATION, but not a 400.
 */
export const FEED_UPGRADE_REQUIRED = {
  status: 426,
  body: { error: 'FF_ERR_VALIDATION', message: 'the feed is a WebSocket: GET /v1/feed with Upgrade: websocket' },
} as const satisfies { status: number; body: { error: ErrorCode; message: string } };

export class ApiError extends Error {
  readonly statusCode: number;
  /** More fields of the error body (snake_case), e.g. where to go instead. */
  constructor(readonly code: ErrorCode, detail?: string, readonly extra?: Readonly<Record<string, string | number | boolean | null>>) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message);
    this.statusCode = ERRORS[code].status;
  }
}

/**
 * Which API error a command's rejection by the stock rules answers (issue 15 item 4: one table,
 * not an if-chain per route). A reason not listed for its command is FF_ERR_DOMAIN_REJECTED
 * with the reason as detail: e.g. `unknown_fridge` of a ClearTemperatureExcursion is a 409, while
 * for a ReserveMeal it is a fridge registered and never seen online, so its stock is stale.
 */
export const REJECTIONS: { readonly [C in DistrictCommand['type']]?: Partial<Readonly<Record<RejectionReason, ErrorCode>>> } = {
  ReserveMeal: {
    insufficient_stock: 'FF_ERR_RESERVATION_INSUFFICIENT',
    fridge_offline: 'FF_ERR_RESERVATION_FRIDGE_STALE',
    unknown_fridge: 'FF_ERR_RESERVATION_FRIDGE_STALE',
  },
  CancelReservation: {
    not_owner: 'FF_ERR_RESERVATION_NOT_OWNER',
    unknown_reservation: 'FF_ERR_RESERVATION_UNKNOWN',
  },
  RequestDoorUnlock: {
    fridge_offline: 'FF_ERR_RESERVATION_FRIDGE_STALE',
    unknown_fridge: 'FF_ERR_RESERVATION_FRIDGE_STALE',
  },
};

/**
 * The API error for a rejected command: its code from REJECTIONS with `detail` (what the client
 * asked about), or FF_ERR_DOMAIN_REJECTED naming the reason.
 */
export function rejectionError(command: DistrictCommand['type'], reason: RejectionReason, detail: string): ApiError {
  const code = REJECTIONS[command]?.[reason];
  return code === undefined ? new ApiError('FF_ERR_DOMAIN_REJECTED', reason) : new ApiError(code, detail);
}

/** fastify's own refusals (its FST_ERR_* codes) as ours. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_NOT_FOUND: 'FF_ERR_HTTP_NOT_FOUND',
  FST_ERR_BAD_URL: 'FF_ERR_HTTP_BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'FF_ERR_HTTP_BAD_URL',
  FST_ERR_CTP_BODY_TOO_LARGE: 'FF_ERR_HTTP_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'FF_ERR_HTTP_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'FF_ERR_HTTP_MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'FF_ERR_HTTP_MALFORMED_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'FF_ERR_HTTP_MALFORMED_BODY',
};

/**
 * The answer to any error a request ends with: an `ApiError` as it is, a schema validation
 * failure as FF_ERR_VALIDATION, fastify's own client errors by their code, any other client
 * error (a 4xx from a plugin) as FF_ERR_HTTP_REFUSED with its status, and the rest as
 * FF_ERR_INTERNAL (500). `internal` says whether it is a bug worth an error log.
 */
export function errorAnswer(err: unknown): { status: number; body: Record<string, string | number | boolean | null>; internal: boolean; validation: boolean } {
  if (err instanceof ApiError) return { status: err.statusCode, body: { error: err.code, message: err.message, ...err.extra }, internal: false, validation: err.code === 'FF_ERR_VALIDATION' };
  const e = (typeof err === 'object' && err !== null ? err : {}) as { validation?: unknown; statusCode?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (e.validation !== undefined) return { status: 400, body: { error: 'FF_ERR_VALIDATION', message }, internal: false, validation: true };
  const mapped = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (mapped !== undefined) return { status: ERRORS[mapped].status, body: { error: mapped, message: `${ERRORS[mapped].message}: ${message}` }, internal: false, validation: false };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) return { status, body: { error: 'FF_ERR_HTTP_REFUSED', message }, internal: false, validation: false };
  return { status: ERRORS.FF_ERR_INTERNAL.status, body: errorBody('FF_ERR_INTERNAL'), internal: true, validation: false };
}

/** The body of an answer with this code and its message (no detail). */
export function errorBody(code: ErrorCode): { error: ErrorCode; message: string } {
  return { error: code, message: ERRORS[code].message };
}
