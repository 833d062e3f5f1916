// packages/client: the result/error code table documented in the spec (ResultCode x-haso-codes).
import { banner } from './banner.mjs';

export function codesOf(spec) {
  const table = spec.components?.schemas?.ResultCode?.['x-haso-codes'] ?? [];
  return Object.fromEntries(table.map(({ code, kind, meaning }) => [code, { code, kind, meaning }]));
}

export function emitCodes(spec) {
  return `${banner('result codes from ResultCode x-haso-codes')}
import type { CodeTable } from '../code-types.js';

/** Every code seen on Haso's pages; refresh at runtime with getErrorCodes (5.17). */
export const documentedCodes = ${JSON.stringify(codesOf(spec), null, 2)} as const satisfies CodeTable;
`;
}
