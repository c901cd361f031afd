import type { Context } from 'hono';
import { liveKey } from '../auth/authenticate.js';
import { type ApiError, apiError } from '../contract/api-error.js';
import type { RateLimitDecision, RateLimiter } from '../world/rate-limiter.js';
import type { Sandbox } from '../world/sandbox.js';
import type { ApiKey } from '../world/world.js';
import type { RateLimitHeaders, SandboxEnv } from './request-variables.js';

/** The `X-RateLimit-*` values a decision puts on the response, whatever its status. */
export function rateLimitHeaders(decision: RateLimitDecision): RateLimitHeaders {
  return {
    limit: String(decision.limit),
    remaining: String(decision.remaining),
    reset: String(decision.resetAtSeconds),
  };
}

/**
 * Counts one request of the key against its app's window (an account key, which has no app,
 * against a window of its own) and puts the decision's headers on the response.
 */
export function countRequest(c: Context<SandboxEnv>, limiter: RateLimiter, key: ApiKey): RateLimitDecision {
  const decision = limiter.hit(key.appId ?? key.id);
  c.set('rateLimit', rateLimitHeaders(decision));
  return decision;
}

/**
 * The live key a request names, for answers that come before the key check (unknown routes,
 * injected faults): the limiter sits in front of routing, so they are requests of the app too.
 * `undefined` when the header names no live key; such a response carries no rate-limit headers.
 */
export function attributeToApp(c: Context<SandboxEnv>, sandbox: Sandbox): ApiKey | undefined {
  const key = liveKey(sandbox.world, sandbox.config.environment, c.req.header('Authorization'));
  if (key) c.set('key', key);
  return key;
}

/**
 * The headers of an injected 429 of a known app: what the limiter's own refusal says (nothing
 * left, free again after `Retry-After`), and like a refusal it is not counted.
 */
export function injectedRefusalHeaders(c: Context<SandboxEnv>, sandbox: Sandbox, retryAfterSeconds: number): void {
  c.set('rateLimit', {
    limit: String(sandbox.limiter.limit),
    remaining: '0',
    reset: String(Math.floor(sandbox.clock.now() / 1000) + retryAfterSeconds),
  });
}

/** 429 with the documented message and `Retry-After`. */
export function rateLimitExceeded(limiter: RateLimiter, decision: RateLimitDecision): ApiError {
  const error = apiError('rate_limited', limiter.limit, limiter.windowSeconds);
  error.headers['Retry-After'] = String(decision.retryAfterSeconds);
  return error;
}
