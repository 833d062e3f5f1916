import type { ScopeKey, ScopeState } from './state.js';

/** The id formats of the sandbox (the mock's own; Haso documents none of them). */
export type IdKind = 'kkbRefNo' | 'customerId' | 'transactionCode' | 'otpCode' | 'pageId';

/**
 * Draws ids from the scope's counter and a seed: the same seed and the same calls in a scope give the same ids
 * (`--random-seed`), whatever other scopes do. Ids already used in the scope are skipped.
 */
export function createIdSource(seed: string): (scope: ScopeState, key: ScopeKey, kind: IdKind) => string {
  return (scope, key, kind) => {
    for (;;) {
      const n = ++scope.seq;
      const draw = (length: number) =>
        digits(`${seed}\u0000${key.merchantId}\u0000${key.session}\u0000${kind}\u0000${n}`, length);
      const id = format(kind, draw, n);
      if (!taken(scope, kind, id)) return id;
    }
  };
}

function format(kind: IdKind, draw: (length: number) => string, n: number): string {
  switch (kind) {
    case 'kkbRefNo':
      return `KKB-${draw(8)}-${String(n % 10_000).padStart(4, '0')}`;
    case 'customerId':
      return `${1 + (Number(draw(1)) % 9)}${draw(6)}`;
    case 'transactionCode':
      return `TRX-${draw(4)}-${String(n % 1_000_000).padStart(6, '0')}`;
    case 'otpCode':
      return draw(6);
    case 'pageId':
      return draw(16);
  }
}

function taken(scope: ScopeState, kind: IdKind, id: string): boolean {
  if (kind === 'kkbRefNo') return scope.kkbRequests.has(id);
  if (kind === 'customerId') return scope.customers.has(id);
  if (kind === 'transactionCode') return scope.transactions.has(id);
  if (kind === 'pageId') return scope.hostedPages.has(id);
  return false;
}

/** `length` decimal digits derived from a text (cyrb53 rounds; not cryptographic, only spread). */
function digits(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) out += String(cyrb53(text, round)).padStart(16, '0').slice(-15);
  return out.slice(0, length);
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
