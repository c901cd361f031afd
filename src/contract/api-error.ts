import { HTTPException } from 'hono/http-exception';
import {
  ERRORS,
  type ErrorName,
  type ErrorStatus,
  errorMessage,
  type MessageDetails,
  type OAuthErrorCode,
  type PublicErrorCode,
  type SandboxReason,
} from './reasons.js';

/**
 * The one error type the sandbox throws for a request it refuses: an entry of ERRORS with the
 * details of this request. `renderError` writes it as `{code, message, trace_id}` with its
 * `X-Sandbox-Reason`. Made with `apiError()`, which types the details each message needs.
 */
export class ApiError extends HTTPException {
  override readonly status: ErrorStatus;
  readonly code: PublicErrorCode;
  readonly reason: SandboxReason;
  /** Extra response headers (`Retry-After`). */
  readonly headers: Record<string, string>;
  /** An error of the token endpoint: its body is RFC 6749's `{error, error_description}`. */
  readonly oauthError: OAuthErrorCode | undefined;

  constructor(
    readonly kind: ErrorName,
    message: string,
    headers: Record<string, string> = {},
  ) {
    const entry = ERRORS[kind];
    super(entry.status, { message });
    this.status = entry.status;
    this.code = entry.code;
    this.reason = entry.reason;
    this.headers = headers;
    this.oauthError = 'oauthError' in entry ? entry.oauthError : undefined;
  }
}

/** The error `kind` of ERRORS, its message built from `details`. */
export function apiError<N extends ErrorName>(kind: N, ...details: MessageDetails<N>): ApiError {
  return new ApiError(kind, errorMessage(kind, ...details));
}
