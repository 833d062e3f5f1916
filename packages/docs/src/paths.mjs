// Where the docs package keeps its inputs and outputs.
import { fileURLToPath } from 'node:url';

/** The built site (index.html plus assets); what `serveDocs` serves. */
export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

/** Markdown guides with `{{placeholders}}`, one navigation section each. */
export const GUIDES_DIR = fileURLToPath(new URL('../guides/', import.meta.url));

/** Static files copied into dist/assets (local replacements of CDN images). */
export const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));

/** The page template handed to `redocly build-docs --template`. */
export const TEMPLATE_FILE = fileURLToPath(new URL('./template.hbs', import.meta.url));
