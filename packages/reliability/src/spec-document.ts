// The spec's token recipes (x-haso-signature) and paths, read straight from the bundled spec: the independent
// source the suite checks @haso-toolkit/signing and the SDK against. Examples come from @haso-toolkit/e2e.
import { readFileSync } from 'node:fs';
import { specPath } from '@haso-toolkit/e2e';

/** The spec's `x-haso-signature` of a signed operation. */
export interface SpecSignature {
  readonly fields: readonly string[];
  readonly formats: Readonly<Record<string, string>>;
}

/** One operation of the spec, as the suite uses it. */
export interface SpecOperation {
  readonly operationId: string;
  readonly path: string;
  /** The token recipe, or undefined for `x-haso-unsigned` operations. */
  readonly signature: SpecSignature | undefined;
}

interface SpecPost {
  readonly operationId: string;
  readonly 'x-haso-signature'?: { fields: string[]; formats?: Record<string, string> };
}

const paths = (JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, { post: SpecPost }> }).paths;

/** Every operation of the spec, in spec order. */
export const specOperations: readonly SpecOperation[] = Object.entries(paths).map(([path, { post }]) => {
  const signature = post['x-haso-signature'];
  return {
    operationId: post.operationId,
    path,
    signature: signature && { fields: signature.fields, formats: signature.formats ?? {} },
  };
});

/** The operations that carry an `x-haso-signature`. */
export const signedOperations: readonly (SpecOperation & { readonly signature: SpecSignature })[] =
  specOperations.filter((op): op is SpecOperation & { signature: SpecSignature } => op.signature !== undefined);

/** An operation by id; throws for an unknown id. */
export function specOperation(operationId: string): SpecOperation {
  const found = specOperations.find((op) => op.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in ${specPath}`);
  return found;
}

/** Whether the SDK fills this body field itself (merchantId in any casing, requestToken). */
export function isFilledField(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'merchantid' || lower === 'requesttoken';
}
