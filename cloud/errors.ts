// Error codes of the cloud's HTTP API: one place, never reused once retired (STYLE.md).
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
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  readonly statusCode: number;
  /** More fields of the error body (snake_case), e.g. where to go instead. */
  constructor(readonly code: ErrorCode, detail?: string, readonly extra?: Readonly<Record<string, string | number | boolean | null>>) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message);
    this.statusCode = ERRORS[code].status;
  }
}
