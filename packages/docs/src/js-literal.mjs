// Formats JSON values as readable TypeScript/JavaScript object literals for code samples.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JS literal of a JSON value, indented by two spaces per level.
 * @param {unknown} value
 * @param {number} [depth]
 * @returns {string}
 */
export function jsLiteral(value, depth = 0) {
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}${jsLiteral(v, depth + 1)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${pad}${IDENTIFIER.test(k) ? k : quote(k)}: ${jsLiteral(v, depth + 1)},`);
  return `{\n${lines.join('\n')}\n${end}}`;
}

/** @param {string} text */
function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}
