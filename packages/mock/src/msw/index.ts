// @haso-toolkit/mock/msw: MSW 2.x request handlers with the mock's token check, Prism's validation and the sandbox.
export { type HasoHandlersOptions, hasoHandlers } from './handlers.js';
