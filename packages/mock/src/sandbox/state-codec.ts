// The JSON form of the sandbox's state (the state file and GET /__mock/state) and its strict reading.
import { HasoMockError } from '../errors.js';
import { emptyScope, type ScopeKey, type ScopeState } from './state.js';

/** The sandbox could not start: a state file or seed file that is not what the sandbox writes or reads. */
export class SandboxStartError extends HasoMockError {
  override readonly name = 'SandboxStartError';
  constructor(
    readonly code: 'STATE_FILE_INVALID' | 'STATE_FILE_UNWRITABLE' | 'SEED_INVALID',
    message: string,
  ) {
    super(message);
  }
}

export const STATE_FORMAT = 'haso-mock-sandbox-state';
export const STATE_VERSION = 1;

/** One scope as JSON. */
export interface ScopeJson {
  readonly merchantId: string;
  readonly session: string;
  readonly seq: number;
  readonly customers: readonly unknown[];
  readonly kkbRequests: readonly unknown[];
  readonly transactions: readonly unknown[];
  readonly hostedPages: readonly unknown[];
}

type FieldType = 'string' | 'number' | 'boolean' | 'strings' | 'limit' | 'record' | 'object';
type Shape = Readonly<Record<string, FieldType | `${FieldType}?`>>;

const SHAPES = {
  customers: { customerId: 'string', tckn: 'string?', kkbPhones: 'strings', limit: 'limit' },
  kkbRequests: {
    kkbRefNo: 'string',
    customerId: 'string',
    pinApproved: 'boolean',
    polls: 'number',
    testResult: 'string?',
    otpCode: 'string?',
    predefinedLimit: 'number?',
    decided: 'boolean',
  },
  transactions: {
    transactionCode: 'string',
    operationId: 'string',
    customerId: 'string',
    merchantOid: 'string?',
    orderAmount: 'string?',
  },
  hostedPages: {
    pageId: 'string',
    operationId: 'string',
    shown: 'record',
    okUrl: 'string',
    failUrl: 'string',
    callbackUrl: 'string',
    customerId: 'string?',
    status: 'string',
    callback: 'object?',
  },
} as const satisfies Record<string, Shape>;

const ID_FIELD = {
  customers: 'customerId',
  kkbRequests: 'kkbRefNo',
  transactions: 'transactionCode',
  hostedPages: 'pageId',
} as const;

type Kind = keyof typeof SHAPES;
const KINDS = Object.keys(SHAPES) as Kind[];

export function encodeScope(key: ScopeKey, state: ScopeState): ScopeJson {
  return {
    merchantId: key.merchantId,
    session: key.session,
    seq: state.seq,
    customers: [...state.customers.values()],
    kkbRequests: [...state.kkbRequests.values()],
    transactions: [...state.transactions.values()],
    hostedPages: [...state.hostedPages.values()],
  };
}

/** Reads one scope (its records checked field by field); throws a message naming the first wrong field. */
export function decodeScope(value: unknown, where: string): { key: ScopeKey; state: ScopeState } {
  const scope = asRecord(value, where);
  check(scope, { merchantId: 'string', session: 'string', seq: 'number' }, where, KINDS);
  return {
    key: { merchantId: scope.merchantId as string, session: scope.session as string },
    state: decodeRecords(scope, where, scope.seq as number),
  };
}

/** A seed file's records: the lists of a scope, nothing else. */
export function decodeSeed(value: unknown, where: string): ScopeState {
  const seed = asRecord(value, where);
  check(seed, {}, where, KINDS);
  return decodeRecords(seed, where);
}

/** The records of a scope or seed (`customers`, `kkbRequests`…; absent kinds are empty). */
export function decodeRecords(value: Record<string, unknown>, where: string, seq = 0): ScopeState {
  const state = emptyScope();
  state.seq = seq;
  for (const kind of KINDS) {
    const list = value[kind] ?? [];
    if (!Array.isArray(list)) throw new Error(`${where}.${kind} must be a list`);
    list.forEach((item, index) => {
      const record = asRecord(item, `${where}.${kind}[${index}]`);
      check(record, SHAPES[kind], `${where}.${kind}[${index}]`);
      (state[kind] as Map<string, unknown>).set(record[ID_FIELD[kind]] as string, structuredClone(record));
    });
  }
  return state;
}

function check(record: Record<string, unknown>, shape: Shape, where: string, lists: readonly string[] = []): void {
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(shape, key) && !lists.includes(key)) {
      throw new Error(`${where} has an unknown field "${key}"`);
    }
  }
  for (const [key, spec] of Object.entries(shape)) {
    const optional = spec.endsWith('?');
    const value = record[key];
    if (value === undefined && optional) continue;
    if (!matches(value, spec.replace('?', '') as FieldType))
      throw new Error(`${where}.${key} must be ${describe(spec)}`);
  }
}

function matches(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'limit':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'record':
      return isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
    case 'object':
      return isRecord(value);
  }
}

function describe(spec: string): string {
  const type = spec.replace('?', '');
  const names: Record<string, string> = {
    strings: 'a list of strings',
    limit: 'a number or null',
    record: 'an object of strings',
    object: 'an object',
  };
  return names[type] ?? `a ${type}`;
}

export function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${where} must be an object`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
