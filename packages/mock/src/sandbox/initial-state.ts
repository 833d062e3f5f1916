import { readFileSync } from 'node:fs';
import { maskPhone } from './limit-flow.js';
import type { SandboxSpec } from './spec-data.js';
import { emptyScope, type ScopeState } from './state.js';
import { decodeSeed, SandboxStartError } from './state-codec.js';

/**
 * The state every scope starts from: the identifiers the spec's request examples use, so that an example copied
 * from the docs is accepted as is (their customerIds are known customers, their kkbRefNos KKB requests whose PIN
 * was approved, the hasoAuthSendInfo example's tckn belongs to the customer its answer example names), then the
 * records of a `--seed` file over them.
 */
export function initialState(spec: SandboxSpec, seed?: ScopeState): ScopeState {
  const state = emptyScope();
  const bodies = spec.requestExamples.map(({ body }) => body);
  const started = spec.example('hasoAuthSendInfo', 'success-kkbStarted')?.value as
    | { Data?: { CustomerId?: unknown } }
    | undefined;
  const customerIds = new Set<string>();
  const startedId = started?.Data?.CustomerId;
  if (typeof startedId === 'string') customerIds.add(startedId);
  for (const body of bodies) {
    for (const key of ['customerId', 'CustomerId']) if (typeof body[key] === 'string') customerIds.add(body[key]);
  }
  for (const customerId of customerIds) state.customers.set(customerId, { customerId, kkbPhones: [], limit: null });
  const registered = [...customerIds][0];
  if (registered === undefined) return withSeed(state, seed);
  for (const { operationId, body } of spec.requestExamples) {
    if (operationId !== 'hasoAuthSendInfo' || typeof body.tckn !== 'string') continue;
    const customer = state.customers.get(registered)!;
    customer.tckn = body.tckn;
    if (typeof body.mobileNumber === 'string') customer.kkbPhones = [maskPhone(body.mobileNumber)];
    break;
  }
  for (const body of bodies) {
    const kkbRefNo = body.kkbRefNo;
    if (typeof kkbRefNo !== 'string' || state.kkbRequests.has(kkbRefNo)) continue;
    state.kkbRequests.set(kkbRefNo, { kkbRefNo, customerId: registered, pinApproved: true, polls: 0, decided: false });
  }
  return withSeed(state, seed);
}

/** Reads a `--seed` file: the lists of a scope as `GET /__mock/state` shows them (customers, kkbRequests…). */
export function readSeedFile(path: string): ScopeState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SandboxStartError('SEED_INVALID', `cannot read the seed file ${path} (${codeOf(error)})`);
  }
  try {
    return decodeSeed(JSON.parse(text), 'seed');
  } catch (error) {
    throw new SandboxStartError('SEED_INVALID', `the seed file ${path} is not a sandbox seed: ${messageOf(error)}`);
  }
}

function withSeed(state: ScopeState, seed: ScopeState | undefined): ScopeState {
  if (!seed) return state;
  for (const kind of ['customers', 'kkbRequests', 'transactions', 'hostedPages'] as const) {
    for (const [id, record] of seed[kind]) (state[kind] as Map<string, unknown>).set(id, structuredClone(record));
  }
  return state;
}

export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? messageOf(error);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
