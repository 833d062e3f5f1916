// The one reader of the bundled Haso spec (dist/openapi.json): how to follow a local $ref, list the operations and
// read each x-haso-* extension. Pure functions of the parsed document, no I/O (load.mjs reads the file), so codegen,
// the docs build, the mock, the CLI and the tests all read the spec the same way. One module per job in reader/.

export {
  codePattern,
  componentSchema,
  defaultServerUrl,
  resultCodes,
  specVersion,
  testCredentials,
} from './reader/document.mjs';
export {
  componentExample,
  namedResponseExamples,
  requestExample,
  requestExampleInput,
  responseExamples,
} from './reader/examples.mjs';
export {
  docOf,
  inferredOf,
  operationKind,
  recipeOf,
  scenariosOf,
  signatureOf,
  unsignedOf,
} from './reader/extensions.mjs';
export { findOperation, listOperations } from './reader/operations.mjs';
export { deref } from './reader/refs.mjs';
export {
  filledFields,
  requestContentTypes,
  requestMedia,
  requestProperties,
  unsignedRequestFields,
} from './reader/request.mjs';
export {
  CODE_KINDS,
  FILLED_ROLES,
  INFERRED_KINDS,
  OPERATION_KINDS,
  SALT_SPELLINGS,
  TOKEN_FORMATS,
  UNSIGNED_REASONS,
} from './reader/vocabulary.mjs';
