// Shape of the generated code table (src/generated/codes.ts).

/** `result` (RS…), `message` (M…, e.g. in `Data.Message`) or `error` (H…, inside `Errors` strings). */
export type CodeKind = 'result' | 'message' | 'error';

/** One documented Haso code and what it means. */
export interface CodeEntry {
  readonly code: string;
  readonly kind: CodeKind;
  readonly meaning: string;
}

/** Codes by code (`H307`). */
export type CodeTable = { readonly [code: string]: CodeEntry };
