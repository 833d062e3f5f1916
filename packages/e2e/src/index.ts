// @haso-toolkit/e2e (private): helpers of the end-to-end suite, SDK against mock.
export {
  componentExample,
  type ExampleEnvelope,
  firstExample,
  requestExampleInput,
  responseExamples,
  scenarioExample,
  specPath,
} from './spec-examples.js';
export { createTestClient, type TestClientOptions } from './test-client.js';
