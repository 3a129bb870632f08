// A tiny seeded PRNG so the demo data is the same on every machine and every run.
// mulberry32: 32-bit state, period 2^32, plenty for a few hundred thousand draws.

export type Rng = {
  /** Uniform in [0, 1) */
  next(): number;
  /** Integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks an index with probability proportional to its weight */
  weighted(weights: readonly number[]): number;
  /** Exponential with the given mean (gaps between visits) */
  exponential(mean: number): number;
  /** Normal with mean 0 and standard deviation 1 (Box-Muller) */
  gaussian(): number;
  /** `length` characters drawn from `alphabet` (codes, tokens) */
  string(alphabet: string, length: number): string;
};

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let target = next() * total;
      for (let index = 0; index < weights.length; index++) {
        target -= weights[index] ?? 0;
        if (target < 0) return index;
      }
      return weights.length - 1;
    },
    exponential: (mean) => -Math.log(1 - next()) * mean,
    gaussian: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    string: (alphabet, length) => {
      let out = "";
      for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
  };
  return rng;
}
