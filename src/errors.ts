import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The public error codes of the Max AI API (api-model A3), plus 503 for injected outages. */
export type PublicErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limit_exceeded'
  | 'internal_error'
  | 'service_unavailable';

/**
 * Why the sandbox refused a request. The public body never shows it (it copies the real API);
 * it goes to the `X-Sandbox-Reason` response header and the request journal.
 */
export const REASONS = [
  'missing_authorization',
  'malformed_authorization',
  'unknown_key_prefix',
  'wrong_environment',
  'unknown_key',
  'revoked_key',
  'expired_key',
  'key_not_yet_valid',
  'missing_organization_id',
  'invalid_organization_id',
  'unknown_organization',
  'app_not_installed',
  'account_key_on_data_endpoint',
  'insufficient_scope',
  'invalid_parameter',
  'invalid_body',
  'invalid_json',
  'body_too_large',
  'record_not_found',
  'route_not_found',
  'method_not_allowed',
  'malformed_request',
  'rate_limited',
  'injected_fault',
  'unexpected_error',
  'admin_token_required',
  'admin_resource_not_found',
] as const;

export type Reason = (typeof REASONS)[number];

/** Every public message the sandbox writes for a fixed reason; the real API's strings, verbatim where documented. */
export const MESSAGES = {
  unauthorized: 'Invalid or missing API key',
  insufficientScope: (scope: string) => `Insufficient scope. Required: ${scope}`,
  organizationIdRequired: "'X-Organization-Id' is required",
  organizationIdInvalid: "'X-Organization-Id' must be a valid ID",
  appNotInstalled: 'App is not installed for this organization',
  organizationNotFound: 'Organization not found',
  accountKeyOnDataEndpoint:
    'Account API keys cannot access clinic data. Use a Data API key (max_prd_ak_... or max_dev_ak_...) of an app installed by this organization.',
  rateLimited: (limit: number, windowSeconds: number) =>
    `Rate limit exceeded. Maximum ${limit} requests per ${windowSeconds} seconds.`,
  invalidJson: 'Request body must be valid JSON',
  bodyTooLarge: (limitBytes: number) => `Request body must not be larger than ${limitBytes} bytes`,
  routeNotFound: 'Route not found',
  internalError: 'An internal error occurred. Retry the request or contact support with the trace_id.',
  serviceUnavailable: 'The service is temporarily unavailable. Retry the request later.',
  adminTokenRequired: "A valid 'X-Sandbox-Admin-Token' header is required",
} as const;

const STATUS_OF_CODE: Record<PublicErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limit_exceeded: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** The one error type handlers throw; `renderError` writes it as `{code, message, trace_id}`. */
export class ApiError extends HTTPException {
  readonly code: PublicErrorCode;
  readonly reason: Reason;
  readonly headers: Record<string, string>;

  constructor(code: PublicErrorCode, reason: Reason, message: string, headers: Record<string, string> = {}) {
    super(STATUS_OF_CODE[code], { message });
    this.code = code;
    this.reason = reason;
    this.headers = headers;
  }

  /** 401 with the real API's single message, whatever the precise reason. */
  static unauthorized(reason: Reason): ApiError {
    return new ApiError('unauthorized', reason, MESSAGES.unauthorized);
  }

  static badRequest(reason: Reason, message: string): ApiError {
    return new ApiError('bad_request', reason, message);
  }

  static forbidden(reason: Reason, message: string): ApiError {
    return new ApiError('forbidden', reason, message);
  }

  static notFound(reason: Reason, message: string): ApiError {
    return new ApiError('not_found', reason, message);
  }
}

/** Status of a public code, for code that builds error bodies without throwing. */
export function statusOfCode(code: PublicErrorCode): ContentfulStatusCode {
  return STATUS_OF_CODE[code];
}
