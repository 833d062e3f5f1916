// Quoting for the languages the generated samples are written in.

/**
 * A POSIX shell single-quoted word.
 * @param {string} text
 */
export function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Text for an HTML attribute value or text node.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text inside an HTML comment (no `--`).
 * @param {string} text
 */
export function escapeHtmlComment(text) {
  return text.replace(/--/g, '- -');
}
