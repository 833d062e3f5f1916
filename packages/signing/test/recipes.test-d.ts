import { expectTypeOf, test } from 'vitest';
import type { Recipe, RecipeTable } from '../src/index.js';
import { recipes } from '../src/index.js';

test('recipe fields are typed against the generated request bodies', () => {
  expectTypeOf(recipes.reSendKkbPin.fields).toEqualTypeOf<readonly ['merchantId', 'ipAddress', 'kkbRefNo']>();
  const ok: Recipe<'reSendKkbPin'> = {
    operationId: 'reSendKkbPin',
    path: '/x',
    fields: ['kkbRefNo'],
    formats: {},
    salt: 'merhant_salt',
  };
  expectTypeOf(ok).toMatchTypeOf<Recipe<'reSendKkbPin'>>();
  const table: RecipeTable = {
    // @ts-expect-error "kkbRefN0" is not a field of ReSendKkbPinRequest
    reSendKkbPin: { operationId: 'reSendKkbPin', path: '/x', fields: ['kkbRefN0'], formats: {}, salt: 'merhant_salt' },
  };
  expectTypeOf(table).toMatchTypeOf<RecipeTable>();
});
