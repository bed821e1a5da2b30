// Error codes of the cloud's HTTP API: one place, never reused once retired (STYLE.md).
export const ERRORS = {
  FF_ERR_AUTH_MISSING: { status: 401, message: 'Authorization: Bearer <admin token> required' },
  FF_ERR_AUTH_INVALID: { status: 401, message: 'invalid admin token' },
  FF_ERR_FRIDGE_EXISTS: { status: 409, message: 'a fridge with this id is already registered' },
  FF_ERR_FRIDGE_UNKNOWN: { status: 404, message: 'no such fridge' },
  FF_ERR_FRIDGE_OFFLINE: { status: 409, message: 'the fridge is offline; the command waits in the broker' },
  FF_ERR_VALIDATION: { status: 400, message: 'invalid request' },
  FF_ERR_TAG_GTIN: { status: 400, message: 'the tag is not an SGTIN-96 and names no gtin' },
  FF_ERR_DOMAIN_REJECTED: { status: 409, message: 'refused by the stock rules' },
  FF_ERR_NOT_OWNER: { status: 421, message: 'this instance does not ingest that district' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  readonly statusCode: number;
  constructor(readonly code: ErrorCode, detail?: string) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message);
    this.statusCode = ERRORS[code].status;
  }
}
