import { describe, expect, it } from 'vitest';
import { Clock } from '../../src/world/clock.js';
import { RateLimiter } from '../../src/world/rate-limiter.js';

const START = Date.parse('2026-06-01T12:00:00.000Z');

function limiterAt(limit: number) {
  let now = START;
  const clock = new Clock(() => now);
  return { limiter: new RateLimiter(limit, clock), advance: (ms: number) => (now += ms) };
}

describe('RateLimiter (60 s sliding window of one-second buckets)', () => {
  it('allows `limit` requests, then refuses with the time until the oldest leaves the window', () => {
    const { limiter, advance } = limiterAt(3);
    expect(limiter.hit('app').remaining).toBe(2);
    advance(10_000);
    expect(limiter.hit('app').remaining).toBe(1);
    expect(limiter.hit('app').remaining).toBe(0);
    const refused = limiter.hit('app');
    expect(refused.allowed).toBe(false);
    expect(refused.resetAtSeconds).toBe(START / 1000 + 60);
    expect(refused.retryAfterSeconds).toBe(50);
  });

  it('slides: the first request leaves the window after 60 s, the later ones stay', () => {
    const { limiter, advance } = limiterAt(2);
    limiter.hit('app');
    advance(30_000);
    limiter.hit('app');
    expect(limiter.hit('app').allowed).toBe(false);
    advance(30_000);
    const decision = limiter.hit('app');
    expect(decision.allowed).toBe(true);
    expect(decision.remaining).toBe(0);
    expect(limiter.hit('app').allowed).toBe(false);
  });

  it('counts apps apart', () => {
    const { limiter } = limiterAt(1);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  it('keeps a fixed amount of memory per app however many requests it sees', () => {
    const { limiter, advance } = limiterAt(1_000_000);
    for (let i = 0; i < 5_000; i++) {
      limiter.hit('app');
      advance(37);
    }
    // 5000 requests over 185 s: only the last 60 s count.
    const decision = limiter.hit('app');
    expect(1_000_000 - decision.remaining).toBeLessThanOrEqual(60_000 / 37 + 30);
    expect(1_000_000 - decision.remaining).toBeGreaterThan(60_000 / 37 - 30);
  });

  it('forgets everything at reset', () => {
    const { limiter } = limiterAt(1);
    limiter.hit('app');
    limiter.reset();
    expect(limiter.hit('app').allowed).toBe(true);
  });
});
