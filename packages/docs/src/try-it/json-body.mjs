// Parses the console's body editor: a JSON object, or a readable error with the line, column and field where the
// text stops being JSON (found by a small scanner, since browsers word and place JSON.parse errors differently).

/**
 * @typedef {{ ok: true, value: Record<string, unknown> }
 *   | { ok: false, message: string, offset: number, line: number, column: number, field: string }} ParsedBody
 */

/**
 * @param {string} text
 * @returns {ParsedBody}
 */
export function parseBody(text) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = jsonErrorAt(text) ?? { offset: text.length, path: '', after: '', reason: String(error) };
    const { line, column } = lineAndColumn(text, found.offset);
    const where = found.path ? ` in field "${found.path}"` : found.after ? ` after field "${found.after}"` : '';
    return {
      ok: false,
      message: `The body is not valid JSON: ${found.reason} at line ${line}, column ${column}${where}.`,
      offset: found.offset,
      line,
      column,
      field: found.path || found.after,
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The body must be a JSON object ({ … }).', offset: 0, line: 1, column: 1, field: '' };
  }
  return { ok: true, value: /** @type {Record<string, unknown>} */ (value) };
}

/**
 * 1-based line and column of an offset.
 * @param {string} text
 * @param {number} offset
 */
export function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where a text stops being JSON: the offset, the member being read (`basketList[0].price`) or else the last one
 * read, and why; undefined when the text is valid JSON.
 * @param {string} text
 * @returns {{ offset: number, path: string, after: string, reason: string } | undefined}
 */
export function jsonErrorAt(text) {
  let i = 0;
  /** @type {(string | number)[]} */
  const path = [];
  /** @type {(string | number)[]} */
  let last = [];
  const fail = (/** @type {string} */ reason) => {
    throw new JsonSyntax(i, reason, pathText(path), pathText(last));
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(/** @type {string} */ (text[i]))) i++;
  };
  const expect = (/** @type {string} */ char, /** @type {string} */ what) => {
    if (text[i] !== char) fail(text[i] === undefined ? `missing ${what}` : `expected ${what}`);
    i++;
  };
  const string = () => {
    expect('"', 'a "quoted string"');
    const start = i;
    while (text[i] !== '"') {
      if (i >= text.length) fail('unterminated string');
      if (text.charCodeAt(i) < 0x20) fail('a line break or control character inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('a bad escape sequence');
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start - 1, i));
  };
  /**
   * The members of an object or array after its opening bracket: each one's key (an object's field name or an array
   * index) from `key`, then its value, separated by commas, up to `close`.
   * @param {string} close
   * @param {(n: number) => string | number} key
   */
  const members = (close, key) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (let n = 0; ; n++) {
      space();
      path.push(key(n));
      value();
      last = [...path];
      path.pop();
      space();
      if (text[i] === ',') i++;
      else return expect(close, `"," or "${close}" after a value`);
    }
  };
  const fieldName = () => {
    const name = text[i] === '"' ? string() : fail('expected a "quoted" field name');
    space();
    expect(':', '":" after the field name');
    return name;
  };
  /** @returns {void} */
  const value = () => {
    space();
    const char = text[i];
    if (char === '{') return members('}', fieldName);
    if (char === '[') return members(']', (n) => n);
    if (char === '"') return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal)
      fail(
        char === undefined
          ? 'missing a value'
          : 'expected a value (string, number, true, false, null, object or array)',
      );
    i += /** @type {RegExpExecArray} */ (literal)[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntax)) throw error;
    return { offset: error.offset, path: error.path, after: error.after, reason: error.reason };
  }
}

/**
 * `basketList[0].price` for a member path.
 * @param {(string | number)[]} path
 * @returns {string}
 */
function pathText(path) {
  return path.reduce(
    (/** @type {string} */ text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}

class JsonSyntax extends Error {
  /** @param {number} offset @param {string} reason @param {string} path @param {string} after */
  constructor(offset, reason, path, after) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
    this.path = path;
    this.after = after;
  }
}
