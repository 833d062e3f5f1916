/** Receives one line per request, and notices (Prism exited…). */
export type MockLogger = (line: string) => void;

/**
 * One readable line per request: `POST /RequestV2/ReSendKkbPin scenario=success 200 3ms`. Only the method, the path
 * (no query), the chosen example, the status and the duration: never a body, a token or the salt.
 */
export function requestLine(method: string, path: string, scenario: string, status: number, ms: number): string {
  return `${method} ${path} scenario=${scenario} ${status} ${Math.round(ms)}ms`;
}
