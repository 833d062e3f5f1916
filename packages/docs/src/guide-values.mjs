// The values behind the guides' {{placeholders}}: everything is read from the spec or computed at build time.
import { requestExample } from '@haso-toolkit/spec/reader';
import { sdkCall } from './code-samples.mjs';
import {
  errorCodeTable,
  pathFamilyTable,
  recipeTable,
  saltSpellings,
  sandboxTable,
  statusSummary,
  statusTable,
} from './guide-tables.mjs';
import { jsLiteral } from './js-literal.mjs';
import { code, fence } from './markdown.mjs';
import { MOCK_BASE_URL, MOCK_CREDENTIALS } from './mock-sample.mjs';
import { tagHref } from './nav-links.mjs';
import { indexOperations, operationLink, operationReference } from './operation-index.mjs';
import { sandboxChoices } from './sandbox-choices.mjs';
import { workedExample } from './signing-example.mjs';
import { movedBoundaryMarkdown, sharedRecipeGroups, sharedRecipeTable, unsignedFieldsTable } from './token-limits.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * A placeholder resolver: `{{name}}` calls it with no argument, `{{name:arg}}` with `arg`.
 * @typedef {(arg: string | undefined) => string} Resolver
 */

/**
 * Every placeholder the guides may use.
 * @param {SpecDocument} spec
 * @param {ReadonlyMap<string, string>} guideTitles guide file stem → guide (tag) title
 * @returns {Map<string, Resolver>}
 */
export function guideValues(spec, guideTitles) {
  const operations = indexOperations(spec);
  const example = workedExample(spec);
  const op = (/** @type {string | undefined} */ id) => {
    const entry = id ? operations.get(id) : undefined;
    if (!entry) throw new Error(`unknown operationId ${JSON.stringify(id)}`);
    return entry;
  };
  /** @type {Record<string, Resolver>} */
  const values = {
    // operations and other guides
    op: (id) => operationReference(op(id)),
    opLink: (id) => operationLink(op(id)),
    path: (id) => code(op(id).key),
    guide: (stem) => {
      const title = stem ? guideTitles.get(stem) : undefined;
      if (!title) throw new Error(`unknown guide ${JSON.stringify(stem)}`);
      return `[${title}](${tagHref(title)})`;
    },
    // the mock
    mockBaseUrl: () => MOCK_BASE_URL,
    mockMerchantId: () => MOCK_CREDENTIALS.merchantId,
    mockSalt: () => MOCK_CREDENTIALS.merchantSalt,
    // generated tables
    pathFamilyTable: () => pathFamilyTable(spec),
    sandboxTable: () => sandboxTable(spec),
    sandboxChoices: () => sandboxChoices(),
    recipeTable: () => recipeTable(spec),
    errorCodeTable: () => errorCodeTable(spec),
    statusTable: () => statusTable(spec),
    statusSummary: () => statusSummary(spec),
    // the signing guide's worked example
    exampleOperation: () => example.reference,
    exampleFormula: () => code(example.formula),
    exampleInputs: () => example.inputsTable,
    exampleBody: () => fence(JSON.stringify(example.body, null, 2), 'json'),
    exampleString: () => fence(example.tokenString, 'text'),
    exampleMasked: () => code(example.maskedString),
    exampleToken: () => code(example.token),
    exampleOptionalField: () => code(example.optionalField),
    exampleAbsentString: () => fence(example.absentString, 'text'),
    exampleAbsentToken: () => code(example.absentToken),
    exampleOpensslCheck: () => example.opensslCheck,
    exampleOperationIdLiteral: () => jsLiteral(example.operationId),
    saltSpellings: () => saltSpellings(spec),
    // what the token does not protect
    movedBoundary: () => movedBoundaryMarkdown(op(example.operationId).operation, example.body),
    sharedRecipeExample: () => {
      const group = sharedRecipeGroups(spec)[0];
      if (!group) throw new Error('no two operations share a recipe');
      return group.entries.map(operationLink).join(' and ');
    },
    sharedRecipeTable: () => sharedRecipeTable(spec),
    unsignedFieldsTable: () => unsignedFieldsTable(spec),
    // SDK
    sdkCall: (id) => {
      const entry = op(id);
      if (!requestExample(spec, entry.operation)) throw new Error(`${id} has no request example`);
      return sdkCall(spec, entry.operation);
    },
  };
  return new Map(Object.entries(values));
}
