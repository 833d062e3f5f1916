// The sandbox's state: one scope per merchantId and x-haso-mock-session header, each a copy of the initial state
// that the requests of that scope change. Records are kept in Maps (request values never become object keys).

/** A customer the sandbox knows (registered by hasoAuthSendInfo, a hosted page, the spec's examples or --seed). */
export interface Customer {
  readonly customerId: string;
  tckn?: string;
  /** Masked mobile numbers, as answered in KkbPhones. */
  kkbPhones: string[];
  /** The decided limit (CustomerLimit); null while no limit was decided. */
  limit: number | null;
}

/** A KKB request started by hasoAuthSendInfo (or a predefined-limit request waiting for its OTP). */
export interface KkbRequest {
  readonly kkbRefNo: string;
  readonly customerId: string;
  pinApproved: boolean;
  /** askKkbReportResult calls answered M101 after the PIN was approved. */
  polls: number;
  /** The last testResult letter sent for this request. */
  testResult?: string;
  /** Predefined-limit branch: the OtpCode answered, and the limit it assigns. */
  otpCode?: string;
  predefinedLimit?: number;
  /** Whether the report was analysed (the customer's limit is decided). */
  decided: boolean;
}

/** An order approved on a hosted page. */
export interface Transaction {
  readonly transactionCode: string;
  readonly operationId: string;
  readonly customerId: string;
  readonly merchantOid?: string;
  readonly orderAmount?: string;
}

export type HostedStatus = 'open' | 'approved' | 'declined' | 'cancelled';

/** A hosted page opened by a form post to /ServletV2/*. */
export interface HostedPage {
  readonly pageId: string;
  readonly operationId: string;
  /** The posted fields the page shows (never the token). */
  readonly shown: Readonly<Record<string, string>>;
  readonly okUrl: string;
  readonly failUrl: string;
  readonly callbackUrl: string;
  readonly customerId?: string;
  status: HostedStatus;
  /** What the callbackUrl POST gave: `delivered` (2xx), `failed`, or `pending` while it is retried. */
  callback?: { outcome: 'pending' | 'delivered' | 'failed'; attempts: number; lastStatus?: number | string };
}

/** The state of one scope. */
export interface ScopeState {
  /** How many ids were drawn in this scope (the input of the next id). */
  seq: number;
  readonly customers: Map<string, Customer>;
  readonly kkbRequests: Map<string, KkbRequest>;
  readonly transactions: Map<string, Transaction>;
  readonly hostedPages: Map<string, HostedPage>;
}

/** A scope's identity: the merchantId of the body and the x-haso-mock-session header ('' when absent). */
export interface ScopeKey {
  readonly merchantId: string;
  readonly session: string;
}

/** Records kept per kind and scope; the oldest go first beyond it. */
export const MAX_RECORDS = 5000;
/** Scopes kept at once; the least recently used goes first beyond it. */
export const MAX_SCOPES = 1000;

export function emptyScope(): ScopeState {
  return { seq: 0, customers: new Map(), kkbRequests: new Map(), transactions: new Map(), hostedPages: new Map() };
}

export function cloneScope(scope: ScopeState): ScopeState {
  const copy = <T extends object>(map: Map<string, T>) =>
    new Map([...map].map(([key, value]) => [key, structuredClone(value)]));
  return {
    seq: scope.seq,
    customers: copy(scope.customers),
    kkbRequests: copy(scope.kkbRequests),
    transactions: copy(scope.transactions),
    hostedPages: copy(scope.hostedPages),
  };
}

/** Adds a record, dropping the oldest one of its kind beyond MAX_RECORDS. */
export function remember<T>(map: Map<string, T>, key: string, value: T): T {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_RECORDS) map.delete(map.keys().next().value!);
  return value;
}

export function findCustomerByTckn(scope: ScopeState, tckn: string): Customer | undefined {
  for (const customer of scope.customers.values()) if (customer.tckn === tckn) return customer;
  return undefined;
}

/** All scopes, created on first use from the initial state. */
export class SandboxStore {
  readonly #scopes = new Map<string, { key: ScopeKey; state: ScopeState }>();
  #initial: ScopeState;

  constructor(initial: ScopeState) {
    this.#initial = initial;
  }

  /** The scope of a key, created from the initial state when new (and moved to most recently used). */
  scope(key: ScopeKey): ScopeState {
    const id = scopeId(key);
    const found = this.#scopes.get(id);
    this.#scopes.delete(id);
    const entry = found ?? {
      key: { merchantId: key.merchantId, session: key.session },
      state: cloneScope(this.#initial),
    };
    this.#scopes.set(id, entry);
    if (this.#scopes.size > MAX_SCOPES) this.#scopes.delete(this.#scopes.keys().next().value!);
    return entry.state;
  }

  /** Puts a scope back as it was saved (state file). */
  restore(key: ScopeKey, state: ScopeState): void {
    this.#scopes.set(scopeId(key), { key, state });
  }

  /** Drops the scopes of one session (every merchantId), or all of them; answers how many were dropped. */
  reset(session?: string): number {
    let dropped = 0;
    for (const [id, { key }] of this.#scopes) {
      if (session === undefined || key.session === session) {
        this.#scopes.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  get initial(): ScopeState {
    return this.#initial;
  }

  entries(): { key: ScopeKey; state: ScopeState }[] {
    return [...this.#scopes.values()];
  }
}

function scopeId(key: ScopeKey): string {
  return JSON.stringify([key.merchantId, key.session]);
}
