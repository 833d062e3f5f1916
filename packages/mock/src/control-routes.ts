import { jsonAnswer, mockError } from './answers.js';
import { parseBody } from './body-parse.js';
import { FAULTS, type FaultQueue, isFault, MAX_FAULT_COUNT } from './faults.js';
import type { FrontAnswer } from './front-extension.js';
import type { RequestJournal } from './request-journal.js';
import type { OperationScenarios } from './spec-catalog.js';

/** The front's own routes (besides the operations): scenarios, the request log and the fault queue. */
export const CONTROL_PATHS = {
  scenarios: '/__scenarios',
  requests: '/__mock/requests',
  faults: '/__mock/faults',
} as const;

const PATHS = new Set<string>(Object.values(CONTROL_PATHS));

/** Whether a path is one of the front's own routes. */
export function isControlPath(pathname: string): boolean {
  return PATHS.has(pathname);
}

export interface ControlState {
  readonly scenarios: readonly OperationScenarios[];
  readonly journal: RequestJournal;
  readonly faults: FaultQueue;
}

/** Answers a request to a control route (`body`: the raw request body, read by the front). */
export function answerControl(
  state: ControlState,
  method: string,
  pathname: string,
  query: URLSearchParams,
  body: Buffer,
): FrontAnswer {
  const read = method === 'GET' || method === 'HEAD';
  if (pathname === CONTROL_PATHS.scenarios) return read ? jsonAnswer(200, state.scenarios) : notAllowed('GET');
  if (pathname === CONTROL_PATHS.requests) {
    if (method === 'DELETE') {
      state.journal.clear();
      return jsonAnswer(200, { requests: [] });
    }
    if (!read) return notAllowed('GET, DELETE');
    const limit = query.get('limit');
    if (limit !== null && !/^[1-9]\d{0,3}$/.test(limit)) return badRequest('limit must be a whole number from 1');
    return jsonAnswer(200, { requests: state.journal.last(limit === null ? undefined : Number(limit)) });
  }
  if (method === 'DELETE') {
    state.faults.clear();
    return faultList(state, 200);
  }
  if (method === 'POST') return armFault(state, body);
  return read ? faultList(state, 200) : notAllowed('GET, POST, DELETE');
}

/** `POST /__mock/faults` with `{"operationId": "…", "fault": "…", "count": n}` (count 1–1000, default 1). */
function armFault(state: ControlState, raw: Buffer): FrontAnswer {
  const parsed = parseBody(raw, 'application/json');
  if (parsed.kind !== 'object') {
    return badRequest('the body must be a JSON object {"operationId": "…", "fault": "…", "count": 1}');
  }
  const { operationId, fault, count = 1 } = parsed.body;
  if (!state.scenarios.some((op) => op.operationId === operationId)) {
    return badRequest('operationId must be an operation of the spec (GET /__scenarios lists them)');
  }
  if (!isFault(fault)) return badRequest(`fault must be one of ${Object.keys(FAULTS).join(', ')}`);
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_FAULT_COUNT) {
    return badRequest(`count must be a whole number from 1 to ${MAX_FAULT_COUNT}`);
  }
  state.faults.add(operationId as string, fault, count as number);
  return faultList(state, 201);
}

function faultList(state: ControlState, status: number): FrontAnswer {
  return jsonAnswer(status, { faults: state.faults.list(), available: FAULTS });
}

function badRequest(message: string): FrontAnswer {
  return jsonAnswer(400, mockError(message));
}

function notAllowed(allow: string): FrontAnswer {
  return jsonAnswer(405, mockError(`this route answers ${allow}`), { allow: `${allow}, OPTIONS` });
}
