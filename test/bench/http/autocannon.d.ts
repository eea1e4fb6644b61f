/** The part of autocannon 8's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p97_5: number
    p99: number
  }
  interface RequestSpec {
    method?: string
    path?: string
    headers?: Record<string, string>
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec
  }
  interface Options {
    url: string
    connections?: number
    pipelining?: number
    /** Seconds. */
    duration?: number
    amount?: number
    /** Seconds before a request counts as timed out. */
    timeout?: number
    requests?: RequestSpec[]
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
  }
  /** Without a callback the instance is also a promise of the result. */
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
