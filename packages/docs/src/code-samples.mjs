// x-codeSamples of an operation, generated from its request example: TypeScript with the SDK, curl against the
// mock, or an HTML form for browser form posts. Nothing here is written per endpoint.
import { jsLiteral } from './js-literal.mjs';
import { escapeHtml, escapeHtmlComment, shellQuote } from './quoting.mjs';
import { MOCK_BASE_URL, MOCK_CREDENTIALS, mockRequestBody } from './mock-sample.mjs';
import { isBrowserFormPost, requestExample } from './spec-model.mjs';
import { unsignedOf } from './token-recipe.mjs';

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

/** Fields the SDK fills in itself (from its configuration and the signer). */
const SDK_FILLED = new Set(['merchantId', 'MerchantId', 'requestToken']);

/**
 * Code samples of one path operation (none for webhooks or operations without a request example).
 * @param {Record<string, any>} spec
 * @param {string} path
 * @param {Record<string, any>} operation
 * @returns {CodeSample[]}
 */
export function codeSamplesFor(spec, path, operation) {
  const example = requestExample(spec, operation);
  if (!example) return [];
  const body = mockRequestBody(operation, example.value);
  if (isBrowserFormPost(spec, operation)) {
    return [typescriptSample(operation, example.value, 'form'), htmlFormSample(path, operation, body)];
  }
  return [typescriptSample(operation, example.value, 'call'), curlSample(path, operation, body)];
}

/**
 * The SDK call with the example input minus what the SDK fills in: `await haso.<operationId>({…})`, or
 * `haso.buildFormPost('<operationId>', {…})` for a browser form post.
 * @param {Record<string, any>} operation
 * @param {Readonly<Record<string, unknown>>} example
 * @param {'call' | 'form'} style
 * @returns {CodeSample}
 */
export function typescriptSample(operation, example, style) {
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
    sdkCall(operation, example, style),
  ].join('\n');
  return { ...label(TYPESCRIPT), source };
}

/**
 * Just the SDK call of an operation with its example input.
 * @param {Record<string, any>} operation
 * @param {Readonly<Record<string, unknown>>} example
 * @param {'call' | 'form'} style
 * @returns {string}
 */
export function sdkCall(operation, example, style) {
  const input = jsLiteral(Object.fromEntries(Object.entries(example).filter(([key]) => !SDK_FILLED.has(key))));
  const id = String(operation.operationId);
  if (style === 'call') return `const data = await haso.${id}(${input});`;
  return [
    `const form = haso.buildFormPost(${jsLiteral(id)}, ${input});`,
    "// Send form.html (it submits itself) to the customer's browser.",
  ].join('\n');
}

/**
 * A curl command with the example body, ready for the local mock.
 * @param {string} path
 * @param {Record<string, any>} operation
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
 * @param {Record<string, any>} operation
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
