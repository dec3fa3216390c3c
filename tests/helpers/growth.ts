/**
 * t(8n)/t(n) of a function, measured so that a ratio test does not flake on a loaded 2-core CI
 * machine: the harness every "linear time on any input" test uses (the project's rule: test cost at
 * n and 8n as a ratio, never an absolute time).
 *
 * How it measures:
 * - time is this process's CPU time, not the clock's: waiting for a core that
 *   other processes hold is not work the function did;
 * - n doubles from START_N to at least FLOOR_N and on to MAX_N until one call
 *   takes SLOW_MS; a call ten times slower stops it early, so an old quadratic
 *   function fails fast. Small sizes are where caches and the compiler's
 *   warm-up blur the picture; MAX_N is large enough that size-n results are
 *   usually already large objects for V8 (a copy of 128 KB or more costs more
 *   per character, page faults included), so n and 8n are compared like with
 *   like. A caller whose size-n result would still be under that line passes
 *   a `floorN` above MAX_N (n then doubles up to it): a result that stays in
 *   the young generation at n but not at 8n reads as 13 to 26 for a linear
 *   function, close to the bound.
 * - One call on the size-8n input is timed against calls on 8 distinct
 *   size-n inputs: for a linear function that is the same work over the same
 *   amount of memory, so both see the same scheduling, caches and garbage
 *   collection (the 8 results are kept alive, as the one large result is).
 *   A function faster than MIN_MS is called repeatedly.
 * - The two are interleaved, SAMPLES times, after a warm-up; t(8n)/t(n), from
 *   the medians, is about 8 for a linear function and 64 for a quadratic one.
 *   The bound is 24; a ratio over it is measured again (ATTEMPTS in all) after
 *   a full garbage collection, so a spike passes and a quadratic function,
 *   over the bound every time, never does.
 * No absolute time is asserted.
 *
 * `growthRatio(make, run)` is about 8 for a linear function, 64 for a quadratic one, and about 1 for
 * one whose cost does not grow (a bounded head, a cut-off): assert `< LINEAR_BOUND` for linear, a
 * lower `bound` (passed too, so a spike is measured again against it) for bounded cost.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** t(8n)/t(n) about 8 is linear, 64 quadratic: a ratio under this bound is linear time. */
export const LINEAR_BOUND = 24;
const START_N = 1024;
const FLOOR_N = 16384;
const MAX_N = 65536;
const SLOW_MS = 2;
const MIN_MS = 1;
const SAMPLES = 3;
const ATTEMPTS = 3;

/**
 * CPU time of this process spent in `run` (user + system), not wall time: on a machine other
 * processes load (the other Jest workers, a database), wall time counts the moments this one
 * waited for a core, which made the ratio of two such times flake.
 */
const elapsedMs = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** A full garbage collection, to measure again from a clean heap (a no-op where the runtime will not expose it). */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc');
  } catch {
    return () => undefined;
  }
})();

/** `repeats` rounds of `run` on each input, the results kept until the last call returns. */
const calls = <T>(inputs: T[], repeats: number, run: (input: T) => unknown) => () => {
  const results: unknown[] = [];
  for (let r = 0; r < repeats; r += 1) for (const input of inputs) results.push(run(input));
};

/** t(8n)/t(n) of `run` on inputs built by `make` (see the header for the method). */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, { startN = START_N, floorN = FLOOR_N, bound = LINEAR_BOUND }: { startN?: number; floorN?: number; bound?: number } = {}): number {
  let n = startN;
  let small = make(n);
  /** One call on `small` after warm-up calls (the compiler's), the faster of two. */
  const single = () => {
    run(small);
    run(small);
    return Math.min(elapsedMs(() => run(small)), elapsedMs(() => run(small)));
  };
  let t = single();
  while ((n < MAX_N || n < floorN) && (t < SLOW_MS || n < floorN) && t < 10 * SLOW_MS) {
    n *= 2;
    small = make(n);
    t = single();
  }
  const repeats = Math.ceil(MIN_MS / Math.max(t, 1e-4));
  const large = make(8 * n);
  run(large);
  // Eight distinct inputs, so the small calls read as much memory as the large one (no cache advantage).
  const smalls = [small, ...Array.from({ length: 7 }, () => make(n))];
  const eightSmall = calls(smalls, repeats, run);
  const oneLarge = calls([large], repeats, run);
  let best = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && best >= bound; attempt += 1) {
    if (attempt > 0) collectGarbage();
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      // Alternate which goes first, so neither always inherits the other's garbage.
      if (i % 2 === 0) smallTimes.push(elapsedMs(eightSmall));
      largeTimes.push(elapsedMs(oneLarge));
      if (i % 2 === 1) smallTimes.push(elapsedMs(eightSmall));
    }
    best = Math.min(best, (8 * median(largeTimes)) / median(smallTimes));
  }
  return best;
}
