import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/contribute/rate-limit.ts'

describe('the token bucket', () => {
  const clock = () => {
    let now = 1_000_000
    return { now: () => now, advance: (ms: number) => (now += ms) }
  }

  it('allows a burst, then one request per refill interval, and says how long to wait', () => {
    const time = clock()
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: time.now })

    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true])
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 })
    time.advance(1000)
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 })
    time.advance(1000)
    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('a').ok).toBe(false)
  })

  it('counts each client on its own', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock().now })

    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('a').ok).toBe(false)
    expect(limiter.take('b').ok).toBe(true)
  })

  it('never fills beyond its capacity, however long a client was away', () => {
    const time = clock()
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: time.now })
    limiter.take('a')
    time.advance(3_600_000)

    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false])
  })

  it('keeps its memory bounded by forgetting the longest-unseen clients', () => {
    const time = clock()
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 3, now: time.now })
    for (const key of ['a', 'b', 'c', 'd']) limiter.take(key)

    // 'a' was forgotten to make room, so it starts with a full bucket again; 'd' was not.
    expect(limiter.take('a').ok).toBe(true)
    expect(limiter.take('d').ok).toBe(false)
  })
})
