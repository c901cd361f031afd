import type { OpenApiDocument } from '../../src/openapi/load-spec.js';
import type { FuzzRequest } from './fuzz-requests.js';
import { validateResponse } from './spec-validator.js';

function pathOf(request: FuzzRequest): string {
  return request.url.split('?')[0]!;
}

/** What one fuzzed request got: its status, the sandbox's reason, and what broke the contract, if anything. */
export interface FuzzOutcome {
  status: number;
  reason: string;
  /** Why the response breaks the contract; absent when it keeps it. */
  violation?: string;
}

/** The part of a Hono app the fuzzer uses. */
export interface RequestableApp {
  request(input: string, init: RequestInit): Response | Promise<Response>;
}

const ERROR_KEYS = 'code,message,trace_id';
/** The token endpoint's RFC 6749 5.2 body, which its document response allows beside the API's. */
const OAUTH_ERROR_KEYS = 'error,error_description';

/**
 * Sends one request in-process and checks what every response owes the caller: no 5xx, no thrown
 * or rejected request, a response the document allows, and for every error the JSON
 * `{code, message, trace_id}` with an `X-Sandbox-Reason` header.
 */
export async function sendAndCheck(app: RequestableApp, spec: OpenApiDocument, request: FuzzRequest): Promise<FuzzOutcome> {
  let response: Response;
  let text: string;
  try {
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.body !== undefined) init.body = request.body;
    response = await app.request(request.url, init);
    text = await response.text();
  } catch (error) {
    return { status: -1, reason: 'threw', violation: `app.request rejected: ${(error as Error)?.stack ?? String(error)}` };
  }
  const { status, headers } = response;
  const reason = headers.get('X-Sandbox-Reason') ?? '-';
  const outcome: FuzzOutcome = { status, reason };
  const violations: string[] = [];
  const json = headers.get('content-type')?.includes('application/json');
  let body: unknown;
  if (text && json) {
    try {
      body = JSON.parse(text);
    } catch {
      violations.push(`a JSON content type with a body that is no JSON: ${text.slice(0, 200)}`);
    }
  }
  if (status >= 500 || status < 100) violations.push(`status ${status}`);
  if (status >= 400) {
    // A HEAD answer has no body to check, but it still owes the reason.
    const keys = body && typeof body === 'object' ? Object.keys(body).sort().join(',') : undefined;
    const oauth = request.url.startsWith('/v3/oauth/token') && keys === OAUTH_ERROR_KEYS && status === 400;
    if (keys !== ERROR_KEYS && !oauth && request.method !== 'HEAD')
      violations.push(`an error body that is not {code, message, trace_id}: ${text.slice(0, 200)}`);
    if (reason === '-') violations.push('an error without X-Sandbox-Reason');
  }
  try {
    validateResponse(spec, { method: request.method, path: pathOf(request), status, headers, body });
  } catch (error) {
    violations.push((error as Error).message);
  }
  if (violations.length > 0) outcome.violation = violations.join('; ');
  return outcome;
}

/** Long runs of one character or escape folded (`<é x 10880>`), so that a report stays readable. */
export function fold(text: string): string {
  return text.replace(
    /(%[0-9A-F]{2}%[0-9A-F]{2}|%[0-9A-F]{2}|[\s\S])\1{19,}/gu,
    (run, unit: string) => `<${unit} x ${run.length / unit.length}>`,
  );
}

/** The request as a line to paste into a bug report. */
export function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` body=${JSON.stringify(fold(request.body).slice(0, 300))}`;
  return `${request.operationId}: ${request.method} ${fold(request.url).slice(0, 300)} headers=${fold(JSON.stringify(request.headers)).slice(0, 400)}${body}`;
}
