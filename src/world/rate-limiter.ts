import type { Clock } from './clock.js';

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds at which the window next frees a request. */
  resetAtSeconds: number;
  /** Seconds until a retry can succeed; only meaningful when not allowed. */
  retryAfterSeconds: number;
}

const BUCKETS = 60;

/** One app's window: a ring of per-second counters, so memory is fixed whatever the traffic. */
class Window {
  readonly counts = new Uint32Array(BUCKETS);
  readonly seconds = new Float64Array(BUCKETS).fill(-1);
}

/**
 * Sliding-window limiter: `limit` requests per `windowSeconds` per key (an app id), counted in
 * one-second buckets. Memory is one fixed-size window per app, not per request.
 */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
    readonly windowSeconds = BUCKETS,
  ) {
    if (windowSeconds > BUCKETS) throw new Error(`windowSeconds must be at most ${BUCKETS}`);
  }

  /** Counts one request for `id` unless its window is full, and tells the caller either way. */
  hit(id: string): RateLimitDecision {
    const nowSecond = Math.floor(this.clock.now() / 1000);
    let window = this.#windows.get(id);
    if (!window) {
      window = new Window();
      this.#windows.set(id, window);
    }
    const oldestLive = nowSecond - this.windowSeconds + 1;
    let used = 0;
    let oldestSecond = Infinity;
    for (let i = 0; i < BUCKETS; i++) {
      const second = window.seconds[i]!;
      if (second >= oldestLive && second <= nowSecond && window.counts[i]! > 0) {
        used += window.counts[i]!;
        if (second < oldestSecond) oldestSecond = second;
      }
    }
    const allowed = used < this.limit;
    if (allowed) {
      const slot = ((nowSecond % BUCKETS) + BUCKETS) % BUCKETS;
      if (window.seconds[slot] !== nowSecond) {
        window.seconds[slot] = nowSecond;
        window.counts[slot] = 0;
      }
      window.counts[slot]! += 1;
      used += 1;
      if (oldestSecond === Infinity) oldestSecond = nowSecond;
    }
    const resetAtSeconds = oldestSecond + this.windowSeconds;
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetAtSeconds,
      retryAfterSeconds: Math.max(1, resetAtSeconds - nowSecond),
    };
  }

  reset(): void {
    this.#windows.clear();
  }
}
