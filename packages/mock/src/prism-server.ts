import { createRequire } from 'node:module';
import { getHttpOperationsFromSpec, type IHttpConfig, type PrismHttpComponents } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import type { IPrismHttpServer } from '@stoplight/prism-http-server/dist/types.js';
import { silentLogger } from './prism-logger.js';

type Route = PrismHttpComponents['route'];
/** Prism's router (CommonJS, its default export). */
const { default: route } = createRequire(import.meta.url)('@stoplight/prism-http/dist/router/index.js') as {
  default: Route;
};

/**
 * Prism's own HTTP server (`prism mock <spec>`: validation, security, examples, `Prefer`, `sl-violations`,
 * problem+json errors) with one change: each request is routed among the operations at its exact path (the front
 * sends only spec paths) instead of being scored against every operation of the spec.
 */
export async function createPrismServer(specPath: string, errors: boolean): Promise<IPrismHttpServer> {
  const operations = await getHttpOperationsFromSpec(specPath);
  const byPath = new Map<string, typeof operations>();
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const byExactPath: Route = ({ resources, input }) =>
    route({ resources: byPath.get(input.url.path) ?? resources, input });
  const config: IHttpConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: false },
  };
  return createServer(operations, { components: { logger: silentLogger(), route: byExactPath }, config, cors: false });
}
