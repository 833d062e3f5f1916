import { type CryptoProvider, type LooseRecipe, RequestSigner } from '@haso-toolkit/signing';
import createClient, { type Client } from 'openapi-fetch';
import { codeEntriesOf, createCodeBook } from './codes.js';
import { HasoValidationError } from './errors.js';
import { formFields, formPost } from './form-post.js';
import { operations } from './generated/operations.js';
import { runLimitFlow } from './limit-flow.js';
import type { OperationEntry, OperationTable } from './operation-types.js';
import { createBodyPreparer } from './prepare-body.js';
import { createSender, type LoosePost, retrySettings } from './send.js';
import type {
  CallOptions,
  ClientPaths,
  HasoClient,
  HasoClientConfig,
  HasoClientOptions,
  OperationMethods,
} from './types.js';

const table: OperationTable = operations;
const byPath = new Map(Object.values(table).map((op) => [op.path, op]));
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';

type Body = Record<string, unknown>;

/** `createHasoClient` bound to the crypto provider of the runtime entry point (node:crypto or Web Crypto). */
export function bindCreateClient(defaultProvider: CryptoProvider) {
  /** A Haso client for one merchant. Throws TypeError on unusable options. */
  return function createHasoClient(options: HasoClientOptions): HasoClient {
    const { baseUrl, merchantId, ipAddress, timeoutMs = 30_000 } = options;
    if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl))
      throw new TypeError('baseUrl must be an http(s) URL');
    if (typeof merchantId !== 'string' || merchantId === '')
      throw new TypeError('merchantId must be a non-empty string');
    const fetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
    if (typeof fetch !== 'function') throw new TypeError('No fetch implementation: pass `fetch` to createHasoClient');
    const provider = options.provider ?? defaultProvider;
    const signer = new RequestSigner({
      merchantSalt: options.merchantSalt,
      ...(options.hmacKey === undefined ? {} : { hmacKey: options.hmacKey }),
      ...(options.appendSalt === undefined ? {} : { appendSalt: options.appendSalt }),
      provider,
    });
    const retry = retrySettings(options.retry);
    const overrides: Record<string, LooseRecipe> = {};
    for (const [id, recipe] of Object.entries(options.recipes ?? {})) {
      if (recipe) overrides[id] = { ...recipe, operationId: id };
    }
    const root = baseUrl.replace(/\/+$/, '');
    const raw: Client<ClientPaths> = createClient<ClientPaths>({ baseUrl: root, fetch });
    const post = raw.POST as unknown as LoosePost;
    const bodies = createBodyPreparer(signer, merchantId, ipAddress, overrides);
    const codes = createCodeBook();
    const send = createSender(post, codes, { timeoutMs, retry });
    const config: HasoClientConfig = Object.freeze({
      baseUrl: root,
      merchantId,
      ipAddress,
      timeoutMs,
      retry: retry
        ? Object.freeze({ retries: retry.retries, baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs })
        : false,
      provider: provider.name,
    });

    async function callOperation(op: OperationEntry, input: object = {}, call: CallOptions = {}): Promise<Body> {
      const body = bodies.fill(op, input, call.ipAddress, true);
      await bodies.sign(op, body);
      return send(op, body, call);
    }

    const client = {
      POST: (async (path: string, init: Body = {}) => {
        const op = byPath.get(path);
        if (op?.kind === 'form') {
          throw new HasoValidationError(op.operationId, '', 'form', 'is a browser form post: use buildFormPost');
        }
        if (!op) return post(path, init);
        const body = bodies.fill(op, (init.body as object | undefined) ?? {}, undefined, false);
        if (body.requestToken === undefined) await bodies.sign(op, body);
        return post(path, { ...init, body });
      }) as unknown as HasoClient['POST'],
      use: raw.use,
      eject: raw.eject,
      buildFormPost(operationId, fields, formOptions = {}) {
        const op = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
        if (op?.kind !== 'form') {
          throw new HasoValidationError(String(operationId), '', 'form', 'is not a browser form post operation');
        }
        const body = bodies.fill(op, fields, formOptions.ipAddress, true);
        return formPost(root + op.path, formFields(body), formOptions);
      },
      async refreshErrorCodes(call) {
        const data = await callOperation(operations.getErrorCodes, {}, call);
        return codes.add(codeEntriesOf(data.ErrorCodes));
      },
      describeCode: codes.describe,
      flows: { limit: (flow) => runLimitFlow(client, flow) },
      config,
      toJSON: () => ({ ...config, merchantSalt: REDACTED, hmacKey: REDACTED }),
      [INSPECT]: () =>
        `HasoClient { baseUrl: '${root}', merchantId: '${merchantId}', ` +
        `merchantSalt: ${REDACTED}, hmacKey: ${REDACTED} }`,
    } as Omit<HasoClient, keyof OperationMethods> as HasoClient;

    for (const op of Object.values(table)) {
      if (op.kind === 'form') continue;
      Object.defineProperty(client, op.operationId, {
        value: (input?: object, call?: CallOptions) => callOperation(op, input, call),
        enumerable: false,
      });
    }
    return client;
  };
}
