// The block prepended to every operation's description: Haso's page (Turkish title, section, site), the
// documentation status, what the page leaves open, a provisional-path flag and the token rule.
import { DOC_SITES, DOC_STATUSES, docStatusOf, isProvisional } from './doc-status.mjs';
import { code, quote } from './markdown.mjs';
import { requestSchema } from './spec-model.mjs';
import { tokenParagraph } from './token-recipe.mjs';

/**
 * Markdown to prepend to an operation's description.
 * @param {Record<string, any>} spec
 * @param {string} key path or webhook name
 * @param {Record<string, any>} operation
 * @param {string} signingGuideLink Markdown link to the signing guide
 * @returns {string}
 */
export function operationNotes(spec, key, operation, signingGuideLink) {
  const status = DOC_STATUSES[docStatusOf(operation)];
  const section = String(operation['x-haso-doc-section'] ?? '');
  const site = DOC_SITES[String(operation['x-haso-doc-site'])] ?? String(operation['x-haso-doc-site'] ?? '');
  const where = /\d/.test(section) ? `section ${section}, ${site}` : site;
  const lines = [
    `**Haso's page:** *${operation['x-haso-doc-title']}* (${where})`,
    `**Documentation status: ${status.label}** — ${status.meaning}.`,
  ];
  const gaps = operation['x-haso-doc-gaps'];
  if (typeof gaps === 'string' && gaps.trim()) lines.push(`**What Haso's page leaves open:** ${gaps.trim()}`);
  if (isProvisional(operation)) {
    lines.push(
      `**Provisional path:** Haso never printed ${code(key)}; it follows Haso's documented naming pattern and may change.`,
    );
  }
  const required = new Set(/** @type {string[]} */ (requestSchema(spec, operation).required ?? []));
  lines.push(tokenParagraph(operation, required, signingGuideLink));
  return quote(lines.join('\n\n'));
}
