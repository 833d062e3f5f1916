import { expect } from 'vitest';

/** The error a promise rejects with; fails the test when it resolves. */
export function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the promise resolved'),
    (error: unknown) => error,
  );
}
