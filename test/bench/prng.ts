/**
 * Seeded randomness for the benchmark corpus. Everything the bench generates comes from
 * here, so the same seed gives byte-identical corpora and query sets on every machine.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}

/** mulberry32: tiny, fast and good enough for synthetic text (the research bench used it too). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  }
}

/**
 * Derives an independent seed from a base seed and a label or index. Each document gets its
 * own stream, so document i is the same whatever the corpus size (1k is a prefix of 10k).
 */
export function deriveSeed(seed: number, key: string | number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  for (const ch of String(key)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
  }
  // One extra avalanche round so that neighbouring indices do not give neighbouring seeds.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/**
 * Samples ranks 0..n-1 with Zipf–Mandelbrot weights 1 / (rank + q)^s, the usual shape of word
 * frequencies: a few very common words and a long tail.
 */
export function createZipf(n: number, s = 1.05, q = 2.7): (rng: Rng) => number {
  const cumulative = new Float64Array(n)
  let total = 0
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1 + q, s)
    cumulative[r] = total
  }
  return (rng) => {
    const x = rng.next() * total
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
