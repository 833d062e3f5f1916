// The e-commerce form posts (/ServletV2/Transaction, /TransactionMobile, /GetLimit) open a hosted page of the mock;
// its buttons come back to /__mock/hosted/<pageId> (hosted-actions.ts).
import { failurePageHtml, hostedPageHtml } from './hosted-html.js';
import { type Rule, type RuleContext, type SandboxReply, text } from './replies.js';
import { type HostedPage, remember } from './state.js';

interface FormRules {
  /** The token field (any non-empty value passes: the key of getToken's answer is not documented). */
  readonly token: string;
  /** Fields without which the page cannot show or complete the order. */
  readonly required: readonly string[];
  /** At least one of these (TransactionMobile: customerId or qrhash). */
  readonly oneOf?: readonly string[];
}

const URL_FIELDS = ['okUrl', 'failUrl', 'callbackUrl'] as const;

const FORMS: Readonly<Record<string, FormRules>> = {
  transaction: { token: 'token', required: ['merchantId', 'orderAmount', 'merchantOid'] },
  transactionMobile: {
    token: 'Token',
    required: ['merchantId', 'orderAmount', 'merchantOid'],
    oneOf: ['customerId', 'qrhash'],
  },
  getLimit: { token: 'token', required: ['merchantId'] },
};

const MAX_SHOWN_FIELDS = 40;
const MAX_SHOWN_LENGTH = 200;

/** The operations answered with a hosted page. */
export const HOSTED_OPERATIONS = Object.keys(FORMS);

/** Opens a hosted page for a valid form post, or answers the failure page listing what is wrong. */
export const openHostedPage: Rule = (context, body) => {
  const operationId = context.operationId;
  const rules = FORMS[operationId];
  if (!rules) return undefined;
  if (operationId === 'getLimit' && text(body, 'response') === 'json') return undefined; // the spec's JSON example
  const problems = formProblems(context, rules, body);
  if (problems.length > 0) return failurePage(problems);
  const customerId = text(body, 'customerId');
  const hosted: HostedPage = {
    pageId: context.newId('pageId'),
    operationId,
    shown: shownFields(rules, body),
    okUrl: text(body, 'okUrl')!,
    failUrl: text(body, 'failUrl')!,
    callbackUrl: text(body, 'callbackUrl')!,
    ...(customerId ? { customerId } : {}),
    status: 'open',
  };
  remember(context.scope.hostedPages, hosted.pageId, hosted);
  return { label: 'sandbox:hosted-page', mediaType: 'text/html', body: hostedPageHtml(hosted, context.spec.limits) };
};

/** The failure page (HTTP 200 text/html, the status and media type the spec documents for these posts). */
export function failurePage(problems: readonly string[]): SandboxReply {
  return { label: 'sandbox:failure-page', mediaType: 'text/html', body: failurePageHtml(problems) };
}

function formProblems(context: RuleContext, rules: FormRules, body: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  if (!text(body, rules.token)) problems.push(`${rules.token} is missing (any non-empty token is accepted)`);
  for (const field of rules.required) if (!text(body, field)) problems.push(`${field} is missing`);
  if (rules.oneOf && !rules.oneOf.some((field) => text(body, field))) {
    problems.push(`send ${rules.oneOf.join(' or ')}`);
  }
  const merchantId = text(body, 'merchantId');
  if (merchantId && context.expectedMerchantId !== undefined && merchantId !== context.expectedMerchantId) {
    problems.push(`merchantId is not the mock's merchantId (${context.expectedMerchantId})`);
  }
  for (const field of URL_FIELDS) {
    const value = text(body, field);
    if (!value) problems.push(`${field} is missing (the page returns the customer there)`);
    else if (!isHttpUrl(value)) problems.push(`${field} is not an absolute http(s) URL`);
  }
  return problems;
}

function shownFields(rules: FormRules, body: Readonly<Record<string, unknown>>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(body).slice(0, MAX_SHOWN_FIELDS)) {
    if (name === rules.token || (URL_FIELDS as readonly string[]).includes(name)) continue;
    const item = Array.isArray(value) ? value.join(', ') : text(body, name);
    if (item !== undefined) shown[name] = item.length > MAX_SHOWN_LENGTH ? `${item.slice(0, MAX_SHOWN_LENGTH)}…` : item;
  }
  return shown;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
