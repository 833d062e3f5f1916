// packages/client: the shape of a Haso code and the code table documented in the spec (ResultCode).
import { banner } from './banner.mjs';
import { FREEZE_HELPER, frozenSource } from './frozen-source.mjs';
import { codePattern, resultCodes } from './spec.mjs';

export function codesOf(spec) {
  return Object.fromEntries(resultCodes(spec).map(({ code, kind, meaning }) => [code, { code, kind, meaning }]));
}

/**
 * CODE_SOURCE as a whole word with the digit count every documented code has (so `H30` or `XH3071` in a text is not
 * taken for a code); stops when the documented codes differ in length or the pattern does not end in `[0-9]+`.
 */
function codeInText(spec, code) {
  const digits = new Set(resultCodes(spec).map((entry) => entry.code.replace(/^\D+/, '').length));
  if (digits.size !== 1 || !code.endsWith('[0-9]+')) {
    throw new Error('ResultCode: the documented codes must share one digit count and the pattern end in [0-9]+');
  }
  return `\\b${code.slice(0, -1)}{${[...digits][0]}}\\b`;
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

/** A code inside a text, as a whole word with the documented digit count: \`new RegExp(CODE_IN_TEXT, 'g')\`. */
export const CODE_IN_TEXT = ${JSON.stringify(codeInText(spec, code))};

/** Every code seen on Haso's pages; refresh at runtime with getErrorCodes (5.17). */
export const documentedCodes = ${frozenSource(codesOf(spec))} satisfies CodeTable;
`;
}
