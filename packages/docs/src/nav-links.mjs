// Links into the rendered site. Redoc CE 3 routes with the URL hash: `#/<tag-slug>` for a tag (or guide) and
// `#/<tag-slug>/<operationId, lower case>` for an operation. The browser test checks every generated link against
// the rendered navigation.

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */

/**
 * Redoc's slug of a tag name or operation id.
 * @param {string} text
 */
export function slug(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Hash route of a tag or guide section.
 * @param {string} tagName
 */
export function tagHref(tagName) {
  return `#/${slug(tagName)}`;
}

/**
 * Hash route of an operation (under its first tag).
 * @param {Pick<OperationObject, 'operationId' | 'tags'>} operation
 */
export function operationHref(operation) {
  const tag = Array.isArray(operation.tags) && operation.tags[0] ? String(operation.tags[0]) : 'other';
  return `#/${slug(tag)}/${slug(String(operation.operationId))}`;
}

/** The site's index for language models and tools (llmstxt.org), next to index.html. */
export const LLMS_TXT = 'llms.txt';

/**
 * Relative address of an operation's generated Markdown page.
 * @param {Pick<OperationObject, 'operationId'>} operation
 */
export function operationPagePath(operation) {
  return `operations/${String(operation.operationId)}.md`;
}
