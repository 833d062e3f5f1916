// The generated operation constants are deeply frozen: changing one (a schema, a recipe, an array) throws, so no
// code can loosen the validation (`additionalProperties = true`) and let an unchecked field reach the network.
import { recipes } from '@haso-toolkit/signing/recipes';
import { describe, expect, it } from 'vitest';
import { createHasoCore } from '../src/core-entry.node.js';
import { HasoValidationError } from '../src/errors.js';
import { documentedCodes } from '../src/generated/codes.js';
import * as routes from '../src/generated/operation-routes.js';
import { operations, schemas } from '../src/generated/operations.js';
import { credentials, sampleCustomer, stubFetch } from './helpers.js';

/** The same value, typed as if it could be changed (the test tries to). */
const asMutable = <T>(value: unknown): T => value as T;

/** Every object and array reachable from `root` that is not frozen, as paths. */
function unfrozen(root: unknown, path = 'root', seen = new Set<unknown>()): string[] {
  if (root === null || typeof root !== 'object' || seen.has(root)) return [];
  seen.add(root);
  const own = Object.isFrozen(root) ? [] : [path];
  return own.concat(...Object.entries(root).map(([key, value]) => unfrozen(value, `${path}.${key}`, seen)));
}

describe('generated constants', () => {
  it.each([
    ['operation-routes.ts', routes],
    ['operations.ts', { operations, schemas }],
    ['recipes.ts', { recipes }],
    ['codes.ts', { documentedCodes }],
  ])('%s: every object and array is frozen, at every depth', (_file, exports) => {
    expect(unfrozen(exports).filter((path) => path !== 'root')).toEqual([]);
  });

  it('a mutation throws (modules are strict) and changes nothing', () => {
    const request = asMutable<{ additionalProperties?: unknown; required: string[] }>(
      operations.hasoAuthSendInfo.request,
    );
    expect(() => {
      request.additionalProperties = true;
    }).toThrow(TypeError);
    expect(() => request.required.pop()).toThrow(TypeError);
    const recipe = asMutable<{ fields: string[] }>(routes.reSendKkbPin.recipe);
    expect(() => recipe.fields.push('extra')).toThrow(TypeError);
    expect(() => {
      asMutable<{ path: string }>(routes.reSendKkbPin).path = '/elsewhere';
    }).toThrow(TypeError);
    expect(operations.hasoAuthSendInfo.request.additionalProperties).toBe(false);
    expect(routes.reSendKkbPin.recipe.fields).toEqual(['merchantId', 'ipAddress', 'kkbRefNo']);
  });

  it('after a failed attempt to loosen a schema, an unknown field is still refused before anything is sent', async () => {
    try {
      asMutable<{ additionalProperties?: unknown }>(operations.hasoAuthSendInfo.request).additionalProperties = true;
    } catch {
      // expected: the schema is frozen
    }
    const { fetch, calls } = stubFetch();
    const haso = createHasoCore({ ...credentials, fetch });
    const input = { ...sampleCustomer, smuggled: 'x' } as typeof sampleCustomer;
    await expect(haso.call(routes.hasoAuthSendInfo, input)).rejects.toBeInstanceOf(HasoValidationError);
    expect(calls).toHaveLength(0);
  });
});
