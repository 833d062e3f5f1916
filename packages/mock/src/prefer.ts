import type { ParsedBody } from './body-parse.js';
import type { FieldScenario } from './spec-catalog.js';

/** How the front asks Prism for an answer: the `Prefer` header to send and the label for the log line. */
export interface PreferChoice {
  /** `Prefer` header for Prism; undefined leaves the client's header (or its absence) untouched. */
  readonly prefer: string | undefined;
  /** What the answer is, for the log line: an example name, `dynamic`, `code=…` or `first-example`. */
  readonly label: string;
  /** The client chose it (`Prefer: example=…`, `dynamic=true`, another code, or Prism's `__…` query). */
  readonly chosenByClient: boolean;
}

export interface PreferInput {
  /** The client's own `Prefer` header. */
  readonly clientPrefer: string | undefined;
  /** The request's query string (Prism reads `__example`, `__code`, `__dynamic`, `__seed` when no Prefer is sent). */
  readonly query: URLSearchParams;
  /** An example that must be answered whatever the client asked (the invalid-token example). */
  readonly forcedExample?: string | undefined;
  /** The example picked by a sandbox input of the body (`testResult=A`). */
  readonly scenarioExample?: string | undefined;
  /** The operation's first `success…` example. */
  readonly defaultExample?: string | undefined;
}

const PRISM_QUERY = ['__example', '__code', '__dynamic', '__seed'] as const;

/**
 * Chooses the example Prism serves. Precedence: forced example > the client's explicit choice
 * (`Prefer: example=…`, `dynamic=true`, another status code, or Prism's `__…` query parameters) > a body scenario >
 * the default `success…` example. A client `Prefer: code=200` without an example still gets the scenario or the
 * default example.
 */
export function choosePrefer(input: PreferInput): PreferChoice {
  if (input.forcedExample) {
    return { prefer: `example=${input.forcedExample}`, label: input.forcedExample, chosenByClient: false };
  }
  const chosen = input.scenarioExample ?? input.defaultExample;
  const client = input.clientPrefer?.trim();
  if (client) {
    const prefs = parsePrefer(client);
    const explicit = explicitLabel(prefs.get('example'), prefs.get('dynamic'), prefs.get('code'));
    if (explicit) return { prefer: undefined, label: explicit, chosenByClient: true };
    return chosen
      ? { prefer: `${client}, example=${chosen}`, label: chosen, chosenByClient: false }
      : { prefer: undefined, label: 'first-example', chosenByClient: false };
  }
  if (PRISM_QUERY.some((key) => input.query.has(key))) {
    const q = input.query;
    const explicit = explicitLabel(q.get('__example'), q.get('__dynamic'), q.get('__code'));
    return { prefer: undefined, label: explicit ?? 'first-example', chosenByClient: explicit !== undefined };
  }
  return chosen
    ? { prefer: `example=${chosen}`, label: chosen, chosenByClient: false }
    : { prefer: undefined, label: 'first-example', chosenByClient: false };
}

/** The example named by the first matching `x-haso-scenarios` entry, if any. */
export function scenarioExampleFor(
  scenarios: readonly FieldScenario[],
  body: ParsedBody | undefined,
): string | undefined {
  if (!body || scenarios.length === 0) return undefined;
  return scenarios.find(({ field, value }) => scalarString(body[field]) === value)?.example;
}

function explicitLabel(
  example: string | null | undefined,
  dynamic: string | null | undefined,
  code: string | null | undefined,
): string | undefined {
  if (example) return example;
  if (dynamic === 'true') return 'dynamic';
  if (code && code !== '200') return `code=${code}`;
  return undefined;
}

/** `code=200, example=success` (commas or semicolons, optional quotes) → a map of lower-case keys. */
function parsePrefer(header: string): Map<string, string> {
  const prefs = new Map<string, string>();
  for (const part of header.split(/[,;]/)) {
    const [key, ...rest] = part.split('=');
    const name = key?.trim().toLowerCase();
    if (name)
      prefs.set(
        name,
        rest
          .join('=')
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      );
  }
  return prefs;
}

function scalarString(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
