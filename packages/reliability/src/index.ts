// @haso-toolkit/reliability (private): the helpers of the reliability and security suite.
export { arbitraryFor, isCalendarDate, isoDate, type SchemaArbitraryOptions } from './schema-arbitrary.js';
export { expectedPart, expectedTokenString, hmacBase64 } from './expected-token.js';
export {
  closedPort,
  type FaultServer,
  type HttpFault,
  type SocketFault,
  startHttpFaultServer,
  startSocketFaultServer,
} from './fault-servers.js';
export { type LoadPlan, type LoadResult, runLoad } from './load-runner.js';
export { capture, captureError, capturedTexts, captureInspected, installOutputCapture } from './output-capture.js';
export { checkAsyncProperty, checkProperty, DEFAULT_SEED, fcSeed } from './property-runner.js';
export {
  count,
  type FileRecord,
  formatTally,
  readRecords,
  sumTallies,
  type Tally,
  type TallyKind,
  tallySoFar,
  writeRecord,
} from './run-tally.js';
export { findLeaks, type Leak, type Secret } from './secret-scan.js';
export {
  isFilledField,
  signedOperations,
  type SpecOperation,
  type SpecSignature,
  specOperation,
  specOperations,
} from './spec-document.js';
export { envelopeResponse, type SentRequest, stubFetch, type StubFetch } from './stub-fetch.js';
export { CLIENT_HMAC_KEY, CLIENT_SALT, MERCHANT_ID, suiteSecrets } from './test-secrets.js';
export {
  codeUnit,
  hasTurkishLetter,
  rawString,
  text,
  textUnit,
  TURKISH_LETTERS,
  zeroLedDigits,
} from './text-arbitraries.js';
