// x-codeSamples of an operation, generated from its request example: TypeScript with the SDK, curl against the
// mock, or an HTML form for browser form posts. Nothing here is written per endpoint.
import { operationKind, requestExample, requestExampleInput, unsignedOf } from '@haso-toolkit/spec/reader';
import { jsLiteral } from './js-literal.mjs';
import { MOCK_BASE_URL, MOCK_CREDENTIALS } from './mock-sample.mjs';
import { escapeHtml, escapeHtmlComment, shellQuote } from './quoting.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {{ lang: string, label: string, source: string }} CodeSample */

/**
 * The sample languages, in tab order, as Redoc's `codeSamples.languages` option wants them (Redoc CE only shows
 * x-codeSamples whose lang/label is listed). `lang` picks the syntax highlighting.
 */
export const SAMPLE_LANGUAGES = Object.freeze([
  { lang: 'JavaScript', label: 'TypeScript' },
  { lang: 'curl', label: 'curl' },
  { lang: 'xml', label: 'HTML form' },
  { lang: 'Payload', label: 'Payload' },
]);

const [TYPESCRIPT, CURL, HTML_FORM] = SAMPLE_LANGUAGES;

/**
 * Code samples of one path operation (none for webhooks or operations without a request example). The request
 * example is used as the spec gives it: its merchantId and requestToken are the mock's (spec/scripts/example-tokens.mjs).
 * @param {SpecDocument} spec
 * @param {string} path
 * @param {OperationObject} operation
 * @returns {CodeSample[]}
 */
export function codeSamplesFor(spec, path, operation) {
  const example = requestExample(spec, operation);
  if (!example) return [];
  if (operationKind(operation) === 'form') {
    return [typescriptSample(spec, operation), htmlFormSample(path, operation, example.value)];
  }
  return [typescriptSample(spec, operation), curlSample(path, operation, example.value)];
}

/**
 * The SDK call with the example input minus what the SDK fills in: `await haso.<operationId>({…})`, or
 * `haso.buildFormPost('<operationId>', {…})` for a browser form post.
 * @param {SpecDocument} spec
 * @param {OperationObject} operation
 * @returns {CodeSample}
 */
export function typescriptSample(spec, operation) {
  const source = [
    "import { createHasoClient } from '@haso-toolkit/client';",
    '',
    "// The mock's test credentials; use your own for Haso.",
    'const haso = createHasoClient({',
    `  baseUrl: ${jsLiteral(MOCK_BASE_URL)},`,
    `  merchantId: ${jsLiteral(MOCK_CREDENTIALS.merchantId)},`,
    `  merchantSalt: ${jsLiteral(MOCK_CREDENTIALS.merchantSalt)},`,
    '});',
    '',
    sdkCall(spec, operation),
  ].join('\n');
  return { ...label(TYPESCRIPT), source };
}

/**
 * Just the SDK call of an operation with its example input (without the fields the SDK fills).
 * @param {SpecDocument} spec
 * @param {OperationObject} operation
 * @returns {string}
 */
export function sdkCall(spec, operation) {
  const input = jsLiteral(requestExampleInput(spec, operation));
  const id = String(operation.operationId);
  if (operationKind(operation) !== 'form') return `const data = await haso.${id}(${input});`;
  return [
    `const form = haso.buildFormPost(${jsLiteral(id)}, ${input});`,
    "// Send form.html (it submits itself) to the customer's browser.",
  ].join('\n');
}

/**
 * A curl command with the example body, ready for the local mock.
 * @param {string} path
 * @param {OperationObject} operation
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {CodeSample}
 */
export function curlSample(path, operation, body) {
  const unsigned = unsignedOf(operation);
  const header = unsigned
    ? [`# No requestToken: ${unsigned.reason} (see the Token note).`]
    : [
        `# For the mock: merchantId ${MOCK_CREDENTIALS.merchantId}, token from its test salt.`,
        '# For Haso: your service URL, merchantId and salt.',
      ];
  const source = [
    ...header,
    `curl -sS -X POST ${shellQuote(MOCK_BASE_URL + path)} \\`,
    "  -H 'Content-Type: application/json' \\",
    `  --data-raw ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join('\n');
  return { ...label(CURL), source };
}

/**
 * The HTML form a merchant page uses to send the customer's browser to Haso (here: the mock).
 * @param {string} path
 * @param {OperationObject} operation
 * @param {Readonly<Record<string, unknown>>} body
 * @returns {CodeSample}
 */
export function htmlFormSample(path, operation, body) {
  const unsigned = unsignedOf(operation);
  const inputs = Object.entries(body).map(
    ([name, value]) =>
      `  <input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}">`,
  );
  const source = [
    `<!-- Posted by the customer's browser. Action: the toolkit mock; use your Haso service URL. -->`,
    ...(unsigned ? [`<!-- No requestToken: ${escapeHtmlComment(unsigned.reason)}. -->`] : []),
    `<form method="post" action="${escapeHtml(MOCK_BASE_URL + path)}" enctype="application/x-www-form-urlencoded">`,
    ...inputs,
    '  <button type="submit">Continue to Haso</button>',
    '</form>',
  ].join('\n');
  return { ...label(HTML_FORM), source };
}

/** @param {{ lang: string, label: string } | undefined} language */
function label(language) {
  if (!language) throw new Error('sample language missing');
  return { lang: language.lang, label: language.label };
}
