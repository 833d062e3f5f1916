// createHasoClient: the call pipeline plus openapi-fetch (typed POST with middleware), one method per operation, form
// posts, the code book and the flows. For a bundle that carries only the operations it calls, see core.ts.
import type { CryptoProvider } from '@haso-toolkit/signing';
import createClient from 'openapi-fetch';
import { codeEntriesOf, createCodeBook } from './codes.js';
import { HasoValidationError } from './errors.js';
import { formFields, formPost } from './form-post.js';
import { operationRoutes } from './generated/operation-routes.js';
import { runLimitFlow } from './limit-flow.js';
import { observeWithLogger } from './log.js';
import { readNetworkFailure } from './not-sent.js';
import type { OperationRoute, OperationRouteTable } from './operation-types.js';
import type { OptionDefaults } from './option-defaults.js';
import { createPipeline } from './pipeline.js';
import { postFetch } from './post-fetch.js';
import { retryPolicy } from './retry.js';
import type { CallOptions, ClientPaths, HasoClient, HasoClientOptions, OperationMethods } from './types.js';

const table: OperationRouteTable = operationRoutes;
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';

type Body = Record<string, unknown>;

/** openapi-fetch's POST, untyped (the operation table has already chosen the path). */
type LoosePost = (path: string, init?: Body) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The route table of one client: the generated routes, with the caller's runtime recipes put in. */
function routesWith(recipes: HasoClientOptions['recipes']): OperationRouteTable {
  const routes: Record<string, OperationRoute> = { ...table };
  for (const [id, recipe] of Object.entries(recipes ?? {})) {
    const op = Object.hasOwn(table, id) ? table[id] : undefined;
    if (op && recipe) routes[id] = { ...op, recipe: { ...recipe, operationId: id } };
  }
  return routes;
}

/** `createHasoClient` bound to the crypto provider of the runtime entry point (node:crypto or Web Crypto). */
export function bindCreateClient(
  defaultProvider: CryptoProvider,
  defaults: OptionDefaults = (o) => (o ?? {}) as never,
) {
  /** A Haso client for one merchant. Throws TypeError on unusable options. */
  return function createHasoClient(given?: HasoClientOptions): HasoClient {
    const options = defaults(given);
    const codes = createCodeBook();
    const pipeline = createPipeline(options, defaultProvider, {
      codes,
      retry: options.retry === false ? undefined : retryPolicy(options.retry),
      observe: observeWithLogger,
      network: readNetworkFailure,
    });
    const { bodies, config } = pipeline;
    const root = config.baseUrl;
    const routes = routesWith(options.recipes);
    const byPath = new Map(Object.values(routes).map((op) => [op.path, op]));
    /** A constant of the generated table is called with this client's route of it (which has its runtime recipe). */
    const routeOf = (op: OperationRoute) =>
      op && Object.hasOwn(table, op.operationId) && table[op.operationId] === op ? (routes[op.operationId] ?? op) : op;
    const call = (op: OperationRoute, input?: object, callOptions?: CallOptions) =>
      pipeline.call(routeOf(op), input, callOptions);
    const openapi = createClient<ClientPaths>({
      baseUrl: root,
      fetch: postFetch(pipeline.fetch, config.maxResponseBytes),
      redirect: 'manual',
    });
    const rawPost = openapi.POST as unknown as LoosePost;

    const client = {
      POST: (async (path: string, init: Body = {}) => {
        const op = byPath.get(path);
        if (op?.kind === 'form') {
          throw new HasoValidationError(op.operationId, '', 'form', 'is a browser form post: use buildFormPost');
        }
        if (!op) return rawPost(path, init);
        const body = bodies.fill(op, (init.body as object | undefined) ?? {}, undefined);
        if (body.requestToken === undefined) await bodies.sign(op, body);
        return rawPost(path, { ...init, body });
      }) as unknown as HasoClient['POST'],
      use: (...middleware) => openapi.use(...middleware),
      eject: (...middleware) => openapi.eject(...middleware),
      buildFormPost(operationId, fields, formOptions = {}) {
        const op = Object.hasOwn(routes, operationId) ? routes[operationId] : undefined;
        if (op?.kind !== 'form') {
          throw new HasoValidationError(String(operationId), '', 'form', 'is not a browser form post operation');
        }
        const body = bodies.checked(op, fields, formOptions.ipAddress);
        return formPost(root + op.path, formFields(body), formOptions);
      },
      async refreshErrorCodes(options) {
        const data = await call(operationRoutes.getErrorCodes, {}, options);
        return codes.add(codeEntriesOf(data.ErrorCodes));
      },
      describeCode: codes.describe,
      call: call as HasoClient['call'],
      flows: { limit: (flow) => runLimitFlow(client, flow) },
      config,
      toJSON: () => ({ ...config, merchantSalt: REDACTED, hmacKey: REDACTED }),
      [INSPECT]: () =>
        `HasoClient { baseUrl: '${root}', merchantId: '${config.merchantId}', ` +
        `merchantSalt: ${REDACTED}, hmacKey: ${REDACTED} }`,
    } as Omit<HasoClient, keyof OperationMethods> as HasoClient;

    for (const op of Object.values(routes)) {
      if (op.kind === 'form') continue;
      Object.defineProperty(client, op.operationId, {
        value: (input?: object, options?: CallOptions) => pipeline.call(op, input, options),
        enumerable: false,
      });
    }
    return client;
  };
}
