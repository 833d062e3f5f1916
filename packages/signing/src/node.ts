// Explicit node:crypto provider, for code that wants it whatever the export condition.
export { nodeCryptoProvider } from './providers/node.js';
