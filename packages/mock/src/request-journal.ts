/** How the token check judged a request. */
export type JournalVerdict = 'valid' | 'rejected' | 'unsignable' | 'unchecked' | 'unsigned';

/**
 * One request as `GET /__mock/requests` lists it: never a body, a header value, a token or the salt. The sandbox's
 * callbackUrl POSTs are listed too: path = the callback's origin and path, operationId `callbackUrl`, scenario
 * `callback-delivered` or `callback-failed`, the last status (null when none came), ms over all attempts.
 */
export interface JournalEntry {
  /** When it arrived (ISO 8601). */
  readonly at: string;
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  /** The spec operation at that path, or null. */
  readonly operationId: string | null;
  /** The token check's verdict; null when the request did not get that far (or the path is no operation). */
  readonly verdict: JournalVerdict | null;
  /** The example, the sandbox's label or the front's own answer (`invalid-request`, `malformed-body`…). */
  readonly scenario: string;
  /** The fault played, if any. */
  readonly fault: string | null;
  /** The HTTP status sent; null when no answer was sent (a timeout or reset fault, or the client left). */
  readonly status: number | null;
  /** Milliseconds from arrival to the end of the answer (or the connection). */
  readonly ms: number;
}

/** How many requests the journal keeps. */
export const JOURNAL_SIZE = 500;

/** An entry as kept: the arrival as a number (formatted when listed). */
export type KeptEntry = Omit<JournalEntry, 'at'> & { readonly arrivedAt: number };

/** The last {@link JOURNAL_SIZE} requests, oldest first. */
export class RequestJournal {
  readonly #entries: (KeptEntry | undefined)[] = new Array(JOURNAL_SIZE);
  #next = 0;
  #count = 0;

  add(entry: KeptEntry): void {
    this.#entries[this.#next] = entry;
    this.#next = (this.#next + 1) % JOURNAL_SIZE;
    this.#count = Math.min(this.#count + 1, JOURNAL_SIZE);
  }

  /** The last `limit` entries (all kept ones by default), oldest first. */
  last(limit = JOURNAL_SIZE): JournalEntry[] {
    const count = Math.min(limit, this.#count);
    const out: JournalEntry[] = [];
    for (let i = count; i > 0; i--) {
      const { arrivedAt, ...entry } = this.#entries[(this.#next - i + JOURNAL_SIZE) % JOURNAL_SIZE]!;
      out.push({ at: new Date(arrivedAt).toISOString(), ...entry });
    }
    return out;
  }

  clear(): void {
    this.#entries.fill(undefined);
    this.#count = 0;
  }
}
