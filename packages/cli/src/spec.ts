// The toolkit's OpenAPI spec (@haso-toolkit/spec), read once and walked with its reader: the source of summaries,
// descriptions, request fields, the fields haso fills, sandbox scenarios and example names in the help texts.
import { loadSpec } from '@haso-toolkit/spec/load';
import {
  docOf,
  type FilledFields,
  filledFields,
  findOperation,
  namedResponseExamples,
  type OperationObject,
  requestExampleInput,
  requestMedia,
  type Scenario,
  type SpecDocument,
  scenariosOf,
  unsignedOf,
} from '@haso-toolkit/spec/reader';
import { CliError } from './errors.js';

/** What the help texts read from one operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  /** The Operation Object, for the reader's other functions. */
  readonly op: OperationObject;
  readonly summary: string;
  readonly description: string;
  readonly docTitle: string;
  readonly docSite: string;
  /** The request body's main media type (JSON when offered), if the operation has a body. */
  readonly contentType: string | undefined;
  /** The body fields haso fills, as this operation spells them (null: it has no such field). */
  readonly filled: FilledFields;
  /** `x-haso-unsigned.note`: why the token recipe is unknown. */
  readonly unsignedNote: string | undefined;
  /** `x-haso-scenarios`: sandbox inputs that pick a named example. */
  readonly scenarios: readonly Scenario[];
  /** Named response examples (`success`, `failure`, `invalidToken`, `testResult-A` …). */
  readonly exampleNames: readonly string[];
  /** The request example without the merchant id and requestToken (haso fills them). */
  readonly exampleInput: Readonly<Record<string, unknown>>;
}

let cached: SpecDocument | undefined;

/** The parsed spec document (read once). */
export function specDocument(): SpecDocument {
  if (!cached) {
    try {
      cached = loadSpec();
    } catch {
      throw new CliError('the spec of @haso-toolkit/spec (dist/openapi.json) is missing or unreadable: reinstall haso');
    }
  }
  return cached;
}

const byId = new Map<string, SpecOperation>();

/** The spec's view of one operation, or undefined when the spec does not have it. */
export function specOperation(operationId: string): SpecOperation | undefined {
  const known = byId.get(operationId);
  if (known) return known;
  const spec = specDocument();
  let op: OperationObject;
  try {
    op = findOperation(spec, operationId).op;
  } catch {
    return undefined;
  }
  const doc = docOf(op);
  const read: SpecOperation = {
    operationId,
    op,
    summary: typeof op.summary === 'string' ? op.summary : '',
    description: typeof op.description === 'string' ? op.description : '',
    docTitle: doc.title,
    docSite: doc.site,
    contentType: requestMedia(spec, op)?.contentType,
    filled: filledFields(spec, op),
    unsignedNote: unsignedOf(op)?.note || undefined,
    scenarios: scenariosOf(op),
    exampleNames: [...namedResponseExamples(spec, op).keys()],
    exampleInput: requestExampleInput(spec, op),
  };
  byId.set(operationId, read);
  return read;
}

/** The body fields haso fills for an operation of the operation table (every one is in the spec). */
export function filledFieldsOf(operationId: string): FilledFields {
  const found = specOperation(operationId);
  if (!found) throw new CliError(`${operationId} is not in the spec: reinstall haso`);
  return found.filled;
}
