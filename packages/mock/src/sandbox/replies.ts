import type { IdKind } from './ids.js';
import type { SandboxSpec } from './spec-data.js';
import type { ScopeState } from './state.js';

/** What a sandbox rule answers: a JSON envelope (or a page), and the label the request log shows. */
export interface SandboxReply {
  readonly label: string;
  readonly status?: number;
  readonly mediaType?: string;
  readonly body: unknown;
}

/** What a rule works with: the scope's state, the spec's examples and the sandbox's settings. */
export interface RuleContext {
  readonly operationId: string;
  readonly scope: ScopeState;
  readonly spec: SandboxSpec;
  /** askKkbReportResult calls answered M101 before the report is ready (`--kkb-polls`). */
  readonly kkbPolls: number;
  readonly newId: (kind: IdKind) => string;
  /** The merchantId form posts must carry; undefined when tokens are not checked (`--no-verify`). */
  readonly expectedMerchantId: string | undefined;
}

/** A rule of one operation: a reply, or undefined to keep the spec's example as Prism chose it. */
export type Rule = (context: RuleContext, body: Readonly<Record<string, unknown>>) => SandboxReply | undefined;

/** A successful envelope with the given Data (keys taken from the operation's documented examples). */
export function success(label: string, data: Record<string, unknown>): SandboxReply {
  return { label, body: { Success: true, Errors: null, Data: data } };
}

/** A failed envelope; the text is the mock's own (Haso documents no wording for these cases). */
export function failure(label: string, message: string): SandboxReply {
  return { label, body: { Success: false, Errors: [`haso-mock sandbox: ${message}`], Data: null } };
}

/** A named example of the operation, as the spec writes it. */
export function exampleReply(context: RuleContext, operationId: string, name: string): SandboxReply | undefined {
  const example = context.spec.example(operationId, name);
  return example && { label: name, mediaType: example.mediaType, body: example.value };
}

/** `Data[key]` of a named example (to reuse documented texts such as `Message`). */
export function exampleData(context: RuleContext, operationId: string, name: string, key: string): unknown {
  const value = context.spec.example(operationId, name)?.value;
  const data = typeof value === 'object' && value !== null ? (value as { Data?: unknown }).Data : undefined;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

/** A body field as text (numbers and booleans too), undefined when absent or not a scalar. */
export function text(body: Readonly<Record<string, unknown>>, field: string): string | undefined {
  const value = body[field];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
