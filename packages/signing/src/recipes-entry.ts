// `@haso-toolkit/signing/recipes`: one constant per signed operation's token recipe (`reSendKkbPinRecipe` …) and the
// table of them, generated from the spec. The client's operation constants refer to these, so a bundle carries only
// the recipes of the operations it imports.
export * from './generated/recipes.js';
