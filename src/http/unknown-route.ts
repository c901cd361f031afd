import type { Context } from 'hono';
import { apiError } from '../contract/api-error.js';
import type { Sandbox } from '../world/sandbox.js';
import type { Answer } from './faults-and-journal.js';
import { attributeToApp, countRequest, rateLimitExceeded } from './rate-limit.js';
import { errorResponse } from './render-error.js';
import type { SandboxEnv } from './request-variables.js';

/**
 * The answer to a `/v3` path or method the document does not hold: 404 `Route not found`, before
 * the key is checked, so a missing or bad key is still 404. The limiter sits in front of routing:
 * a request naming a live key counts against its app's window, carries its headers, and is 429
 * once the window is full, as on any other route.
 */
export function unknownRouteAnswer(sandbox: Sandbox): Answer {
  const knownPaths = sandbox.operations.map((operation) => pathMatcher(operation.routePath));
  return function answerUnknownRoute(c: Context<SandboxEnv>): Response {
    const key = attributeToApp(c, sandbox);
    if (key) {
      const decision = countRequest(c, sandbox.limiter, key);
      if (!decision.allowed) return errorResponse(c, rateLimitExceeded(sandbox.limiter, decision));
    }
    const pathKnown = knownPaths.some((matches) => matches(c.req.path));
    return errorResponse(c, apiError(pathKnown ? 'method_not_allowed' : 'route_not_found'));
  };
}

function pathMatcher(routePath: string): (path: string) => boolean {
  const pattern = new RegExp(`^${routePath.replace(/:[^/]+/g, '[^/]+')}$`);
  return (path) => pattern.test(path);
}
