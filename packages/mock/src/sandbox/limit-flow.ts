// The limit flow (5.2.1–5.2.4) and the limit query (5.1) as the sandbox plays them. Every key answered is one the
// operation's schema documents; values Haso does not give are the mock's and listed in SANDBOX.md.
import { exampleData, failure, type Rule, type RuleContext, type SandboxReply, success, text } from './replies.js';
import { type Customer, findCustomerByTckn, type KkbRequest, remember } from './state.js';

/** The testResult letter used when none was sent (the mock's choice). */
export const DEFAULT_TEST_RESULT = 'A';

/** 5.2.1: registers the customer by tckn, then starts a KKB request (or the predefined-limit OTP branch). */
export const hasoAuthSendInfo: Rule = (context, body) => {
  const tckn = text(body, 'tckn');
  if (!tckn) return undefined;
  const { scope } = context;
  const predefinedLimit = positiveAmount(text(body, 'PreDefinedLimit'));
  const customer = findCustomerByTckn(scope, tckn) ?? registerCustomer(context, tckn);
  if (predefinedLimit === undefined && customer.limit !== null && customer.limit > 0) {
    return success('sandbox:already-registered', { CustomerInfo: customerInfo(customer) });
  }
  customer.kkbPhones = [maskPhone(text(body, 'mobileNumber') ?? '')];
  const request: KkbRequest = {
    kkbRefNo: context.newId('kkbRefNo'),
    customerId: customer.customerId,
    pinApproved: false,
    polls: 0,
    decided: false,
  };
  if (predefinedLimit !== undefined) {
    request.otpCode = context.newId('otpCode');
    request.predefinedLimit = predefinedLimit;
  }
  remember(scope.kkbRequests, request.kkbRefNo, request);
  const message = exampleData(context, 'hasoAuthSendInfo', 'success-kkbStarted', 'Message');
  return success(request.otpCode ? 'sandbox:otp-sent' : 'sandbox:kkb-started', {
    KkbRefNo: request.kkbRefNo,
    ...(typeof message === 'string' ? { Message: message } : {}),
    KkbPhones: [...customer.kkbPhones],
    CustomerId: customer.customerId,
    ...(request.otpCode ? { OtpCode: request.otpCode } : {}),
  });
};

/** 5.2.2: accepts the PIN of a known request (the OtpCode on the predefined-limit branch). */
export const sendKkbPinCode: Rule = (context, body) => {
  const found = undecidedRequest(context, body);
  if (!('request' in found)) return found.reply;
  const { request, customer, testResult } = found;
  if (request.otpCode !== undefined) {
    if (!testResult && text(body, 'pinCode') !== request.otpCode) {
      return failure('sandbox:wrong-otp', 'pinCode is not the OtpCode answered for this predefined-limit request');
    }
    return decide(customer, request, request.predefinedLimit ?? 0);
  }
  request.pinApproved = true;
  if (request.testResult === 'RETRY' || context.kkbPolls > 0) return notReady(context, request);
  return decide(customer, request, limitFor(context, request));
};

/** 5.2.3: M101 for `--kkb-polls` calls after the PIN (for ever with RETRY), then the limit of the testResult. */
export const askKkbReportResult: Rule = (context, body) => {
  const found = undecidedRequest(context, body);
  if (!('request' in found)) return found.reply;
  const { request, customer } = found;
  if (!request.pinApproved || request.testResult === 'RETRY') return notReady(context, request);
  if (request.polls < context.kkbPolls) {
    request.polls++;
    return notReady(context, request);
  }
  return decide(customer, request, limitFor(context, request));
};

/** 5.2.4: only for a known KkbRefNo; the request keeps its KkbRefNo. */
export const reSendKkbPin: Rule = (context, body) => {
  const found = knownRequest(context, body);
  if (!('request' in found)) return found.reply;
  const message = exampleData(context, 'reSendKkbPin', 'success', 'Message');
  return success('sandbox:pin-resent', {
    KkbRefNo: found.request.kkbRefNo,
    ...(typeof message === 'string' ? { Message: message } : {}),
  });
};

/** 5.1: the customer's current limit; CustomerInfo null for an unknown (or absent) customerId, as documented. */
export const getCustomerInformation: Rule = (context, body) => {
  const customerId = text(body, 'customerId') ?? text(body, 'CustomerId');
  const customer = customerId === undefined ? undefined : context.scope.customers.get(customerId);
  if (!customer) return success('sandbox:unknown-customer', { CustomerInfo: null });
  return customerInfoReply(customer);
};

function registerCustomer(context: RuleContext, tckn: string): Customer {
  const customerId = context.newId('customerId');
  return remember(context.scope.customers, customerId, { customerId, tckn, kkbPhones: [], limit: null });
}

/** The CustomerInfo model with its one documented field. */
export function customerInfo(customer: Customer): { CustomerLimit: number } {
  return { CustomerLimit: customer.limit ?? 0 };
}

function customerInfoReply(customer: Customer): SandboxReply {
  return success('sandbox:customer-info', { CustomerInfo: customerInfo(customer) });
}

function knownRequest(
  context: RuleContext,
  body: Readonly<Record<string, unknown>>,
): { request: KkbRequest; customer: Customer } | { reply: SandboxReply } {
  const kkbRefNo = text(body, 'kkbRefNo');
  const request = kkbRefNo === undefined ? undefined : context.scope.kkbRequests.get(kkbRefNo);
  const customer = request && context.scope.customers.get(request.customerId);
  if (request && customer) return { request, customer };
  return {
    reply: failure(
      'sandbox:unknown-kkbRefNo',
      'no KKB request with this kkbRefNo in this sandbox scope (start one with hasoAuthSendInfo; GET /__mock/state lists them)',
    ),
  };
}

/** A known request whose limit is not decided yet (its testResult remembered), or the reply to give instead. */
function undecidedRequest(
  context: RuleContext,
  body: Readonly<Record<string, unknown>>,
): { request: KkbRequest; customer: Customer; testResult: string | undefined } | { reply: SandboxReply } {
  const found = knownRequest(context, body);
  if (!('request' in found)) return found;
  if (found.request.decided) return { reply: customerInfoReply(found.customer) };
  const testResult = text(body, 'testResult');
  if (testResult) found.request.testResult = testResult;
  return { ...found, testResult };
}

function notReady(context: RuleContext, request: KkbRequest): SandboxReply {
  const message = exampleData(context, 'askKkbReportResult', 'success-reportNotReady', 'Message');
  return success('sandbox:M101', {
    KkbRefNo: request.kkbRefNo,
    ...(typeof message === 'string' ? { Message: message } : {}),
  });
}

function decide(customer: Customer, request: KkbRequest, limit: number): SandboxReply {
  customer.limit = limit;
  request.decided = true;
  return customerInfoReply(customer);
}

function limitFor(context: RuleContext, request: KkbRequest): number {
  const { limits } = context.spec;
  return limits.get(request.testResult ?? DEFAULT_TEST_RESULT) ?? limits.get(DEFAULT_TEST_RESULT) ?? 0;
}

/** A ×100 amount string above 0, as TL (CustomerLimit's unit is not documented; the mock answers TL). */
function positiveAmount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const amount = Number(value) / 100;
  return amount > 0 ? amount : undefined;
}

/** `5161112233` → `516*****33` (the masking of the spec's example; Haso does not document it). */
export function maskPhone(mobile: string): string {
  return mobile.length >= 6
    ? `${mobile.slice(0, 3)}${'*'.repeat(mobile.length - 5)}${mobile.slice(-2)}`
    : '*'.repeat(mobile.length);
}
