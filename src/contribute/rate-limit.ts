/**
 * A token bucket per client key, in memory. It is per instance: every Node process and every
 * Worker isolate counts on its own, and a restart forgets. That is enough to stop one client
 * from hammering the validator; it is not a quota across a fleet.
 */
export interface RateLimitOptions {
  /** Requests a client may make in a burst. */
  capacity: number
  /** Tokens added back per second. */
  refillPerSecond: number
  /** Clients tracked at most; idle ones are forgotten first. */
  maxClients?: number
  now?: () => number
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface RateLimiter {
  /** Counts one request of this client; a shared limiter elsewhere (Cloudflare's binding) answers asynchronously. */
  take(key: string): RateDecision | Promise<RateDecision>
}

export function createRateLimiter({ capacity, refillPerSecond, maxClients = 10_000, now = Date.now }: RateLimitOptions): { take(key: string): RateDecision } {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const fullAfterMs = (capacity / refillPerSecond) * 1000

  const forgetIdle = (time: number) => {
    for (const [key, bucket] of buckets) if (time - bucket.at >= fullAfterMs) buckets.delete(key)
    // Still too many: drop the longest-unseen (a Map iterates in insertion order, and take() re-inserts).
    for (const key of buckets.keys()) {
      if (buckets.size < maxClients) break
      buckets.delete(key)
    }
  }

  return {
    take(key) {
      const time = now()
      const previous = buckets.get(key)
      const tokens = previous ? Math.min(capacity, previous.tokens + ((time - previous.at) / 1000) * refillPerSecond) : capacity
      buckets.delete(key)
      if (buckets.size >= maxClients) forgetIdle(time)
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: time })
        return { ok: true }
      }
      buckets.set(key, { tokens, at: time })
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) }
    },
  }
}
