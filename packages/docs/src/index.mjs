// Public entry of @haso-toolkit/docs: serve the built site (used by the repo's start command).

export { DIST_DIR } from './paths.mjs';
export { DEFAULT_HOST, DEFAULT_PORT, DocsNotBuiltError, serveDocs } from './serve-docs.mjs';
