// Redocly plugin: the Haso-specific rules that configurable rules cannot express (see rules/*.js).
import { ExampleShape } from './rules/examples.js';
import { Codes, OperationKind, Scenarios, TestCredentials } from './rules/extensions.js';
import { ConstraintHasSource } from './rules/inferred.js';
import {
  ExamplesSuccessAndFailure,
  OperationDocExtensions,
  SignatureFieldsExist,
  SignatureOrUnsigned,
  SignedRequiresToken,
} from './rules/operation.js';

export default function hasoRules() {
  return {
    id: 'haso',
    rules: {
      oas3: {
        'operation-doc-extensions': OperationDocExtensions,
        'signature-or-unsigned': SignatureOrUnsigned,
        'signature-fields-exist': SignatureFieldsExist,
        'signed-requires-token': SignedRequiresToken,
        'examples-success-and-failure': ExamplesSuccessAndFailure,
        'operation-kind': OperationKind,
        scenarios: Scenarios,
        codes: Codes,
        'test-credentials': TestCredentials,
        'constraint-has-source': ConstraintHasSource,
        'example-shape': ExampleShape,
      },
    },
  };
}
