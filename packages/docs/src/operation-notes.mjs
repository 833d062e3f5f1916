// The block prepended to every operation's description: Haso's page (Turkish title, section, site), the
// documentation status, what the page leaves open, a provisional-path flag, the token rule, the request fields the
// token does not cover, media types that are the toolkit's reading, and the operation's Markdown page.
import { docOf, requestProperties, unsignedRequestFields } from '@haso-toolkit/spec/reader';
import { DOC_SITES, DOC_STATUSES, docStatusOf, isProvisional } from './doc-status.mjs';
import { mediaTypeMarkers } from './inferred-markers.mjs';
import { code, quote } from './markdown.mjs';
import { LLMS_TXT, operationPagePath } from './nav-links.mjs';
import { recipeOf, tokenParagraph } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */

/**
 * Markdown to prepend to an operation's description.
 * @param {SpecDocument} spec
 * @param {string} key path or webhook name
 * @param {OperationObject} operation
 * @param {string} signingGuideLink Markdown link to the signing guide
 * @returns {string}
 */
export function operationNotes(spec, key, operation, signingGuideLink) {
  const status = DOC_STATUSES[docStatusOf(operation)];
  const doc = docOf(operation);
  const section = String(doc.section ?? '');
  const site = DOC_SITES[String(doc.site)] ?? String(doc.site ?? '');
  const where = /\d/.test(section) ? `section ${section}, ${site}` : site;
  const lines = [
    `**Haso's page:** *${doc.title}* (${where})`,
    `**Documentation status: ${status.label}** — ${status.meaning}.`,
  ];
  const { gaps } = doc;
  if (typeof gaps === 'string' && gaps.trim()) lines.push(`**What Haso's page leaves open:** ${gaps.trim()}`);
  if (isProvisional(operation)) {
    lines.push(
      `**Provisional path:** Haso never printed ${code(key)}; it follows Haso's documented naming pattern and may change.`,
    );
  }
  const required = new Set(requestProperties(spec, operation).required);
  lines.push(tokenParagraph(operation, required, signingGuideLink));
  if (recipeOf(operation)) lines.push(notCoveredLine(spec, operation, signingGuideLink));
  const media = mediaTypeMarkers(spec, operation);
  if (media.length > 0) {
    const items = media.map((m) => `${m.where} ${code(m.type)}: ${m.reason}`);
    lines.push(`**The toolkit's reading, not Haso's (media types):** ${items.join('; ')}.`);
  }
  lines.push(
    `**For tools and assistants:** this operation as [Markdown](${operationPagePath(operation)}); the whole ` +
      `reference as [llms.txt](${LLMS_TXT}).`,
  );
  return quote(lines.join('\n\n'));
}

/**
 * "Not covered by the token: `kdsLimit`, …": the request fields outside the recipe.
 * @param {SpecDocument} spec
 * @param {OperationObject} operation
 * @param {string} signingGuideLink
 */
export function notCoveredLine(spec, operation, signingGuideLink) {
  const fields = unsignedRequestFields(spec, operation) ?? [];
  const { open } = requestProperties(spec, operation);
  const see = `See "What the token does not protect" in ${signingGuideLink}.`;
  if (fields.length === 0 && !open) {
    return `**Not covered by the token:** no request field; every field of the body enters the token. ${see}`;
  }
  const listed = fields.map(code).join(', ');
  const more = open ? 'any field the schema does not list' : '';
  return (
    `**Not covered by the token:** ${[listed, more].filter(Boolean).join(', and ')}. These can be changed after ` +
    `signing without changing the token: check them on your server before you sign or send. ${see}`
  );
}
