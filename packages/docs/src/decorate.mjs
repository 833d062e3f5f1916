// Builds the decorated copy of the spec that Redoc renders: badges, notes and code samples per operation, the
// guides as tags, and tag groups for the navigation. The input object is never modified.
import { docOf } from '@haso-toolkit/spec/reader';
import { codeSamplesFor } from './code-samples.mjs';
import { docStatusOf, isProvisional, statusBadges } from './doc-status.mjs';
import { loadGuides } from './guides.mjs';
import { LLMS_TXT, tagHref } from './nav-links.mjs';
import { operationNotes } from './operation-notes.mjs';
import { listOperations } from './spec-model.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/** Name of the navigation group holding the guides. */
export const GUIDES_GROUP = 'Guides';
/** Name of the navigation group holding the spec's own tags. */
export const REFERENCE_GROUP = 'API reference';
/** Stem of the guide that every operation's token note links to. */
export const SIGNING_GUIDE = 'signing';

/**
 * A decorated deep copy of the bundled spec.
 * @param {SpecDocument} source the bundled spec (left untouched)
 * @param {{ guidesDir?: string }} [options]
 * @returns {SpecDocument}
 */
export function decorateSpec(source, options = {}) {
  const spec = structuredClone(source);
  const guides = loadGuides(spec, options.guidesDir);
  const signing = guides.find((g) => g.stem === SIGNING_GUIDE);
  if (!signing) throw new Error(`guides: no ${SIGNING_GUIDE} guide`);
  const signingLink = `[${signing.title}](${tagHref(signing.title)})`;

  for (const { source: kind, key, operation } of listOperations(spec)) {
    operation['x-badges'] = statusBadges(operation);
    operation.summary = navigationSummary(operation);
    const notes = operationNotes(spec, key, operation, signingLink);
    operation.description = operation.description ? `${notes}\n\n${operation.description}` : notes;
    if (kind === 'path') {
      const samples = codeSamplesFor(spec, key, operation);
      if (samples.length > 0) operation['x-codeSamples'] = samples;
    }
  }

  const specTags = spec.tags ?? [];
  const clash = guides.find((g) => specTags.some((t) => t.name === g.title));
  if (clash) throw new Error(`guide title "${clash.title}" is also a tag of the spec`);
  const used = listOperations(spec).flatMap((e) => e.operation.tags ?? []);
  const referenceTags = [...new Set([...specTags.map((t) => t.name), ...used])];

  spec.tags = [...guides.map((g) => ({ name: g.title, description: g.markdown })), ...specTags];
  spec['x-tagGroups'] = [
    { name: GUIDES_GROUP, tags: guides.map((g) => g.title) },
    { name: REFERENCE_GROUP, tags: referenceTags },
  ];
  const first = guides[0];
  if (first) {
    const intro =
      `New here? Start with [${first.title}](${tagHref(first.title)}), then ${signingLink}. For tools and ` +
      `assistants: [llms.txt](${LLMS_TXT}) and one Markdown page per operation.`;
    spec.info = { ...spec.info, description: `${spec.info?.description ?? ''}\n\n${intro}`.trim() };
  }
  return spec;
}

/**
 * The summary line (what the navigation shows): for a title-only page or a provisional path, Haso's page title and
 * a "provisional" marker follow the summary, so a reader scanning the navigation can tell.
 * @param {OperationObject} operation
 * @returns {string}
 */
export function navigationSummary(operation) {
  const summary = String(operation.summary ?? operation.operationId);
  const provisional = isProvisional(operation);
  if (docStatusOf(operation) !== 'title-only' && !provisional) return summary;
  const parts = [summary, String(docOf(operation).title ?? '').trim()];
  if (provisional && !/\bprovisional\b/i.test(summary)) parts.push('provisional');
  return parts.filter(Boolean).join(' · ');
}
