// The logger handed to Prism's core by the child's server and by the MSW handlers.
import type { createInstance } from '@stoplight/prism-http';

type PrismLogger = Parameters<typeof createInstance>[1]['logger'];

/** A pino-shaped logger that drops everything (Prism logs every request at info level). */
export function silentLogger(): PrismLogger {
  const noop = () => undefined;
  const logger: Record<string, unknown> = { level: 'silent', isLevelEnabled: () => false };
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'success']) logger[level] = noop;
  logger.child = () => logger;
  return logger as unknown as PrismLogger;
}
