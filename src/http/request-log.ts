import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env.js';

/** One line per request on stdout (`--log-requests`): method, path, status, time, refusal reason. */
export function requestLog(write: (line: string) => void = console.log): MiddlewareHandler<SandboxEnv> {
  return async function logRequest(c, next) {
    const started = performance.now();
    await next();
    const reason = c.get('reason');
    const ms = (performance.now() - started).toFixed(1);
    write(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms${reason ? ` ${reason}` : ''}`);
  };
}
