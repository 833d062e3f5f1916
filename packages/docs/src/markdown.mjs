// Small Markdown builders shared by the operation notes and the guides.

/**
 * Inline code span that survives backticks inside the text.
 * @param {string} text
 * @returns {string}
 */
export function code(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A table cell: pipes escaped, line breaks folded.
 * @param {string} text
 * @returns {string}
 */
export function cell(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/**
 * A GitHub-flavoured Markdown table.
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 * @returns {string}
 */
export function table(header, rows) {
  const line = (/** @type {readonly string[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A fenced code block.
 * @param {string} text
 * @param {string} [lang]
 * @returns {string}
 */
export function fence(text, lang = '') {
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${text}\n${marks}`;
}

/**
 * Prefixes every line with `> ` (a Markdown blockquote).
 * @param {string} text
 * @returns {string}
 */
export function quote(text) {
  return text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}
