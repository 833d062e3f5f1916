/** Receives one line per request, and notices (Prism exited…). */
export type MockLogger = (line: string) => void;

/**
 * One readable line per request: `POST /RequestV2/ReSendKkbPin scenario=success 200 3ms` (`no-answer` for a status
 * when none was sent, ` fault=<name>` when a fault was played). Only the method, the path (no query), the chosen
 * example, the status and the duration: never a body, a token or the salt.
 */
export function requestLine(
  method: string,
  path: string,
  scenario: string,
  status: number | null,
  ms: number,
  fault?: string | null,
): string {
  const line = `${method} ${path} scenario=${scenario} ${status ?? 'no-answer'} ${Math.round(ms)}ms`;
  return fault ? `${line} fault=${fault}` : line;
}
