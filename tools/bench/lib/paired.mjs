// Side-by-side micro benchmarks: the tasks run in alternating order over several short tinybench rounds, so slow
// drift of a busy machine hits every task alike; a ratio is the median of the per-round ratios.
import { Bench } from 'tinybench';

/** A full garbage collection before each task's timed phase (when node runs with --expose-gc), so no task pays
 * for the garbage of the one before it. */
const collect = () => globalThis.gc?.();

/**
 * The order of a round: every rotation of the list, forwards and backwards, in turn, so over 2n rounds each task
 * runs in each position equally often (a task's position in a round measurably changes its speed).
 */
function orderOf(tasks, round) {
  const shift = Math.floor(round / 2) % tasks.length;
  const rotated = [...tasks.slice(shift), ...tasks.slice(0, shift)];
  return round % 2 ? rotated.reverse() : rotated;
}

/**
 * Runs `tasks` ({ name, fn }) for `rounds` rounds of `timeMs` each (order rotated, see orderOf) and returns,
 * per task, the median of the rounds' throughput (ops/s), mean and median latency (µs), plus every round's figures.
 */
export async function runPaired(tasks, { rounds = 6, timeMs = 400, warmupMs = 300 } = {}) {
  const perRound = Object.fromEntries(tasks.map((t) => [t.name, []]));
  for (const task of tasks) await task.fn(); // fail fast, before any timing
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: timeMs, warmup: round === 0, warmupTime: warmupMs, throws: true, setup: collect });
    for (const task of orderOf(tasks, round)) bench.add(task.name, task.fn);
    await bench.run();
    for (const task of bench.tasks) {
      // ops/s is tinybench's throughput (the mean of the samples' rates): a sample that another process stalled
      // counts as one slow sample, instead of adding its stall to the mean time as it would on a shared machine.
      const { throughput, latency } = task.result;
      perRound[task.name].push({ opsPerSec: throughput.mean, meanUs: latency.mean * 1000, p50Us: latency.p50 * 1000 });
    }
  }
  const summary = {};
  for (const [name, list] of Object.entries(perRound)) {
    summary[name] = {
      opsPerSec: Math.round(median(list.map((r) => r.opsPerSec))),
      meanUs: round1(median(list.map((r) => r.meanUs))),
      p50Us: round1(median(list.map((r) => r.p50Us))),
      rounds: list.length,
    };
  }
  return { summary, perRound };
}

/** Median over rounds of `perRound[a].opsPerSec / perRound[b].opsPerSec` (how many times faster a is than b). */
export function throughputRatio(perRound, a, b) {
  return round2(median(perRound[a].map((r, i) => r.opsPerSec / perRound[b][i].opsPerSec)));
}

/** Every round's throughput ratio a / b. */
export function roundRatios(perRound, a, b) {
  return perRound[a].map((r, i) => round2(r.opsPerSec / perRound[b][i].opsPerSec));
}

/** Median over rounds of the median-latency ratio a / b. */
export function latencyRatio(perRound, a, b) {
  return round2(median(perRound[a].map((r, i) => r.p50Us / perRound[b][i].p50Us)));
}

export function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round1 = (n) => Math.round(n * 10) / 10;
export const round2 = (n) => Math.round(n * 100) / 100;

/** A seeded random source in [0, 1) (mulberry32), so every run draws the same orders. */
export function seededRandom(seed = 1) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 0 … n−1 in a random order (Fisher–Yates). */
export function shuffled(n, random) {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
