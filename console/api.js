// @ts-check
/**
 * Calls to the sandbox's admin API, with the admin token when one is needed. Same origin only:
 * the console drives the sandbox that served it.
 */
import { currentToken, tokenRefused } from './admin-token.js';

const REASON_HEADER = 'X-Sandbox-Reason';

/** An error the admin API answered: its status, `{code, message}` body and precise reason. */
export class AdminError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {string | null} reason
   */
  constructor(status, code, message, reason) {
    super(`${status} ${code}${reason ? ` (${reason})` : ''}: ${message}`);
    this.name = 'AdminError';
    this.status = status;
    this.code = code;
    this.reason = reason;
  }
}

/**
 * `method path` with `body` as JSON. Answers the response, whatever its status, except a 401
 * for the admin token: that one asks for the token and tries again.
 *
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<Response>}
 */
export async function adminFetch(method, path, body) {
  for (;;) {
    const token = await currentToken();
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json' };
    if (token !== null) headers['X-Sandbox-Admin-Token'] = token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    if (response.status !== 401 || response.headers.get(REASON_HEADER) !== 'admin_token_required') return response;
    await tokenRefused(token);
  }
}

/**
 * `method path` answering its JSON body (undefined for 204); throws AdminError on an error status.
 *
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function adminCall(method, path, body) {
  const response = await adminFetch(method, path, body);
  if (!response.ok) throw await adminError(response);
  return response.status === 204 ? undefined : response.json();
}

/**
 * The AdminError of an error response, with the sandbox's `{code, message}` when it sent one.
 *
 * @param {Response} response
 */
export async function adminError(response) {
  const reason = response.headers.get(REASON_HEADER);
  /** @type {{ code?: unknown, message?: unknown }} */
  let body = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy between browser and sandbox answered. The status still says enough.
  }
  return new AdminError(
    response.status,
    typeof body.code === 'string' ? body.code : 'error',
    typeof body.message === 'string' ? body.message : response.statusText,
    reason,
  );
}

/**
 * A path segment, escaped.
 *
 * @param {string} value
 */
export const segment = (value) => encodeURIComponent(value);
