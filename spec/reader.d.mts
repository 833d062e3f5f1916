// Declarations of reader.mjs: the functions and vocabularies of reader/*.mjs, and the document model they read
// (reader/model.d.mts).

export type { CodePattern, TestCredentials } from './reader/document.mjs';
export {
  codePattern,
  componentSchema,
  defaultServerUrl,
  resultCodes,
  specVersion,
  testCredentials,
} from './reader/document.mjs';
export type { RequestExample, ResponseExample } from './reader/examples.mjs';
export {
  componentExample,
  namedResponseExamples,
  requestExample,
  requestExampleInput,
  responseExamples,
} from './reader/examples.mjs';
export type { DocInfo, Scenario, Signature, SpecRecipe, Unsigned } from './reader/extensions.mjs';
export {
  docOf,
  inferredOf,
  operationKind,
  recipeOf,
  scenariosOf,
  signatureOf,
  unsignedOf,
} from './reader/extensions.mjs';
export type {
  ComponentsObject,
  DocSite,
  DocStatus,
  ExampleObject,
  HttpMethod,
  InfoObject,
  JsonObject,
  JsonValue,
  MediaTypeObject,
  OperationObject,
  PathItemObject,
  PathStatus,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  ResultCodeEntry,
  ScenarioExtension,
  SchemaObject,
  SchemaType,
  ServerObject,
  ServerVariableObject,
  SignatureExtension,
  SpecDocument,
  TagObject,
  TestCredentialsExtension,
  UnsignedExtension,
} from './reader/model.mjs';
export type { SpecOperation } from './reader/operations.mjs';
export { findOperation, listOperations } from './reader/operations.mjs';
export { deref } from './reader/refs.mjs';
export type { FilledFields, RequestMedia, RequestProperties } from './reader/request.mjs';
export {
  filledFields,
  requestContentTypes,
  requestMedia,
  requestProperties,
  unsignedRequestFields,
} from './reader/request.mjs';
export type {
  CodeKind,
  FilledRole,
  InferredKind,
  OperationKind,
  SaltSpelling,
  TokenFormat,
  UnsignedReason,
} from './reader/vocabulary.mjs';
export {
  CODE_KINDS,
  FILLED_ROLES,
  INFERRED_KINDS,
  OPERATION_KINDS,
  SALT_SPELLINGS,
  TOKEN_FORMATS,
  UNSIGNED_REASONS,
} from './reader/vocabulary.mjs';
