import { type CryptoProvider, type LooseRecipe, RequestSigner } from '@haso-toolkit/signing';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { codeEntriesOf, createCodeBook } from './codes.js';
import { HasoValidationError } from './errors.js';
import { formFields, formPost } from './form-post.js';
import { operationRoutes } from './generated/operation-routes.js';
import { runLimitFlow } from './limit-flow.js';
import type { OperationRoute, OperationRouteTable } from './operation-types.js';
import { createBodyPreparer } from './prepare-body.js';
import { createSender, retrySettings } from './send.js';
import { createTransport, type LoosePost } from './transport.js';
import type {
  CallOptions,
  ClientPaths,
  HasoClient,
  HasoClientConfig,
  HasoClientOptions,
  OperationMethods,
} from './types.js';

const table: OperationRouteTable = operationRoutes;
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
    const middleware: Middleware[] = []; // mirrors openapi-fetch's list: operation methods bypass it while empty
    const transport = createTransport({ root, fetch, post, hasMiddleware: () => middleware.length > 0 });
    const send = createSender(transport, codes, { timeoutMs, retry });
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

    async function callOperation(op: OperationRoute, input: object = {}, call: CallOptions = {}): Promise<Body> {
      const body = bodies.fill(op, input, call.ipAddress, true);
      const signing = bodies.sign(op, body); // undefined when signed synchronously (node:crypto)
      if (signing) await signing;
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
      use(...added) {
        raw.use(...added); // validates (throws before anything is recorded)
        for (const m of added) if (m) middleware.push(m);
      },
      eject(...removed) {
        raw.eject(...removed);
        for (const m of removed) {
          const index = middleware.indexOf(m);
          if (index !== -1) middleware.splice(index, 1);
        }
      },
      buildFormPost(operationId, fields, formOptions = {}) {
        const op = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
        if (op?.kind !== 'form') {
          throw new HasoValidationError(String(operationId), '', 'form', 'is not a browser form post operation');
        }
        const body = bodies.fill(op, fields, formOptions.ipAddress, true);
        return formPost(root + op.path, formFields(body), formOptions);
      },
      async refreshErrorCodes(call) {
        const data = await callOperation(operationRoutes.getErrorCodes, {}, call);
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
