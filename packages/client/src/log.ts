// The `logger` / `logLevel` options: log lines made from the observation events (masked the same way).
import { createObserver, type HasoHooks } from './observe.js';

/** How much the client logs: `debug` every request, `info` every answer, `warn` retries, `error` failed calls. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Where log lines go (default `console`). */
export interface HasoLogger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'off'];

/** Whether `value` is a log level. */
export const isLogLevel = (value: unknown): value is LogLevel => LEVELS.includes(value as LogLevel);

/** Hooks that log at `level` and above (none for `off`); TypeError for an unknown level or a logger without methods. */
export function logHooks(logger: HasoLogger | undefined, level: unknown): HasoHooks | undefined {
  if (!isLogLevel(level)) throw new TypeError(`logLevel must be one of ${LEVELS.join(', ')}`);
  const out = logger ?? console;
  if (LEVELS.some((l) => l !== 'off' && typeof out[l as Exclude<LogLevel, 'off'>] !== 'function')) {
    throw new TypeError('logger must have debug, info, warn and error methods');
  }
  const rank = LEVELS.indexOf(level);
  const at = (l: LogLevel) => rank <= LEVELS.indexOf(l);
  if (level === 'off') return undefined;
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  return {
    ...(at('debug') && {
      onRequest: (e) => out.debug(`haso: ${e.operationId} attempt ${e.attempt}: POST ${e.url}`, e),
    }),
    ...(at('info') && {
      onResponse: (e) => out.info(`haso: ${e.operationId} attempt ${e.attempt}: HTTP ${e.status} in ${e.ms} ms`, e),
    }),
    onError(e) {
      if (e.willRetry ? at('warn') : at('error')) {
        out[e.willRetry ? 'warn' : 'error'](
          `haso: ${e.operationId} attempt ${e.attempt} failed${e.willRetry ? ', retrying' : ''}: ${reason(e.error)}`,
          e,
        );
      }
    },
  };
}

/** The observer of createHasoClient and the Node core: the hooks and the logger. */
export const observeWithLogger = (options: HasoHooks & { logger?: HasoLogger; logLevel?: LogLevel }) =>
  createObserver([options, logHooks(options.logger, options.logLevel ?? 'off')]);
