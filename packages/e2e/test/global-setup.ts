// One shared mock for every test file: the mock package's ready-made vitest global setup.
export { default } from '@haso-toolkit/mock/vitest-setup';
