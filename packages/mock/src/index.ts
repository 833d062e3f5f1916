// @haso-toolkit/mock: a local Haso API mock (Prism behind a token-checking front server).
export { type MockCredentials, TEST_CREDENTIALS } from './credentials.js';
export { HasoMockError, MockStartError, type MockStartErrorCode } from './errors.js';
export { defaultSpecPath } from './paths.js';
export type { PrismExit } from './prism-process.js';
export type { MockLogger } from './request-log.js';
export { formatScenarioList } from './scenario-list.js';
export { type ExampleInfo, type FieldScenario, loadSpecCatalog, type OperationScenarios } from './spec-catalog.js';
export { type RunningMock, type StartMockOptions, startMock } from './start-mock.js';
