// One Markdown page per operation, for tools and assistants: summary, path, Haso's page and status, fields with
// Z/O, the token recipe and the fields it leaves out, and the examples. Generated from the spec.
import {
  deref,
  docOf,
  requestContentTypes,
  requestExample,
  requestMedia,
  requestProperties,
  unsignedOf,
  unsignedRequestFields,
} from '@haso-toolkit/spec/reader';
import { DOC_STATUSES, docStatusOf, isProvisional } from './doc-status.mjs';
import { inferredReason, mediaTypeMarkers } from './inferred-markers.mjs';
import { cell, code, fence, table } from './markdown.mjs';
import { operationHref } from './nav-links.mjs';
import { fieldRows } from './schema-fields.mjs';
import { formula, recipeOf } from './token-recipe.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('@haso-toolkit/spec/reader').ExampleObject} ExampleObject */
/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').ReferenceObject} ReferenceObject */
/** @typedef {import('./spec-model.mjs').OperationEntry} OperationEntry */

/** Where the site lives relative to an operation page (`operations/<id>.md`). */
const SITE = '../index.html';

/**
 * The Markdown page of one operation.
 * @param {SpecDocument} spec the bundled (undecorated) spec
 * @param {OperationEntry} entry
 * @returns {string}
 */
export function operationPage(spec, entry) {
  const op = entry.operation;
  const id = String(op.operationId);
  const where =
    entry.source === 'webhook'
      ? `webhook \`${entry.key}\` (Haso posts to your URL)`
      : `\`POST {SERVIS_URL}${entry.key}\``;
  const status = DOC_STATUSES[docStatusOf(op)];
  const doc = docOf(op);
  const head = [
    `# ${id}: ${op.summary}`,
    '',
    `${where} · Haso's page: *${doc.title}* (${doc.section}) · status: ${status.label}` +
      (isProvisional(op) ? ' · provisional path (Haso never printed it)' : ''),
    '',
    `Rendered: [${id} in the docs site](${SITE}${operationHref(op)})`,
  ];
  const reason = inferredReason(op);
  if (reason) head.push('', `The toolkit's reading, not Haso's: ${reason}`);
  head.push('', String(op.description ?? '').trim());
  if (doc.gaps) head.push('', `What Haso's page leaves open: ${doc.gaps.trim()}`);
  return [
    ...head,
    '',
    ...fieldsSection(spec, op),
    '',
    ...tokenSection(spec, op),
    '',
    ...examplesSection(spec, entry),
    '',
  ].join('\n');
}

/** @param {SpecDocument} spec @param {OperationObject} op */
function fieldsSection(spec, op) {
  const types = requestContentTypes(spec, op);
  const rows = fieldRows(spec, requestMedia(spec, op)?.media.schema);
  const lines = ['## Request fields', '', `Media types: ${types.map(code).join(', ') || 'none'}.`];
  for (const m of mediaTypeMarkers(spec, op))
    lines.push(`The toolkit's reading (${m.where} ${code(m.type)}): ${m.reason}`);
  lines.push('', 'Z = required (zorunlu), O = optional (opsiyonel).', '');
  lines.push(
    table(
      ['field', 'Z/O', 'type', 'description'],
      rows.map((r) => [
        code(r.name),
        r.required ? 'Z' : 'O',
        r.type,
        [r.description, ...r.inferred.map((why) => `(toolkit's reading, not Haso's: ${why})`)]
          .filter(Boolean)
          .join(' '),
      ]),
    ),
  );
  if (requestProperties(spec, op).open)
    lines.push('', 'Fields the table does not list are accepted too (`additionalProperties`).');
  return lines;
}

/** @param {SpecDocument} spec @param {OperationObject} op */
function tokenSection(spec, op) {
  const recipe = recipeOf(op);
  if (!recipe) {
    const unsigned = unsignedOf(op);
    return [
      '## Token',
      '',
      `No requestToken: \`${unsigned?.reason ?? 'not described'}\`. ${unsigned?.note ?? ''}`.trim(),
    ];
  }
  const outside = (unsignedRequestFields(spec, op) ?? []).map(code);
  if (requestProperties(spec, op).open) outside.push('any unlisted field');
  return [
    '## Token',
    '',
    fence(formula(recipe), 'text'),
    '',
    `Fields in this order, no separator, then the salt (spelled ${code(recipe.salt ?? 'merchantSalt')} on Haso's page). ` +
      'Absent optional fields enter as an empty string' +
      (Object.keys(recipe.formats ?? {}).length > 0
        ? `; formats: ${Object.entries(recipe.formats ?? {})
            .map(([f, fmt]) => `${code(f)} as ${code(String(fmt))}`)
            .join(', ')}.`
        : '.'),
    '',
    `Request fields outside the token (they can be changed after signing without changing it): ${outside.join(', ') || 'none'}.`,
    `See "What the token does not protect" in [Signing requests](${SITE}#/signing-requests).`,
  ];
}

/** @param {SpecDocument} spec @param {OperationEntry} entry */
function examplesSection(spec, entry) {
  const op = entry.operation;
  const lines = ['## Examples'];
  const example = requestExample(spec, op);
  if (example) {
    const mock = entry.source === 'path' ? " (the toolkit's mock accepts it as is)" : '';
    lines.push(
      '',
      `Request (${code(example.contentType)}), as the spec gives it${mock}:`,
      '',
      fence(JSON.stringify(example.value, null, 2), 'json'),
    );
  }
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    for (const [type, media] of Object.entries(deref(spec, response)?.content ?? {})) {
      const { example: single, examples = {} } = media;
      /** @type {[string, ExampleObject | ReferenceObject][]} */
      const named = Object.entries(examples);
      if (single !== undefined) named.unshift(['example', { value: single }]);
      for (const [name, ref] of named) {
        const value = deref(spec, ref);
        const text = typeof value.value === 'string' ? value.value : JSON.stringify(value.value, null, 2);
        lines.push(
          '',
          `Response ${status} ${code(type)}, example ${code(name)}${value.summary ? ` (${cell(value.summary)})` : ''}:`,
          '',
        );
        lines.push(fence(text, typeof value.value === 'string' ? 'html' : 'json'));
      }
    }
  }
  return lines;
}
