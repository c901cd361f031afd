import type { components } from './openapi.generated.js';
import { CLOCK_EARLIEST_MS, CLOCK_LATEST_MS } from './timestamps.js';

/** The public error codes of the Max AI API (api-model A3), plus 503 for injected outages. */
export type PublicErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limit_exceeded'
  | 'internal_error'
  | 'service_unavailable';

/** An `X-Sandbox-Reason` value: the document's enum, so the code cannot send one it does not list. */
export type SandboxReason = components['headers']['X-Sandbox-Reason'];

/** The statuses an error of the sandbox can have. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 408 | 415 | 417 | 429 | 431 | 500 | 501 | 503;

/** One way a request fails: what the client sees (status, code, message) and the sandbox's own reason. */
interface ErrorEntry {
  status: ErrorStatus;
  code: PublicErrorCode;
  /** The `X-Sandbox-Reason` header value and the journal's `reason`. */
  reason: SandboxReason;
  /** The public message, or how to build it from the details of this request. */
  message: string | ((...details: never[]) => string);
  /**
   * Set on the errors of `POST /v3/oauth/token`: the body is then RFC 6749 5.2's
   * `{"error": oauthError, "error_description": message}`, not `{code, message, trace_id}`.
   */
  oauthError?: OAuthErrorCode;
}

/** The RFC 6749 5.2 error codes the token endpoint answers with. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type';

/** The real API's one message for every 401 (max-api-authentication.md). */
const UNAUTHORIZED = 'Invalid or missing API key';
const ROUTE_NOT_FOUND = 'Route not found';
const INTERNAL_ERROR = 'An internal error occurred. Retry the request or contact support with the trace_id.';
const rateLimited = (limit: number, windowSeconds: number) =>
  `Rate limit exceeded. Maximum ${limit} requests per ${windowSeconds} seconds.`;
/** `'<field>' <problem>`: the shape of every message about one parameter or body field. */
const fieldProblem = (field: string, problem: string) => `'${field}' ${problem}`;

/**
 * Every error the sandbox can answer, by its internal name: status, public code, public message
 * and `X-Sandbox-Reason`. The only place a public error message is written. The public body
 * copies the real API (verbatim where documented); several internal errors may share one
 * `X-Sandbox-Reason`, which is the precision integrators see.
 */
export const ERRORS = {
  // Authentication (401): one public message, the precise reason only in the header.
  missing_authorization: { status: 401, code: 'unauthorized', reason: 'missing_authorization', message: UNAUTHORIZED },
  malformed_authorization: { status: 401, code: 'unauthorized', reason: 'malformed_authorization', message: UNAUTHORIZED },
  unknown_key_prefix: { status: 401, code: 'unauthorized', reason: 'unknown_key_prefix', message: UNAUTHORIZED },
  wrong_environment: { status: 401, code: 'unauthorized', reason: 'wrong_environment', message: UNAUTHORIZED },
  unknown_key: { status: 401, code: 'unauthorized', reason: 'unknown_key', message: UNAUTHORIZED },
  revoked_key: { status: 401, code: 'unauthorized', reason: 'revoked_key', message: UNAUTHORIZED },
  expired_key: { status: 401, code: 'unauthorized', reason: 'expired_key', message: UNAUTHORIZED },
  key_not_yet_valid: { status: 401, code: 'unauthorized', reason: 'key_not_yet_valid', message: UNAUTHORIZED },

  rate_limited: { status: 429, code: 'rate_limit_exceeded', reason: 'rate_limited', message: rateLimited },

  // The clinic (X-Organization-Id) and what the app may do there.
  missing_organization_id: {
    status: 400,
    code: 'bad_request',
    reason: 'missing_organization_id',
    message: "'X-Organization-Id' is required",
  },
  invalid_organization_id: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_organization_id',
    message: "'X-Organization-Id' must be a valid ID",
  },
  account_key_on_data_endpoint: {
    status: 403,
    code: 'forbidden',
    reason: 'account_key_on_data_endpoint',
    message:
      'Account API keys cannot access clinic data. Use a Data API key (max_prd_ak_... or max_dev_ak_...) of an app installed by this organization.',
  },
  unknown_organization: {
    status: 403,
    code: 'forbidden',
    reason: 'unknown_organization',
    message: 'App is not installed for this organization',
  },
  app_not_installed: {
    status: 403,
    code: 'forbidden',
    reason: 'app_not_installed',
    message: 'App is not installed for this organization',
  },
  /** `--not-installed-status 404`: the clinic is answered as if it did not exist. */
  unknown_organization_as_not_found: {
    status: 404,
    code: 'not_found',
    reason: 'unknown_organization',
    message: 'Organization not found',
  },
  app_not_installed_as_not_found: {
    status: 404,
    code: 'not_found',
    reason: 'app_not_installed',
    message: 'Organization not found',
  },
  insufficient_scope: {
    status: 403,
    code: 'forbidden',
    reason: 'insufficient_scope',
    message: (scope: string) => `Insufficient scope. Required: ${scope}`,
  },

  // Path and query parameters.
  parameter_missing: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'is required'),
  },
  parameter_repeated: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'must be given once'),
  },
  parameter_not_integer: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'must be an integer'),
  },
  parameter_not_boolean: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'must be true or false'),
  },
  parameter_empty_list: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'must not be empty'),
  },
  parameter_unsupported_items: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (name: string) => fieldProblem(name, 'holds items of an unsupported type'),
  },
  /** Any other break of the parameter's schema; `problem` is the schema's words (`must be at most 100`). */
  parameter_breaks_schema: { status: 400, code: 'bad_request', reason: 'invalid_parameter', message: fieldProblem },
  dates_out_of_order: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: "'dateFrom' must not be after 'dateTo'",
  },

  // Request bodies.
  body_missing: { status: 400, code: 'bad_request', reason: 'invalid_json', message: 'Request body is required' },
  invalid_json: { status: 400, code: 'bad_request', reason: 'invalid_json', message: 'Request body must be valid JSON' },
  body_too_large: {
    status: 400,
    code: 'bad_request',
    reason: 'body_too_large',
    message: (limitBytes: number) => `Request body must not be larger than ${limitBytes} bytes`,
  },
  body_unreadable: { status: 400, code: 'bad_request', reason: 'malformed_request', message: 'Request body could not be read' },
  body_not_object: { status: 400, code: 'bad_request', reason: 'invalid_body', message: 'Request body must be a JSON object' },
  /** Any break of the body's schema; `problem` is the schema's words. */
  body_breaks_schema: { status: 400, code: 'bad_request', reason: 'invalid_body', message: fieldProblem },
  /** A 4xx that Hono itself raised while reading the request. */
  request_rejected: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (detail: string) => detail || 'Bad request',
  },
  email_without_recipients: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "'patientIds' or 'userIds' must hold at least one ID",
  },
  email_scheduled_in_past: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "'scheduledAt' must be in the future",
  },
  email_scheduled_before_created: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "'scheduledAt' must not be before 'createdAt'",
  },

  /** `POST /v3/tasks`: an `assigneeIds` item (`assigneeIds[2]`) naming no provider of the clinic. */
  task_assignee_unknown: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (field: string) => fieldProblem(field, 'must be the ID of a provider of this organization'),
  },

  impression_not_on_note: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (impressionId: number) => fieldProblem('impressionId', `names no impression of this note (${impressionId})`),
  },
  /** api-model A7: impression edits are "ModMed only"; the note the path names was written in another EHR. */
  impression_ehr_not_supported: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_parameter',
    message: (ehrType: string) =>
      fieldProblem('id', `names a note of ehrType '${ehrType}': impressions can be edited on ModMed notes only`),
  },

  // Records and routes.
  record_not_found: {
    status: 404,
    code: 'not_found',
    reason: 'record_not_found',
    message: (resourceName: string) => `${resourceName} not found`,
  },
  route_not_found: { status: 404, code: 'not_found', reason: 'route_not_found', message: ROUTE_NOT_FOUND },
  method_not_allowed: { status: 404, code: 'not_found', reason: 'method_not_allowed', message: ROUTE_NOT_FOUND },

  // Requests Node cannot parse: answered on the socket, before the app sees them.
  malformed_request: { status: 400, code: 'bad_request', reason: 'malformed_request', message: 'Malformed HTTP request' },
  headers_too_large: { status: 431, code: 'bad_request', reason: 'malformed_request', message: 'Request headers are too large' },
  /** 408 with `bad_request`: the public codes copy the real API, which has no timeout code. */
  request_timeout: {
    status: 408,
    code: 'bad_request',
    reason: 'malformed_request',
    message: 'Request timed out: send the headers and body without pausing',
  },
  /** RFC 9110 10.1.1: an expectation the server cannot meet is 417; Node's own 417 has no body. */
  expectation_unsupported: {
    status: 417,
    code: 'bad_request',
    reason: 'malformed_request',
    message: "Only 'Expect: 100-continue' is supported",
  },
  /** RFC 9112 6.1: a transfer coding the server does not understand is 501; only `chunked` is understood. */
  transfer_coding_unsupported: {
    status: 501,
    code: 'bad_request',
    reason: 'malformed_request',
    message: "Only 'Transfer-Encoding: chunked' is supported",
  },

  // Injected faults: the documented body of each status.
  injected_rate_limit: { status: 429, code: 'rate_limit_exceeded', reason: 'injected_fault', message: rateLimited },
  injected_server_error: { status: 500, code: 'internal_error', reason: 'injected_fault', message: INTERNAL_ERROR },
  injected_outage: {
    status: 503,
    code: 'service_unavailable',
    reason: 'injected_fault',
    message: 'The service is temporarily unavailable. Retry the request later.',
  },

  unexpected_error: { status: 500, code: 'internal_error', reason: 'unexpected_error', message: INTERNAL_ERROR },

  // Sign in with Max AI: the token endpoint (RFC 6749 5.2 bodies) and the authorize page.
  oauth_invalid_request: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_invalid_request',
    oauthError: 'invalid_request',
    message: (detail: string) => detail,
  },
  oauth_unsupported_grant_type: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_unsupported_grant_type',
    oauthError: 'unsupported_grant_type',
    message: "'grant_type' must be authorization_code",
  },
  oauth_code_unknown: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_code_unknown',
    oauthError: 'invalid_grant',
    message: 'The authorization code is invalid',
  },
  oauth_code_expired: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_code_expired',
    oauthError: 'invalid_grant',
    message: 'The authorization code has expired',
  },
  oauth_code_reused: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_code_reused',
    oauthError: 'invalid_grant',
    message: 'The authorization code has already been used',
  },
  oauth_code_other_client: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_code_other_client',
    oauthError: 'invalid_grant',
    message: 'The authorization code was issued to another client',
  },
  oauth_redirect_uri_mismatch: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_redirect_uri_mismatch',
    oauthError: 'invalid_grant',
    message: "'redirect_uri' does not match the authorization request",
  },
  oauth_unknown_client: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_unknown_client',
    message: (clientId: string) => `No app has the client_id '${clientId}'`,
  },
  oauth_redirect_uri_not_registered: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_redirect_uri_not_registered',
    message: (detail: string) => detail,
  },
  oauth_invalid_authorize_request: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_invalid_authorize_request',
    message: (detail: string) => detail,
  },
  oauth_form_token_invalid: {
    status: 403,
    code: 'forbidden',
    reason: 'oauth_form_token_invalid',
    message:
      'This sign-in page has expired or was already used, or the form was sent from another site. Start the sign-in again from the app.',
  },
  oauth_consent_invalid: {
    status: 400,
    code: 'bad_request',
    reason: 'oauth_consent_invalid',
    message: (detail: string) => detail,
  },

  // The admin API (/_sandbox).
  admin_token_required: {
    status: 401,
    code: 'unauthorized',
    reason: 'admin_token_required',
    message: "A valid 'X-Sandbox-Admin-Token' header is required",
  },
  /**
   * Local-server hygiene (README "Security"): a name not listed could be a DNS-rebinding page's.
   * 403 as Vite answers it; the message names no host, so nothing the request sent is echoed.
   */
  host_not_allowed: {
    status: 403,
    code: 'forbidden',
    reason: 'host_not_allowed',
    message:
      "This host name is not allowed: reach the sandbox by localhost or an IP address, or list the name with '--allowed-hosts'",
  },
  /** A page of another origin (another localhost port too) must not drive the admin API. */
  cross_site_request: {
    status: 403,
    code: 'forbidden',
    reason: 'cross_site_request',
    message: "/_sandbox refuses requests from another origin: list the origin with '--cors' to allow it",
  },
  /** 415 with `bad_request`: the public codes copy the real API. A JSON type is what makes a browser preflight. */
  unsupported_media_type: {
    status: 415,
    code: 'bad_request',
    reason: 'unsupported_media_type',
    message: "A /_sandbox request body must be JSON, sent with 'Content-Type: application/json'",
  },
  admin_resource_not_found: {
    status: 404,
    code: 'not_found',
    reason: 'admin_resource_not_found',
    message: (kind: string, id: string) => `${kind} '${id}' not found`,
  },
  /** 400, not 409: the refusal is permanent for that id (a fixture clinic never becomes deletable), and the public codes copy the real API, which has no `conflict`. */
  organization_not_throwaway: {
    status: 400,
    code: 'bad_request',
    reason: 'organization_not_throwaway',
    message: (id: string) =>
      `Organization '${id}' is a fixture clinic: only clinics made by POST /_sandbox/organizations can be deleted`,
  },
  /** 400, like deleting a fixture clinic: the refusal stands until the records pointing at it change. */
  record_referenced: {
    status: 400,
    code: 'bad_request',
    reason: 'record_referenced',
    message: (label: string, id: string, users: string) =>
      `${label} '${id}' is referenced by ${users}: delete or change those first (deletes never cascade)`,
  },
  record_reference_missing: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (field: string, label: string, id: string) => `'${field}' names no ${label} of this clinic: '${id}'`,
  },
  record_reference_unavailable: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (field: string, plural: string) => `'${field}' is required: this clinic has no ${plural} to pick one from`,
  },
  record_id_taken: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (label: string, id: string) => `'id' '${id}' is already a ${label} of this clinic`,
  },
  record_id_changed: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "'id' cannot change: it names the record",
  },
  record_counts_over_budget: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (weight: number, budget: number) =>
      `'recordCounts' would make about ${Math.ceil(weight)} records (patients + providers + facilities + staffUsers + 4 x patients x appointmentsPerPatient + 165 x facilities + 16): a clinic may have at most ${budget}, the records the sandbox holds at once`,
  },
  clock_move_ambiguous: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "Give exactly one of 'advanceSeconds' and 'now'",
  },
  clock_out_of_range: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (field: string) =>
      fieldProblem(
        field,
        `would move the clock out of its range: it runs from ${new Date(CLOCK_EARLIEST_MS).toISOString()} to ${new Date(CLOCK_LATEST_MS).toISOString()}`,
      ),
  },
  fault_without_effect: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "A fault needs at least one of 'status', 'delayMs' or 'abort'",
  },
  fault_abort_with_status: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: "'abort' drops the connection: it cannot also answer a 'status'",
  },
  // A fault that could never fire would be accepted and silently do nothing: a typo, or a template.
  fault_path_unmatchable: {
    status: 400,
    code: 'bad_request',
    reason: 'invalid_body',
    message: (path: string) =>
      fieldProblem(
        'match.path',
        `'${path}' matches no path of the API: give a request path as sent, exact ` +
          "('/v3/patients/pat_...') or a prefix ending in '*' ('/v3/patients*', '/v3/patients/*'); " +
          "'{id}' is not a wildcard",
      ),
  },
} as const satisfies Record<string, ErrorEntry>;

/**
 * Why one recipient of `POST /v3/emails/send` got no email: the `errors` of its 200, not an error
 * response. `Patient has no email address on file` is documented (api-model A7); the rest follow it.
 */
export const RECIPIENT_ERRORS = {
  patient: { notFound: 'Patient not found', noEmail: 'Patient has no email address on file' },
  user: { notFound: 'User not found', noEmail: 'User has no email address on file' },
} as const;

/** Names an `X-Sandbox-Warning` lists in full; the rest are counted, so the header stays small. */
const WARNING_NAMES_SHOWN = 10;
/** Characters of a name shown; a longer one is cut and ends in `...`. */
const WARNING_NAME_LENGTH = 64;
/** What a header value cannot hold (anything but printable ASCII), and the quote around names. */
const NOT_SHOWN_AS_IS = /[^\x20-\x26\x28-\x7e]/gu;
const utf8 = new TextEncoder();

/**
 * The `X-Sandbox-Warning` text for query parameters the operation does not define:
 * `unknown query parameter 'statuses[]'`, `unknown query parameters 'pagesize', 'foo'`, and past
 * ten names `..., 'j' and 3 more`. Names are shown decoded; a character a header cannot hold, or
 * a quote, is percent-encoded (UTF-8), so the header is ASCII and each name reads back plainly.
 */
export function unknownQueryParametersWarning(names: readonly string[]): string {
  const shown = names.slice(0, WARNING_NAMES_SHOWN).map(quoteName).join(', ');
  const more = names.length > WARNING_NAMES_SHOWN ? ` and ${names.length - WARNING_NAMES_SHOWN} more` : '';
  return `unknown query parameter${names.length === 1 ? '' : 's'} ${shown}${more}`;
}

function quoteName(name: string): string {
  const characters = [...name];
  const cut = characters.length > WARNING_NAME_LENGTH ? `${characters.slice(0, WARNING_NAME_LENGTH).join('')}...` : name;
  return `'${cut.replace(NOT_SHOWN_AS_IS, percentEncode)}'`;
}

function percentEncode(character: string): string {
  let encoded = '';
  for (const byte of utf8.encode(character)) encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return encoded;
}

/** The internal name of an error: a key of ERRORS. */
export type ErrorName = keyof typeof ERRORS;

/** What an error's message needs from the request (none for a fixed message). */
export type MessageDetails<N extends ErrorName> = (typeof ERRORS)[N]['message'] extends (...details: infer D) => string ? D : [];

/** The public message of error `name` with these details. */
export function errorMessage<N extends ErrorName>(name: N, ...details: MessageDetails<N>): string {
  const message: ErrorEntry['message'] = ERRORS[name].message;
  return typeof message === 'string' ? message : (message as (...details: MessageDetails<N>) => string)(...details);
}

/**
 * What each `X-Sandbox-Reason` means, as the document and the README say it (a test keeps both in
 * step). A record over the document's enum: a documented reason without a meaning does not compile.
 */
export const REASON_MEANINGS: Record<SandboxReason, string> = {
  missing_authorization: 'No `Authorization` header, or an empty one.',
  malformed_authorization:
    'Not `Bearer <token>` (another scheme, no token, spaces, over 512 characters), or a Max AI prefix followed by something that cannot be a key.',
  unknown_key_prefix: "A token that is no Max AI key at all (another vendor's key, a JWT).",
  wrong_environment: "A key of the other environment's prefix (`max_dev_ak_` on a production sandbox, or the reverse).",
  unknown_key: 'A well-formed key this sandbox does not hold, or a rotated-out secret past its grace period.',
  revoked_key: 'A revoked key.',
  expired_key: 'A key past its `expiresAt` (on the virtual clock).',
  key_not_yet_valid: 'A key before its `notBefore` (on the virtual clock).',
  rate_limited: "The app's sliding window is full.",
  missing_organization_id: 'No `X-Organization-Id`.',
  invalid_organization_id: 'An `X-Organization-Id` that is neither a UUID nor `org_` and 32 hex digits.',
  account_key_on_data_endpoint: 'An Account API key on a data endpoint.',
  unknown_organization: 'No such clinic (404 with `--not-installed-status 404`).',
  app_not_installed: "The clinic has not installed the key's app (404 with `--not-installed-status 404`).",
  insufficient_scope: "The effective scopes lack the operation's scope.",
  invalid_parameter: 'A path or query parameter breaks its schema.',
  invalid_body: 'The body breaks its schema.',
  invalid_json: 'The body is empty where one is required, or not JSON.',
  body_too_large: 'The body is over 1 MiB.',
  record_not_found: 'No such record in this clinic.',
  route_not_found: 'No such path.',
  method_not_allowed: 'A known path with a method it does not serve.',
  malformed_request:
    '400 for an HTTP request that cannot be parsed (a backslash in the path, a bad, repeated or, in HTTP/1.1, missing `Host`); 431 for headers over 64 KiB; 408 when its headers or body do not arrive in time; 417 for an `Expect` other than `100-continue`; 501 for a `Transfer-Encoding` other than `chunked`.',
  injected_fault: 'An injected fault answered (429, 500, 503) or dropped the connection.',
  oauth_invalid_request:
    '`POST /v3/oauth/token`: a body that is not a JSON object of strings, or lacks `grant_type`, `code` or `redirect_uri` (RFC 6749 `invalid_request`).',
  oauth_unsupported_grant_type: '`POST /v3/oauth/token`: a `grant_type` other than `authorization_code`.',
  oauth_code_unknown: '`POST /v3/oauth/token`: a `code` this sandbox never issued, or one dropped by a reset (`invalid_grant`).',
  oauth_code_expired: '`POST /v3/oauth/token`: a `code` past its lifetime (60 s on the virtual clock; `invalid_grant`).',
  oauth_code_reused: '`POST /v3/oauth/token`: a `code` already exchanged once (`invalid_grant`).',
  oauth_code_other_client: "`POST /v3/oauth/token`: a `code` issued to another app than the key's (`invalid_grant`).",
  oauth_redirect_uri_mismatch:
    '`POST /v3/oauth/token`: a `redirect_uri` other than the one of the authorization request (`invalid_grant`).',
  oauth_unknown_client: '`/oauth/authorize`: a `client_id` that is no app slug (an error page, never a redirect).',
  oauth_redirect_uri_not_registered:
    '`/oauth/authorize`: a `redirect_uri` missing, malformed, with a fragment, or not registered by the app (an error page, never a redirect).',
  oauth_invalid_authorize_request:
    '`/oauth/authorize`: a parameter missing, repeated or over 2048 characters, an unsupported `response_type`, or a consent form over 64 KiB (an error page).',
  oauth_form_token_invalid:
    '`/oauth/authorize`: a consent form sent with an unknown, expired or used form token, or from another site (CSRF).',
  oauth_consent_invalid:
    '`/oauth/authorize` and `POST /_sandbox/oauth/consent`: an unknown user, no organization chosen, or one the user is not staff of or that has not installed the app.',
  admin_token_required: '`/_sandbox`: the admin token is missing or wrong.',
  host_not_allowed:
    "A `Host` that is neither a loopback name, a `*.internal` name, an IP address, a name without a dot, the machine's own name nor one listed with `--allowed-hosts` (DNS rebinding).",
  cross_site_request:
    '`/_sandbox`: a request from a browser page of another origin (`Origin`, `Sec-Fetch-Site`), another localhost port included, unless `--cors` names that origin.',
  unsupported_media_type: '`/_sandbox`: a request body without a JSON `Content-Type`.',
  admin_resource_not_found: '`/_sandbox`: an unknown id.',
  organization_not_throwaway:
    '`/_sandbox`: `DELETE /_sandbox/organizations/{id}` of a fixture clinic; only throwaway clinics can be deleted.',
  record_referenced: '`/_sandbox`: deleting a record that other records point at; deletes never cascade.',
  unexpected_error: 'A bug in the sandbox: please report it.',
};

/** Every `X-Sandbox-Reason` value, in the document's order. */
export const SANDBOX_REASONS = Object.keys(REASON_MEANINGS) as SandboxReason[];
