// The error a call fails with, captured for the secret scanner.
import { expect } from 'vitest';
import { captureError } from './output-capture.js';

/** The value `run` throws or rejects with (captured for the scanner); fails the test when it succeeds. */
export async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return captureError(error);
  }
  return expect.unreachable('the call succeeded');
}
