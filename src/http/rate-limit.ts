import { ApiError, MESSAGES } from '../errors.js';
import type { RateLimitDecision, RateLimiter } from '../world/rate-limiter.js';
import type { RateLimitHeaders } from './response-headers.js';

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
  return new ApiError('rate_limit_exceeded', 'rate_limited', MESSAGES.rateLimited(limiter.limit, limiter.windowSeconds), {
    'Retry-After': String(decision.retryAfterSeconds),
  });
}
