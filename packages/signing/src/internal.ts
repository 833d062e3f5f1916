// `@haso-toolkit/signing/internal`: what the toolkit's own packages share and applications do not need (no stability
// promise): the table-free token signer the client signs with (a bundle carries only the recipes it is given).
export { createTokenSigner, type TokenSigner } from './token-signer.js';
