// packages/types: openapi-typescript output for the whole bundled spec.
import openapiTS, { astToString } from 'openapi-typescript';
import { banner } from './banner.mjs';

export async function emitTypes(spec) {
  const ast = await openapiTS(structuredClone(spec), { alphabetize: false, rootTypes: false });
  return `${banner('openapi-typescript', spec)}\n${astToString(ast)}`;
}
