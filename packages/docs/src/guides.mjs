// Loads the Markdown guides (guides/NN-name.md), fills their {{placeholders}} and turns each into a tag whose
// description Redoc renders as a navigation section.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guideValues } from './guide-values.mjs';
import { GUIDES_DIR } from './paths.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * @typedef {object} Guide
 * @property {string} stem     file name without number and extension (`signing`)
 * @property {string} title    the first `# ` heading; becomes the tag name
 * @property {string} markdown the rest, placeholders filled
 */

/** Thrown for a malformed guide or an unknown placeholder. */
export class GuideError extends Error {
  /** @param {string} file @param {string} message */
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.name = 'GuideError';
    this.file = file;
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)(?::([^}\s]+))?\s*\}\}/g;

/**
 * All guides, in file-name order, with placeholders filled from the spec.
 * @param {SpecDocument} spec
 * @param {string} [dir]
 * @returns {Guide[]}
 */
export function loadGuides(spec, dir = GUIDES_DIR) {
  const files = readdirSync(dir)
    .filter((f) => /^\d+-[\w-]+\.md$/.test(f))
    .sort();
  const raw = files.map((file) => ({ file, ...splitTitle(file, readFileSync(join(dir, file), 'utf8')) }));
  const titles = new Map(raw.map((g) => [g.stem, g.title]));
  const values = guideValues(spec, titles);
  return raw.map(({ file, stem, title, body }) => ({ stem, title, markdown: fill(file, body, values) }));
}

/**
 * Replaces every `{{name}}` / `{{name:arg}}`; unknown names and failing resolvers throw a GuideError.
 * @param {string} file
 * @param {string} text
 * @param {ReadonlyMap<string, (arg: string | undefined) => string>} values
 */
export function fill(file, text, values) {
  return text.replace(PLACEHOLDER, (_, name, arg) => {
    const resolve = values.get(name);
    if (!resolve) throw new GuideError(file, `unknown placeholder {{${name}}}`);
    try {
      return resolve(arg);
    } catch (error) {
      throw new GuideError(
        file,
        `{{${name}${arg ? `:${arg}` : ''}}}: ${error instanceof Error ? error.message : error}`,
      );
    }
  });
}

/** @param {string} file @param {string} text */
function splitTitle(file, text) {
  const match = /^# (.+)\n/.exec(text);
  if (!match?.[1]) throw new GuideError(file, 'must start with a "# Title" line');
  return {
    stem: file.replace(/^\d+-/, '').replace(/\.md$/, ''),
    title: match[1].trim(),
    body: text.slice(match[0].length).trim(),
  };
}
