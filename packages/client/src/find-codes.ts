// Finding Haso's codes in its `Errors` texts, without the table of meanings (see codes.ts for that).
import type { FoundCode } from './errors.js';
import { CODE_IN_TEXT } from './generated/codes.js';

const CODE = /* @__PURE__ */ new RegExp(CODE_IN_TEXT, 'g');

/** The distinct Haso codes (RS100, M101, H307 …) found in free texts, in order of appearance. */
export function findCodes(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(CODE)) found.add(match[0]);
  return [...found];
}

/** What HasoApiError's codes come from: the codes of `texts`, with their meanings when the lookup knows them. */
export interface CodeLookup {
  lookup(texts: readonly string[]): FoundCode[];
}

/** Codes without meanings (createHasoCore: the table of meanings stays out of the bundle; see `describeCode`). */
export const codesOnly: CodeLookup = { lookup: (texts) => findCodes(texts).map((code) => ({ code })) };
