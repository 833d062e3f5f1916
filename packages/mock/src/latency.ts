import { MAX_DELAY_MS } from './mock-prefer.js';

/** Added latency: every answer of an operation waits a delay drawn uniformly from `min` to `max` ms. */
export interface LatencyRange {
  readonly min: number;
  readonly max: number;
}

/** `300` (always 300 ms) or `200-800` (uniform), as `--latency` takes it; throws TypeError. */
export function parseLatency(text: string): LatencyRange {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!match) throw new TypeError(`--latency must be <ms> or <min>-<max> (e.g. 300 or 200-800), got "${text}"`);
  return checkLatency({ min: Number(match[1]), max: Number(match[2] ?? match[1]) }, '--latency');
}

/** A latency option checked: whole milliseconds, 0 ≤ min ≤ max ≤ 60 000; throws TypeError naming the option. */
export function checkLatency(latency: number | LatencyRange, name = 'latency'): LatencyRange {
  const range = typeof latency === 'number' ? { min: latency, max: latency } : latency;
  const ok = (ms: unknown) => Number.isInteger(ms) && (ms as number) >= 0 && (ms as number) <= MAX_DELAY_MS;
  if (typeof range !== 'object' || range === null || !ok(range.min) || !ok(range.max) || range.min > range.max) {
    throw new TypeError(`${name} must be whole milliseconds from 0 to ${MAX_DELAY_MS} (min ≤ max)`);
  }
  return { min: range.min, max: range.max };
}

/** A delay drawn uniformly from the range (0 without one). */
export function pickDelay(range: LatencyRange | undefined): number {
  if (!range) return 0;
  return range.min === range.max ? range.min : range.min + Math.round(Math.random() * (range.max - range.min));
}
