import { describe, expect, it } from 'vitest';
import { parseBody } from '../src/body-parse.js';
import { createLineWriter } from '../src/line-writer.js';
import { choosePrefer, scenarioExampleFor } from '../src/prefer.js';
import { requestLine } from '../src/request-log.js';
import { PLACEHOLDER_TOKEN, withPlaceholderToken } from '../src/token-placeholder.js';

const none = new URLSearchParams();

describe('choosePrefer', () => {
  it('defaults to the success example', () => {
    expect(choosePrefer({ clientPrefer: undefined, query: none, defaultExample: 'success' })).toEqual({
      prefer: 'example=success',
      label: 'success',
      chosenByClient: false,
    });
  });

  it('lets the body scenario beat the default, and a client choice beat both', () => {
    const base = { query: none, defaultExample: 'success', scenarioExample: 'testResult-A' };
    expect(choosePrefer({ ...base, clientPrefer: undefined }).prefer).toBe('example=testResult-A');
    const chosen = (label: string) => ({ prefer: undefined, label, chosenByClient: true });
    expect(choosePrefer({ ...base, clientPrefer: 'example=failure' })).toEqual(chosen('failure'));
    expect(choosePrefer({ ...base, clientPrefer: 'dynamic=true' })).toEqual(chosen('dynamic'));
    expect(choosePrefer({ ...base, clientPrefer: 'code=404' })).toEqual(chosen('code=404'));
    expect(choosePrefer({ ...base, clientPrefer: 'code=200' })).toEqual({
      prefer: 'code=200, example=testResult-A',
      label: 'testResult-A',
      chosenByClient: false,
    });
  });

  it('leaves Prism’s query parameters alone', () => {
    const query = new URLSearchParams('__example=failure');
    expect(choosePrefer({ clientPrefer: undefined, query, defaultExample: 'success' })).toEqual({
      prefer: undefined,
      label: 'failure',
      chosenByClient: true,
    });
  });

  it('a forced example overrides everything', () => {
    const choice = choosePrefer({ clientPrefer: 'example=success', query: none, forcedExample: 'invalidToken' });
    expect(choice).toEqual({ prefer: 'example=invalidToken', label: 'invalidToken', chosenByClient: false });
  });

  it('matches scenarios on the string value of a field', () => {
    const scenarios = [{ field: 'testResult', value: 'RETRY', example: 'testResult-RETRY' }];
    expect(scenarioExampleFor(scenarios, { testResult: 'RETRY' })).toBe('testResult-RETRY');
    expect(scenarioExampleFor(scenarios, { testResult: 'retry' })).toBeUndefined();
    expect(scenarioExampleFor(scenarios, undefined)).toBeUndefined();
  });
});

describe('parseBody', () => {
  const other = { kind: 'other' };

  it('reads JSON objects and form bodies (repeated keys as arrays)', () => {
    expect(parseBody(Buffer.from('{"a":1}'), 'application/json; charset=utf-8')).toEqual({
      kind: 'object',
      body: { a: 1 },
    });
    expect(parseBody(Buffer.from('a=1&b=x%2By&b=2'), 'application/x-www-form-urlencoded')).toEqual({
      kind: 'object',
      body: { a: '1', b: ['x+y', '2'] },
    });
  });

  it('tells malformed JSON apart from bodies Prism should judge', () => {
    expect(parseBody(Buffer.from('{'), 'application/json')).toMatchObject({
      kind: 'malformed',
      title: 'Malformed JSON body',
      reason: expect.any(String),
    });
    expect(parseBody(Buffer.from(''), 'application/json')).toEqual(other);
    expect(parseBody(Buffer.from('[1]'), 'application/json')).toEqual(other);
    expect(parseBody(Buffer.from('a=1'), 'text/plain')).toEqual(other);
    expect(parseBody(Buffer.from('a=1'), undefined)).toEqual(other);
  });
});

describe('requestLine', () => {
  it('formats method, path, scenario, status and whole milliseconds', () => {
    expect(requestLine('POST', '/RequestV2/ReSendKkbPin', 'success', 200, 3.4)).toBe(
      'POST /RequestV2/ReSendKkbPin scenario=success 200 3ms',
    );
    expect(requestLine('POST', '/x', 'fault-timeout', null, 12, 'timeout')).toBe(
      'POST /x scenario=fault-timeout no-answer 12ms fault=timeout',
    );
  });
});

describe('withPlaceholderToken (--no-verify)', () => {
  const form = 'application/x-www-form-urlencoded';

  it('adds a token that matches the spec pattern to JSON and form bodies without one', () => {
    expect(PLACEHOLDER_TOKEN).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const json = withPlaceholderToken(Buffer.from('{"a":1}'), { a: 1 }, 'application/json');
    expect(JSON.parse(json.toString())).toEqual({ a: 1, requestToken: PLACEHOLDER_TOKEN });
    const posted = withPlaceholderToken(Buffer.from('a=1'), { a: '1' }, `${form}; charset=utf-8`);
    expect(parseBody(posted, form)).toEqual({ kind: 'object', body: { a: '1', requestToken: PLACEHOLDER_TOKEN } });
  });

  it('leaves a body that has a token untouched', () => {
    const raw = Buffer.from('a=1&requestToken=x');
    expect(withPlaceholderToken(raw, { a: '1', requestToken: 'x' }, form)).toBe(raw);
  });
});

describe('createLineWriter', () => {
  it('writes the lines of one event-loop turn with one write, in order', async () => {
    const writes: string[] = [];
    const writer = createLineWriter({ write: (text: string) => writes.push(text) } as unknown as NodeJS.WritableStream);
    writer.log('one');
    writer.log('two');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    writer.log('three');
    writer.flush();
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(2);
  });
});
