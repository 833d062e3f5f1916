// The Try-it console bundle (src/try-it, bundled with esbuild for browsers, @haso-toolkit/signing's Web Crypto
// entry included) and its injection into the page Redoc rendered: styles, the operations' data and the script.
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { DATA_ELEMENT_ID } from './try-it/page-ids.mjs';

const ENTRY = new URL('./try-it/main.mjs', import.meta.url);
const STYLES = new URL('./try-it/console.css', import.meta.url);

/** Thrown when the rendered page lacks a placeholder of the template. */
export class ConsoleInjectionError extends Error {
  /** @param {string} marker */
  constructor(marker) {
    super(`cannot inject the Try-it console: the page has no ${marker} (see template.hbs)`);
    this.name = 'ConsoleInjectionError';
  }
}

/**
 * The console's script (one minified IIFE, no imports left).
 * @returns {string}
 */
export function bundleConsole() {
  const result = buildSync({
    entryPoints: [ENTRY.pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome111', 'firefox111', 'safari16.4'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no console bundle');
  return output.text;
}

/** Placeholders in template.hbs where the console's styles and its data and script go. */
export const HEAD_MARKER = '<!-- haso-try-it:styles -->';
export const BODY_MARKER = '<!-- haso-try-it:script -->';

/**
 * The page with the console's styles, data and script at the template's placeholders.
 * @param {string} html
 * @param {{ script: string, data: unknown }} bundle
 * @returns {string}
 */
export function injectConsole(html, { script, data }) {
  for (const marker of [HEAD_MARKER, BODY_MARKER]) if (!html.includes(marker)) throw new ConsoleInjectionError(marker);
  const styles = `<style id="haso-try-it-styles">\n${readFileSync(STYLES, 'utf8')}</style>`;
  // `<` escaped so no text of the data or the script can close its <script> element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const tail =
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${json}</script>\n` +
    `<script id="haso-try-it-script">${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  return html.replace(HEAD_MARKER, () => styles).replace(BODY_MARKER, () => tail);
}
