// `@haso-toolkit/client/operations`: one constant per operation of the spec (path, kind, token recipe, compiled
// request validator), for `haso.call(reSendKkbPin, …)`. Import the ones you call; a bundler leaves the others out.
export * from './generated/operation-routes.js';
