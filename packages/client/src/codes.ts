import type { CodeEntry, CodeKind, CodeTable } from './code-types.js';
import { type CodeLookup, findCodes } from './find-codes.js';
import { documentedCodes } from './generated/codes.js';

const table: CodeTable = documentedCodes;

/** What a documented code means (from the spec), or undefined. `haso.describeCode` also knows refreshed codes. */
export function describeCode(code: string): CodeEntry | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** The kind of a code by its prefix: RS… result, M… message, anything else error. */
export function kindOfCode(code: string): CodeKind {
  return code.startsWith('RS') ? 'result' : code.startsWith('M') ? 'message' : 'error';
}

/** Code entries from getErrorCodes' `Data.ErrorCodes` (`[{ errorCode, message }]`); malformed entries are skipped. */
export function codeEntriesOf(list: unknown): CodeEntry[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: { errorCode?: unknown; message?: unknown } | null) =>
    typeof entry?.errorCode === 'string'
      ? [{ code: entry.errorCode, kind: kindOfCode(entry.errorCode), meaning: String(entry.message ?? '') }]
      : [],
  );
}

/** A code table that starts with the documented codes and can be extended at runtime. */
export interface CodeBook extends CodeLookup {
  describe(code: string): CodeEntry | undefined;
  /** Adds or replaces entries (e.g. from getErrorCodes); returns how many were added or changed. */
  add(entries: Iterable<CodeEntry>): number;
}

/** A fresh code book (one per client, so refreshing one client never changes another). */
export function createCodeBook(): CodeBook {
  const extra = new Map<string, CodeEntry>();
  const describe = (code: string) => extra.get(code) ?? describeCode(code);
  return {
    describe,
    add(entries) {
      let changed = 0;
      for (const entry of entries) {
        const known = describe(entry.code);
        if (known?.meaning === entry.meaning && known.kind === entry.kind) continue;
        extra.set(entry.code, entry);
        changed++;
      }
      return changed;
    },
    lookup: (texts) =>
      findCodes(texts).map((code) => {
        const meaning = describe(code)?.meaning;
        return meaning === undefined ? { code } : { code, meaning };
      }),
  };
}
