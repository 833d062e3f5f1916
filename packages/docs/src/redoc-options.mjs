// Redoc CE 3 options passed to `redocly build-docs --openapi <file>`.
import { SAMPLE_LANGUAGES } from './code-samples.mjs';
import { INFERRED } from './inferred-markers.mjs';

/** Downloadable copies of the (undecorated) spec, written next to index.html. */
export const DOWNLOADS = Object.freeze([
  { title: 'openapi.json', url: 'openapi.json' },
  { title: 'openapi.yaml', url: 'openapi.yaml' },
]);

/** The options object. */
export function redocOptions() {
  return {
    // Redoc CE shows only the x-codeSamples whose language is listed here, in this order.
    codeSamples: { languages: SAMPLE_LANGUAGES.map((l) => ({ ...l })) },
    downloadUrls: DOWNLOADS.map((d) => ({ ...d })),
    sortRequiredPropsFirst: true,
    jsonSamplesExpandLevel: 3,
    schemasExpansionLevel: 1,
    hidePropertiesPrefix: false,
    // The "toolkit's reading, not Haso's" marker, shown beside the schema, field or operation that carries it.
    showExtensions: [INFERRED],
  };
}
