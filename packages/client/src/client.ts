// createHasoClient: the call pipeline plus openapi-fetch (typed POST, middleware), one method per operation, form
// posts, the code book and the flows. For a bundle that carries only the operations it calls, see core.ts.
import type { CryptoProvider } from '@haso-toolkit/signing';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { codeEntriesOf, createCodeBook } from './codes.js';
import { HasoValidationError } from './errors.js';
import { formFields, formPost } from './form-post.js';
import { operationRoutes } from './generated/operation-routes.js';
import { runLimitFlow } from './limit-flow.js';
import type { OperationRoute, OperationRouteTable } from './operation-types.js';
import { createPipeline } from './pipeline.js';
import { retryPolicy } from './retry.js';
import { createMiddlewareAwareTransport, type LoosePost } from './transport.js';
import type { CallOptions, ClientPaths, HasoClient, HasoClientOptions, OperationMethods } from './types.js';

const table: OperationRouteTable = operationRoutes;
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';

type Body = Record<string, unknown>;

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
export function bindCreateClient(defaultProvider: CryptoProvider) {
  /** A Haso client for one merchant. Throws TypeError on unusable options. */
  return function createHasoClient(options: HasoClientOptions): HasoClient {
    const middleware: Middleware[] = []; // mirrors openapi-fetch's list: operation calls bypass it while empty
    const made: { openapi?: Client<ClientPaths> } = {};
    const codes = createCodeBook();
    const pipeline = createPipeline(options, defaultProvider, {
      codes,
      retry: options.retry === false ? undefined : retryPolicy(options.retry),
      wrapTransport(direct, root, fetch) {
        made.openapi = createClient<ClientPaths>({ baseUrl: root, fetch });
        const post = made.openapi.POST as unknown as LoosePost;
        return createMiddlewareAwareTransport(direct, post, () => middleware.length > 0);
      },
    });
    const { root, bodies } = pipeline;
    const routes = routesWith(options.recipes);
    const byPath = new Map(Object.values(routes).map((op) => [op.path, op]));
    /** A constant of the generated table is called with this client's route of it (which has its runtime recipe). */
    const routeOf = (op: OperationRoute) =>
      op && Object.hasOwn(table, op.operationId) && table[op.operationId] === op ? routes[op.operationId] ?? op : op;
    const call = (op: OperationRoute, input?: object, callOptions?: CallOptions) =>
      pipeline.call(routeOf(op), input, callOptions);
    const { openapi } = made;
    if (!openapi) throw new Error('unreachable: the pipeline did not build its transport');
    const rawPost = openapi.POST as unknown as LoosePost;

    const client = {
      POST: (async (path: string, init: Body = {}) => {
        const op = byPath.get(path);
        if (op?.kind === 'form') {
          throw new HasoValidationError(op.operationId, '', 'form', 'is a browser form post: use buildFormPost');
        }
        if (!op) return rawPost(path, init);
        const body = bodies.fill(op, (init.body as object | undefined) ?? {}, undefined, false);
        if (body.requestToken === undefined) await bodies.sign(op, body);
        return rawPost(path, { ...init, body });
      }) as unknown as HasoClient['POST'],
      use(...added) {
        openapi.use(...added); // validates (throws before anything is recorded)
        for (const m of added) if (m) middleware.push(m);
      },
      eject(...removed) {
        openapi.eject(...removed);
        for (const m of removed) {
          const index = middleware.indexOf(m);
          if (index !== -1) middleware.splice(index, 1);
        }
      },
      buildFormPost(operationId, fields, formOptions = {}) {
        const op = Object.hasOwn(routes, operationId) ? routes[operationId] : undefined;
        if (op?.kind !== 'form') {
          throw new HasoValidationError(String(operationId), '', 'form', 'is not a browser form post operation');
        }
        const body = bodies.fill(op, fields, formOptions.ipAddress, true);
        return formPost(root + op.path, formFields(body), formOptions);
      },
      async refreshErrorCodes(options) {
        const data = await call(operationRoutes.getErrorCodes, {}, options);
        return codes.add(codeEntriesOf(data.ErrorCodes));
      },
      describeCode: codes.describe,
      call: call as HasoClient['call'],
      flows: { limit: (flow) => runLimitFlow(client, flow) },
      config: pipeline.config,
      toJSON: () => ({ ...pipeline.config, merchantSalt: REDACTED, hmacKey: REDACTED }),
      [INSPECT]: () =>
        `HasoClient { baseUrl: '${root}', merchantId: '${pipeline.config.merchantId}', ` +
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
