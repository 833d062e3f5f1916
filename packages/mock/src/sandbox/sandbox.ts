// The sandbox: state per merchantId and x-haso-mock-session, the journeys' rules, the hosted pages and the control
// routes, behind the front's extension seam (front-extension.ts). The MSW handlers use the same object.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { CheckedCall, ExtraRequest, FrontAnswer, FrontExtension } from '../front-extension.js';
import type { KeptEntry } from '../request-journal.js';
import { applyHostedAction, notifier } from './hosted-actions.js';
import { failurePage, HOSTED_OPERATIONS, openHostedPage } from './hosted-pages.js';
import { createIdSource } from './ids.js';
import { initialState, messageOf } from './initial-state.js';
import {
  askKkbReportResult,
  getCustomerInformation,
  hasoAuthSendInfo,
  reSendKkbPin,
  sendKkbPinCode,
} from './limit-flow.js';
import { type Rule, type RuleContext, type SandboxReply, text } from './replies.js';
import type { SandboxSpec } from './spec-data.js';
import { type HostedPage, SandboxStore, type ScopeKey, type ScopeState } from './state.js';
import { encodeScope } from './state-codec.js';
import { readStateFile, writeStateFile } from './state-file.js';

/** The header that gives a test its own state. */
export const SESSION_HEADER = 'x-haso-mock-session';
/** The longest session header value kept (longer values are cut). */
const MAX_SESSION_LENGTH = 200;
export const DEFAULT_KKB_POLLS = 2;

export interface SandboxOptions {
  readonly spec: SandboxSpec;
  /** askKkbReportResult calls answered M101 after the PIN before the report is ready. Default 2. */
  readonly kkbPolls?: number;
  /** Seed of the ids (KkbRefNo, CustomerId…): the same seed and calls give the same ids. Default: random. */
  readonly randomSeed?: number | string;
  /** Records every scope starts with, over those of the spec's examples (`--seed`). */
  readonly seed?: ScopeState;
  /** Keeps the state in this file across restarts (written atomically after every change). */
  readonly stateFile?: string;
  /** The merchantId form posts must carry; undefined accepts any (`--no-verify`). */
  readonly merchantId?: string;
  /** Receives notices (callback outcomes, state file errors). */
  readonly log?: (line: string) => void;
  /** Receives each callbackUrl POST's outcome as a request journal entry. */
  readonly record?: (entry: KeptEntry) => void;
}

/** A FrontExtension with the sandbox's extras. */
export interface Sandbox extends FrontExtension {
  answer(call: CheckedCall): Promise<{ readonly answer: FrontAnswer; readonly label: string } | undefined>;
  route(request: ExtraRequest): Promise<FrontAnswer | undefined>;
  /** The failure page for a form post Prism rejected (422), or undefined for other operations. */
  rejectedFormPost(operationId: string, problems: readonly string[]): FrontAnswer | undefined;
  /** Stops pending callbacks and writes the state file a last time. */
  close(): void;
}

const RULES: Readonly<Record<string, Rule>> = {
  hasoAuthSendInfo,
  sendKkbPinCode,
  askKkbReportResult,
  reSendKkbPin,
  getCustomerInformation,
  ...Object.fromEntries(HOSTED_OPERATIONS.map((operationId) => [operationId, openHostedPage])),
};

const HOSTED_PATH = /^\/__mock\/hosted\/([0-9]{16})$/;

/** Creates the sandbox; throws SandboxStartError for a corrupt or unwritable state file. */
export function createSandbox(options: SandboxOptions): Sandbox {
  const { spec } = options;
  const log = options.log ?? (() => undefined);
  const store = new SandboxStore(initialState(spec, options.seed));
  const newId = createIdSource(String(options.randomSeed ?? randomUUID()));
  const kkbPolls = options.kkbPolls ?? DEFAULT_KKB_POLLS;
  const { stateFile } = options;
  if (stateFile) {
    for (const { key, state } of readStateFile(stateFile)) store.restore(key, state);
    writeStateFile(stateFile, store);
  }
  const persist = () => {
    if (!stateFile) return;
    try {
      writeStateFile(stateFile, store);
    } catch (error) {
      log(`haso-mock sandbox: ${messageOf(error)}`);
    }
  };
  const stop = new AbortController();
  const notify = notifier(stop.signal, { log, persist, record: options.record ?? (() => undefined) });
  const contextFor = (operationId: string, key: ScopeKey, scope: ScopeState): RuleContext => ({
    operationId,
    scope,
    spec,
    kkbPolls,
    newId: (kind) => newId(scope, key, kind),
    expectedMerchantId: options.merchantId,
  });

  const hostedAction = (pageId: string, body: Uint8Array): FrontAnswer => {
    const found = findPage(store, pageId);
    if (!found)
      return frontAnswer({ ...failurePage(['no such page (reset, or opened by another mock)']), status: 404 });
    const form = new URLSearchParams(Buffer.from(body).toString('utf8'));
    const context = contextFor(found.page.operationId, found.key, found.state);
    const reply = applyHostedAction(context, found.page, form.get('action') ?? '', form, { notify });
    persist();
    return frontAnswer(reply);
  };

  return {
    async answer(call) {
      const rule = RULES[call.operationId];
      if (!rule || call.chosenByClient) return undefined;
      const key = {
        merchantId: text(call.body, 'merchantId') ?? text(call.body, 'MerchantId') ?? '',
        session: sessionOf(call.headers),
      };
      const scope = store.scope(key);
      const reply = rule(contextFor(call.operationId, key, scope), call.body);
      if (!reply) return undefined;
      persist();
      return { answer: frontAnswer(reply), label: reply.label };
    },
    async route(request) {
      const hosted = HOSTED_PATH.exec(request.path);
      if (hosted) return request.method === 'POST' ? hostedAction(hosted[1]!, request.body) : notAllowed('POST');
      if (request.path === '/__mock/reset') {
        if (request.method !== 'POST') return notAllowed('POST');
        const session = request.headers[SESSION_HEADER] === undefined ? undefined : sessionOf(request.headers);
        const scopes = store.reset(session);
        persist();
        return json(200, { reset: true, scopes, ...(session === undefined ? {} : { session }) });
      }
      if (request.path === '/__mock/state') {
        if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed('GET');
        return json(200, stateView(store, request.headers));
      }
      return undefined;
    },
    rejectedFormPost(operationId, problems) {
      return HOSTED_OPERATIONS.includes(operationId) ? frontAnswer(failurePage(problems)) : undefined;
    },
    close() {
      stop.abort();
      persist();
    },
  };
}

/** GET /__mock/state: the initial state and the scopes (only the session's own with the session header). */
function stateView(store: SandboxStore, headers: IncomingHttpHeaders): unknown {
  const session = headers[SESSION_HEADER] === undefined ? undefined : sessionOf(headers);
  const scopes = store
    .entries()
    .filter(({ key }) => session === undefined || key.session === session)
    .map(({ key, state }) => encodeScope(key, state));
  const { merchantId: _m, session: _s, ...initial } = encodeScope({ merchantId: '', session: '' }, store.initial);
  return { initial, scopes };
}

function findPage(
  store: SandboxStore,
  pageId: string,
): { key: ScopeKey; state: ScopeState; page: HostedPage } | undefined {
  for (const { key, state } of store.entries()) {
    const page = state.hostedPages.get(pageId);
    if (page) return { key, state, page };
  }
  return undefined;
}

export function sessionOf(headers: IncomingHttpHeaders): string {
  const value = headers[SESSION_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').slice(0, MAX_SESSION_LENGTH);
}

export function frontAnswer(reply: SandboxReply): FrontAnswer {
  const html = reply.mediaType === 'text/html';
  const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  return {
    status: reply.status ?? 200,
    headers: {
      'content-type': `${reply.mediaType ?? 'application/json'}; charset=utf-8`,
      ...(html ? { 'cache-control': 'no-store' } : {}),
    },
    body,
  };
}

function json(status: number, value: unknown): FrontAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

function notAllowed(allow: string): FrontAnswer {
  return {
    status: 405,
    headers: { 'content-type': 'application/json; charset=utf-8', allow },
    body: JSON.stringify({ Success: false, Errors: [`haso-mock: this path only answers ${allow}`], Data: null }),
  };
}
