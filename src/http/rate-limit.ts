import type { MiddlewareHandler } from 'hono';
import { ApiError, MESSAGES } from '../errors.js';
import type { RateLimiter } from '../world/rate-limiter.js';
import type { SandboxEnv } from './env.js';

/**
 * Counts the request against its app's sliding window (an account key, having no app, against
 * itself), sets the `X-RateLimit-*` headers on whatever the response turns out to be, and
 * answers 429 with `Retry-After` once the window is full.
 */
export function rateLimit(limiter: RateLimiter): MiddlewareHandler<SandboxEnv> {
  return async function limitRate(c, next) {
    const key = c.var.key!;
    const decision = limiter.hit(key.appId ?? key.id);
    c.header('X-RateLimit-Limit', String(decision.limit));
    c.header('X-RateLimit-Remaining', String(decision.remaining));
    c.header('X-RateLimit-Reset', String(decision.resetAtSeconds));
    if (!decision.allowed) {
      throw new ApiError('rate_limit_exceeded', 'rate_limited', MESSAGES.rateLimited(limiter.limit, limiter.windowSeconds), {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    await next();
  };
}
