// The public surface of each entry point, as a deliberate list: a new export is a decision (README first).
import { describe, expect, it } from 'vitest';
import * as universal from '../src/index.js';
import { recipes as table } from '../src/index.js';
import * as node from '../src/index.node.js';
import * as internal from '../src/internal.js';
import * as nodeProvider from '../src/node.js';
import * as recipes from '../src/recipes-entry.js';

const ROOT = [
  'CryptoProviderOnlySupportsAsyncError',
  'HasoSigningError',
  'SigningInputError',
  'UnknownRecipeError',
  'createSigner',
  'createSigningMiddleware',
  'createWebCryptoProvider',
  'isCalendarDate',
  'recipes',
];

describe('exports', () => {
  it('@haso-toolkit/signing (both conditions)', () => {
    expect(Object.keys(universal).sort()).toEqual(ROOT);
    expect(Object.keys(node).sort()).toEqual(ROOT);
  });

  it('@haso-toolkit/signing/node', () => {
    expect(Object.keys(nodeProvider)).toEqual(['nodeCryptoProvider']);
  });

  it('@haso-toolkit/signing/recipes: one constant per signed operation, the table and the path index', () => {
    const constants = Object.keys(table).map((id) => `${id}Recipe`);
    expect(Object.keys(recipes).sort()).toEqual([...constants, 'recipeIdByPath', 'recipes'].sort());
  });

  it('@haso-toolkit/signing/internal', () => {
    expect(Object.keys(internal)).toEqual(['createTokenSigner']);
  });
});
