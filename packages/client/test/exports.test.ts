// The public surface of each entry point, as a deliberate list: a new export is a decision (README first).
import { describe, expect, it } from 'vitest';
import * as core from '../src/core-entry.js';
import * as coreNode from '../src/core-entry.node.js';
import * as universal from '../src/index.js';
import * as node from '../src/index.node.js';
import * as operations from '../src/operations-entry.js';

const ERRORS = [
  'HasoApiError',
  'HasoError',
  'HasoHttpError',
  'HasoNetworkError',
  'HasoResponseShapeError',
  'HasoResponseTooLargeError',
  'HasoTimeoutError',
  'HasoValidationError',
];

const ROOT = [
  ...ERRORS,
  'HasoLimitFlowTimeoutError',
  'createHasoClient',
  'describeCode',
  'documentedCodes',
  'operations',
  'retryPolicy',
  'runLimitFlow',
  'schemas',
  'shouldRetry',
].sort();

const CORE = [...ERRORS, 'createHasoCore', 'retryPolicy'].sort();

describe('exports', () => {
  it('@haso-toolkit/client (node and default conditions)', () => {
    expect(Object.keys(node).sort()).toEqual(ROOT);
    expect(Object.keys(universal).sort()).toEqual(ROOT);
  });

  it('@haso-toolkit/client/core (node and default conditions)', () => {
    expect(Object.keys(coreNode).sort()).toEqual(CORE);
    expect(Object.keys(core).sort()).toEqual(CORE);
  });

  it('@haso-toolkit/client/operations: one constant per operation, the route table and the spec version', () => {
    const ids = Object.keys(node.operations);
    expect(Object.keys(operations).sort()).toEqual([...ids, 'SPEC_VERSION', 'operationRoutes'].sort());
  });
});
