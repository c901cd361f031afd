import { type ApiError, apiError } from '../contract/api-error.js';
import type { RateLimitDecision, RateLimiter } from '../world/rate-limiter.js';
import type { RateLimitHeaders } from './env.js';

/** The `X-RateLimit-*` values a decision puts on the response, whatever its status. */
export function rateLimitHeaders(decision: RateLimitDecision): RateLimitHeaders {
  return {
    limit: String(decision.limit),
    remaining: String(decision.remaining),
    reset: String(decision.resetAtSeconds),
  };
}

/** 429 with the documented message and `Retry-After`. */
export function rateLimitExceeded(limiter: RateLimiter, decision: RateLimitDecision): ApiError {
  const error = apiError('rate_limited', limiter.limit, limiter.windowSeconds);
  error.headers['Retry-After'] = String(decision.retryAfterSeconds);
  return error;
}
