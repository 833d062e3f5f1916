// `llms.txt` (llmstxt.org) and the per-operation Markdown pages it links, written next to index.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOC_STATUSES, docStatusOf, isProvisional } from './doc-status.mjs';
import { LLMS_TXT, operationPagePath } from './nav-links.mjs';
import { operationPage } from './operation-page.mjs';
import { listOperations } from './spec-model.mjs';
import { recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('./spec-model.mjs').OperationEntry} OperationEntry */

/**
 * The llms.txt text: the API in two sentences, then one link per operation and webhook.
 * @param {SpecDocument} spec the bundled spec
 * @returns {string}
 */
export function llmsTxt(spec) {
  const entries = listOperations(spec);
  const line = (/** @type {OperationEntry} */ e) => {
    const op = e.operation;
    const facts = [
      e.source === 'path' ? `POST ${e.key}` : `webhook ${e.key}`,
      recipeOf(op) ? 'signed' : 'no requestToken',
      DOC_STATUSES[docStatusOf(op)].label.toLowerCase(),
      ...(isProvisional(op) ? ['provisional path'] : []),
    ];
    return `- [${op.operationId}](${operationPagePath(op)}): ${op.summary} (${facts.join('; ')})`;
  };
  return [
    `# ${spec.info?.title ?? 'Haso API'}`,
    '',
    `> ${String(spec.info?.summary ?? '').trim()}`,
    '',
    'Every operation is a POST to `{SERVIS_URL}/…` whose body carries `merchantId`, an optional `ipAddress` and, for',
    'signed operations, a `requestToken` = Base64(HMAC-SHA256(the fields of its recipe, in order, then the merchant',
    'salt)); every answer is the envelope `{Success, Errors, Data}`. Each page below lists the fields with Z/O, the',
    'token recipe, the fields outside it, and examples; the toolkit\'s mock accepts the "for the mock" bodies as is.',
    '',
    '## Operations',
    '',
    ...entries.filter((e) => e.source === 'path').map(line),
    '',
    '## Webhooks (posted by Haso to your URLs)',
    '',
    ...entries.filter((e) => e.source === 'webhook').map(line),
    '',
    '## Optional',
    '',
    '- [Docs site](index.html): the rendered reference with guides (signing, limit flow, e-commerce flow, codes)',
    '- [openapi.json](openapi.json): the OpenAPI 3.1 contract',
    '- [openapi.yaml](openapi.yaml): the same in YAML',
    '',
  ].join('\n');
}

/**
 * Writes llms.txt and operations/<operationId>.md into `distDir`.
 * @param {SpecDocument} spec the bundled spec
 * @param {string} distDir
 * @returns {number} pages written
 */
export function writeReferencePages(spec, distDir) {
  const entries = listOperations(spec);
  for (const entry of entries) {
    const file = join(distDir, operationPagePath(entry.operation));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, operationPage(spec, entry));
  }
  writeFileSync(join(distDir, LLMS_TXT), llmsTxt(spec));
  return entries.length;
}
