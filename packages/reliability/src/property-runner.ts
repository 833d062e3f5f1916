// fast-check with a fixed, printed seed: `FC_SEED=<n>` replays a run; the default seed keeps the suite deterministic.
import fc from 'fast-check';
import { count } from './run-tally.js';

/** The seed used when FC_SEED is not set. */
export const DEFAULT_SEED = 20261123;

/** The run's seed: FC_SEED when it is an integer, else {@link DEFAULT_SEED}. */
export function fcSeed(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.FC_SEED);
  return env.FC_SEED !== undefined && Number.isInteger(value) ? value : DEFAULT_SEED;
}

function withSeed(name: string, seed: number, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`property "${name}" failed with seed ${seed} (replay: FC_SEED=${seed}).\n${message}`, {
    cause: error,
  });
}

/** Runs a synchronous property `numRuns` times with the run's seed; counts the cases; names the seed on failure. */
export function checkProperty<T>(name: string, property: fc.IProperty<T>, numRuns: number): void {
  const seed = fcSeed();
  try {
    fc.assert(property, { seed, numRuns });
  } catch (error) {
    throw withSeed(name, seed, error);
  }
  count('cases', numRuns);
}

/** {@link checkProperty} for an asynchronous property. */
export async function checkAsyncProperty<T>(
  name: string,
  property: fc.IAsyncProperty<T>,
  numRuns: number,
): Promise<void> {
  const seed = fcSeed();
  try {
    await fc.assert(property, { seed, numRuns });
  } catch (error) {
    throw withSeed(name, seed, error);
  }
  count('cases', numRuns);
}
