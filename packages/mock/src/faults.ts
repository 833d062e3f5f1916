/** The faults the mock can play, for the SDK's error paths, and what each does. */
export const FAULTS = {
  timeout: 'no answer: the connection stays open, silent, until the client gives up (closed after 120 s)',
  reset: 'the connection is dropped (TCP reset) after the request is read',
  'http-500': 'HTTP 500 with an envelope-like JSON body',
  'html-502': 'HTTP 502 with an HTML page, as a gateway in front of Haso would answer',
  'slow-body': 'the normal answer, its body sent in 8 parts 250 ms apart',
} as const;

export type Fault = keyof typeof FAULTS;

export const FAULT_NAMES = Object.keys(FAULTS) as Fault[];

export function isFault(name: unknown): name is Fault {
  return typeof name === 'string' && Object.hasOwn(FAULTS, name);
}

/** A fault waiting for the next calls of an operation. */
export interface QueuedFault {
  readonly operationId: string;
  readonly fault: Fault;
  /** How many more calls get it. */
  readonly remaining: number;
}

/** Most calls one `POST /__mock/faults` may arm. */
export const MAX_FAULT_COUNT = 1000;

/**
 * Faults armed for the next calls of an operation (`POST /__mock/faults`), first armed first played. Each call of
 * the operation that carries no `Prefer: fault=…` of its own takes one.
 */
export class FaultQueue {
  readonly #queued: { operationId: string; fault: Fault; remaining: number }[] = [];

  add(operationId: string, fault: Fault, count: number): void {
    this.#queued.push({ operationId, fault, remaining: count });
  }

  /** The fault for this call of the operation, if one is armed (and counts it down). */
  take(operationId: string): Fault | undefined {
    if (this.#queued.length === 0) return undefined;
    const index = this.#queued.findIndex((entry) => entry.operationId === operationId);
    if (index < 0) return undefined;
    const entry = this.#queued[index]!;
    if (--entry.remaining === 0) this.#queued.splice(index, 1);
    return entry.fault;
  }

  list(): QueuedFault[] {
    return this.#queued.map(({ operationId, fault, remaining }) => ({ operationId, fault, remaining }));
  }

  clear(): void {
    this.#queued.length = 0;
  }
}
