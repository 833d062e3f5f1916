// One base class, flat subclasses named by cause (stripe-node style). Fields set in every constructor are `declare`d
// (no class-field definitions emitted: smaller bundles, same objects). Messages never carry the merchant salt, the
// HMAC key or request field values: only operation ids, field names, rules, HTTP statuses and Haso's own texts.

/** Options shared by every error of this package. */
export interface HasoErrorOptions {
  status?: number | undefined;
  headers?: Headers | undefined;
  cause?: unknown;
}

/** Base class of every error the client throws; `operationId` names the call that failed. */
export class HasoError extends Error {
  override readonly name: string = 'HasoError';
  declare readonly operationId: string;
  /** HTTP status of the answer, when there was one. */
  declare readonly status?: number;
  /** Headers of the answer, when there was one. */
  declare readonly headers?: Headers;
  /** The underlying error (fetch's rejection, a signing error …), when there is one. */
  declare readonly cause?: unknown;

  constructor(operationId: string, message: string, options: HasoErrorOptions = {}) {
    super(`${operationId}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.operationId = operationId;
    if (options.status !== undefined) this.status = options.status;
    if (options.headers) this.headers = options.headers;
  }
}

/** One Haso code found in an `Errors` string, with its meaning when documented. */
export interface FoundCode {
  readonly code: string;
  readonly meaning?: string;
}

/** Haso answered `Success: false`. `codes` are the codes (H307, RS115 …) found in the `Errors` strings. */
export class HasoApiError extends HasoError {
  override readonly name = 'HasoApiError';
  declare readonly errors: readonly string[];
  declare readonly codes: readonly string[];
  /** Meanings of the codes that are known (documented or loaded with `refreshErrorCodes`). */
  declare readonly meanings: Readonly<Record<string, string>>;
  /** `Data` of the answer (some failures carry details there, e.g. RS115's `KkbPhones`). */
  declare readonly data: unknown;

  constructor(
    operationId: string,
    errors: readonly string[],
    found: readonly FoundCode[],
    data: unknown,
    status?: number,
    headers?: Headers,
  ) {
    super(operationId, `Haso answered Success=false: ${errors.join('; ') || '(no error text)'}`, { status, headers });
    this.errors = errors;
    this.codes = found.map((f) => f.code);
    this.meanings = Object.fromEntries(found.flatMap((f) => (f.meaning ? [[f.code, f.meaning]] : [])));
    this.data = data;
  }
}

/**
 * A non-2xx status, a redirect (never followed; status 0 for a browser's opaque redirect), or a body that is not JSON
 * (an HTML error page, an empty or truncated body).
 */
export class HasoHttpError extends HasoError {
  override readonly name: string = 'HasoHttpError';
  declare readonly status: number;
  /** The first 200 characters of the body ("" for redirects and oversized bodies, which are not read). */
  declare readonly bodyExcerpt: string;

  constructor(operationId: string, status: number, reason: string, bodyExcerpt: string, headers?: Headers) {
    super(operationId, `HTTP ${status}: ${reason}`, { status, headers });
    this.bodyExcerpt = bodyExcerpt;
  }
}

/** The decoded body grew past `maxResponseBytes`; reading stopped there and the connection was aborted. */
export class HasoResponseTooLargeError extends HasoHttpError {
  override readonly name = 'HasoResponseTooLargeError';
  declare readonly maxResponseBytes: number;

  constructor(operationId: string, status: number, maxResponseBytes: number, headers?: Headers) {
    super(operationId, status, `body larger than maxResponseBytes (${maxResponseBytes})`, '', headers);
    this.maxResponseBytes = maxResponseBytes;
  }
}

/** HTTP 2xx with JSON, but not Haso's envelope (`Success` missing, `Data` not an object). */
export class HasoResponseShapeError extends HasoError {
  override readonly name = 'HasoResponseShapeError';
  /** The parsed body. */
  declare readonly body: unknown;

  constructor(operationId: string, problem: string, body: unknown, status?: number, headers?: Headers) {
    super(operationId, `unexpected answer: ${problem}`, { status, headers });
    this.body = body;
  }
}

/** No answer within `timeoutMs` (per attempt). */
export class HasoTimeoutError extends HasoError {
  override readonly name = 'HasoTimeoutError';
  declare readonly timeoutMs: number;

  constructor(operationId: string, timeoutMs: number) {
    super(operationId, `no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The connection failed (`cause` is fetch's error; `code` its system code, e.g. ECONNREFUSED, when known).
 * `notSent` is true only when the request provably never reached the configured origin (a failed connect to it).
 */
export class HasoNetworkError extends HasoError {
  override readonly name = 'HasoNetworkError';
  declare readonly code?: string;
  declare readonly notSent: boolean;

  constructor(operationId: string, cause: unknown, code?: string, notSent = false) {
    super(
      operationId,
      `network error${code ? ` (${code})` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    if (code) this.code = code;
    this.notSent = notSent;
  }
}

/** The input breaks the operation's schema; thrown before anything is sent. `field` is a JSON path. */
export class HasoValidationError extends HasoError {
  override readonly name = 'HasoValidationError';
  /** JSON path of the offending value (`basketList[0].skuAmount`; `""` for the body itself). */
  declare readonly field: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `pattern`, `maxLength`, `additionalProperties` …). */
  declare readonly rule: string;

  constructor(operationId: string, field: string, rule: string, detail: string, cause?: unknown) {
    super(operationId, `${field || 'request body'} ${detail}`, { cause });
    this.field = field;
    this.rule = rule;
  }
}

/** The limit flow's report was still not ready (M101) after `maxWaitMs`. */
export class HasoLimitFlowTimeoutError extends HasoError {
  override readonly name = 'HasoLimitFlowTimeoutError';
  declare readonly kkbRefNo: string;
  /** How many times askKkbReportResult was called. */
  declare readonly attempts: number;

  constructor(kkbRefNo: string, attempts: number, maxWaitMs: number) {
    super('askKkbReportResult', `KKB report not ready (M101) after ${attempts} checks in ${maxWaitMs} ms`);
    this.kkbRefNo = kkbRefNo;
    this.attempts = attempts;
  }
}
