// The buttons of a hosted page: Approve / Decline / Cancel post back here; the browser is sent on to okUrl or
// failUrl with a form post of the attested fields, and Approve notifies callbackUrl server to server.
import { performance } from 'node:perf_hooks';
import type { KeptEntry } from '../request-journal.js';
import { type CallbackOutcome, postCallback, shownUrl } from './callback.js';
import { returnPageHtml } from './hosted-html.js';
import { failurePage } from './hosted-pages.js';
import { DEFAULT_TEST_RESULT } from './limit-flow.js';
import type { RuleContext, SandboxReply } from './replies.js';
import { type Customer, type HostedPage, remember, type Transaction } from './state.js';

export type HostedAction = 'approve' | 'decline' | 'cancel';

/** What an action needs besides the rule context of the page's scope. */
export interface ActionDeps {
  /** Starts the callbackUrl POST; `done` runs when it is delivered or has failed. */
  readonly notify: (url: string, fields: Record<string, string>, done: (outcome: CallbackOutcome) => void) => void;
}

/** Applies an action to an open page and answers the page that returns the browser to the shop. */
export function applyHostedAction(
  context: RuleContext,
  hosted: HostedPage,
  action: string,
  form: URLSearchParams,
  deps: ActionDeps,
): SandboxReply {
  if (hosted.status !== 'open') {
    return { ...failurePage([`this page was already completed (${hosted.status})`]), status: 409 };
  }
  if (action === 'decline' || action === 'cancel') {
    hosted.status = action === 'decline' ? 'declined' : 'cancelled';
    const fields = attestedValues(context.spec.attested.failUrl, {});
    return returnPage(hosted.failUrl, fields, hosted.status);
  }
  if (action !== 'approve') return { ...failurePage(['action must be approve, decline or cancel']), status: 400 };
  const customer = customerFor(context, hosted, form.get('testResult'));
  const values: Record<string, string> = { customerid: customer.customerId };
  if (hosted.operationId !== 'getLimit')
    values.transactioncode = recordTransaction(context, hosted, customer).transactionCode;
  hosted.status = 'approved';
  hosted.callback = { outcome: 'pending', attempts: 0 };
  const callbackFields = attestedValues(context.spec.attested.callbackUrl, values);
  deps.notify(hosted.callbackUrl, callbackFields, (outcome) => {
    hosted.callback = { outcome: outcome.outcome, attempts: outcome.attempts, lastStatus: outcome.lastStatus };
  });
  return returnPage(hosted.okUrl, attestedValues(context.spec.attested.okUrl, values), 'approved');
}

/** What the notifier tells of each outcome: a log line, the state file, the request journal. */
export interface NotifierSinks {
  readonly log: (line: string) => void;
  readonly persist: () => void;
  readonly record: (entry: KeptEntry) => void;
}

/** Posts the callback with the sandbox's retry policy; logs its outcome and adds it to the request journal. */
export function notifier(signal: AbortSignal, sinks: NotifierSinks): ActionDeps['notify'] {
  return (url, fields, done) => {
    const arrivedAt = Date.now();
    const started = performance.now();
    void postCallback(url, fields, signal).then((outcome) => {
      done(outcome);
      sinks.persist();
      const shown = shownUrl(url);
      sinks.log(
        `haso-mock sandbox: callback POST ${shown} ${outcome.outcome} (${outcome.lastStatus}, attempt ${outcome.attempts})`,
      );
      sinks.record({
        arrivedAt,
        method: 'POST',
        path: shown,
        operationId: 'callbackUrl',
        verdict: null,
        scenario: `callback-${outcome.outcome}`,
        fault: null,
        status: typeof outcome.lastStatus === 'number' ? outcome.lastStatus : null,
        ms: Math.round(performance.now() - started),
      });
    });
  };
}

/** The attested field names (as the spec's webhook schema spells them) that the sandbox has a value for. */
function attestedValues(names: readonly string[], values: Readonly<Record<string, string>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = values[name.toLowerCase()];
    if (value !== undefined) fields[name] = value;
  }
  return fields;
}

function customerFor(context: RuleContext, hosted: HostedPage, testResult: string | null): Customer {
  const known = hosted.customerId === undefined ? undefined : context.scope.customers.get(hosted.customerId);
  if (known && hosted.operationId !== 'getLimit') return known;
  const { limits } = context.spec;
  const limit = limits.get(testResult ?? DEFAULT_TEST_RESULT) ?? limits.get(DEFAULT_TEST_RESULT) ?? 0;
  const customerId = context.newId('customerId');
  return remember(context.scope.customers, customerId, { customerId, kkbPhones: [], limit });
}

function recordTransaction(context: RuleContext, hosted: HostedPage, customer: Customer): Transaction {
  const transactionCode = context.newId('transactionCode');
  const { merchantOid, orderAmount } = hosted.shown;
  return remember(context.scope.transactions, transactionCode, {
    transactionCode,
    operationId: hosted.operationId,
    customerId: customer.customerId,
    ...(merchantOid ? { merchantOid } : {}),
    ...(orderAmount ? { orderAmount } : {}),
  });
}

function returnPage(url: string, fields: Record<string, string>, outcome: string): SandboxReply {
  return { label: `sandbox:hosted-${outcome}`, mediaType: 'text/html', body: returnPageHtml(url, fields, outcome) };
}
