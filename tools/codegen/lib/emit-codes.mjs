// packages/client: the shape of a Haso code and the code table documented in the spec (ResultCode).
import { banner } from './banner.mjs';
import { FREEZE_HELPER, frozenSource } from './frozen-source.mjs';
import { codePattern, resultCodes } from './spec.mjs';

export function codesOf(spec) {
  return Object.fromEntries(resultCodes(spec).map(({ code, kind, meaning }) => [code, { code, kind, meaning }]));
}

export function emitCodes(spec) {
  const { pattern, code } = codePattern(spec);
  return `${banner('result codes from ResultCode', spec)}
import type { CodeTable } from '../code-types.js';

${FREEZE_HELPER}
/**
 * ResultCode's pattern: a \`Message\` value starts with a Haso code (RS… result, M… message, H… error); any text may
 * follow it (\`RS100 - …\`), since Haso's pages never print the whole string.
 */
export const RESULT_CODE_PATTERN = ${JSON.stringify(pattern)};

/** A Haso code alone (RESULT_CODE_PATTERN without its \`^\`), to find codes inside a text: \`new RegExp(CODE_SOURCE, 'g')\`. */
export const CODE_SOURCE = ${JSON.stringify(code)};

/** Every code seen on Haso's pages; refresh at runtime with getErrorCodes (5.17). */
export const documentedCodes = ${frozenSource(codesOf(spec))} satisfies CodeTable;
`;
}
