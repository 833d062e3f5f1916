// One shared mock for every test file: the package's ready-made vitest global setup.
export { default } from '../src/vitest-setup.js';
