import type { SandboxReason } from '../contract/reasons.js';
import { deref } from '../openapi/deref.js';
import type { OpenApiDocument } from '../openapi/load-spec.js';
import type { Operation } from '../openapi/operations.js';

/** What a 200 of a list says about its page, which the request flow reads off the body. */
export const LIST_PAGE = { items: 0, empty: 1, pastEnd: 2 } as const;
export type ListPage = (typeof LIST_PAGE)[keyof typeof LIST_PAGE];

/** How an operation answers a list: with `pagination`, as a bare array, or it answers no list. */
export type ListShape = 'paginated' | 'array' | null;

/** One documented outcome an operation can produce: `401:revoked_key`, `200:empty_list`, `0:injected_fault`. */
export interface OutcomeSpec {
  /** `<status>` or `<status>:<reason>`: what `--require` and the report name it by. */
  id: string;
  /** The HTTP status; 0 for a connection an injected fault dropped (as the journal records it). */
  status: number;
  /** The `X-Sandbox-Reason`, or what the 200 was (`empty_list`, `page_past_end`); null for a plain 200. */
  reason: SandboxReason | 'empty_list' | 'page_past_end' | null;
}

/** The traits of an operation that decide which outcomes it can produce, each read from the document. */
export interface OperationTraits {
  /** The statuses its `responses` list. */
  responses: ReadonlySet<number>;
  /** Whether its security requirement names `organizationId` (every `/v3` operation does). */
  needsOrganization: boolean;
  list: ListShape;
}

/** Outcome names, each an index into the counters; `other` counts anything not listed (e.g. `body_too_large`). */
const UNAUTHORIZED: SandboxReason[] = [
  'missing_authorization',
  'malformed_authorization',
  'unknown_key_prefix',
  'wrong_environment',
  'unknown_key',
  'revoked_key',
  'expired_key',
  'key_not_yet_valid',
];

/**
 * Which outcomes apply to which operation, and the index of each in a bucket of counters
 * (operation x outcome). Derived from the document alone, so an operation added to it is covered
 * without a line here: a scope gives `insufficient_scope`, a path parameter `record_not_found`, a
 * body `invalid_body` and `invalid_json`, a `page` parameter with `pagination` in its 200 the page
 * past the end, and each error outcome applies only where the operation's `responses` list its status.
 */
export class CoveragePlan {
  /** Every outcome counted, in report order; the last slot of a row is `other`. */
  readonly outcomes: readonly OutcomeSpec[];
  /** Row width: the outcomes plus `other`. */
  readonly width: number;
  readonly other: number;
  readonly success: number;
  readonly emptyList: number;
  readonly pagePastEnd: number;
  readonly dropped: number;
  /** Per operation (the order of `operations`), whether each outcome applies. */
  readonly applicable: readonly (readonly boolean[])[];
  readonly traits: readonly OperationTraits[];
  readonly #byReason = new Map<string, number>();
  readonly #injected = new Map<number, number>();

  constructor(
    readonly operations: readonly Operation[],
    document: OpenApiDocument,
    notInstalledStatus: number,
  ) {
    const outcomes: OutcomeSpec[] = [];
    const add = (status: number, reason: OutcomeSpec['reason']): number => {
      outcomes.push({ id: reason === null ? String(status) : `${status}:${reason}`, status, reason });
      return outcomes.length - 1;
    };
    this.success = add(200, null);
    this.emptyList = add(200, 'empty_list');
    this.pagePastEnd = add(200, 'page_past_end');
    const errors: [number, SandboxReason][] = [
      ...UNAUTHORIZED.map((reason): [number, SandboxReason] => [401, reason]),
      [400, 'missing_organization_id'],
      [400, 'invalid_organization_id'],
      [notInstalledStatus, 'app_not_installed'],
      [notInstalledStatus, 'unknown_organization'],
      [403, 'insufficient_scope'],
      [400, 'invalid_parameter'],
      [400, 'invalid_body'],
      [400, 'invalid_json'],
      [404, 'record_not_found'],
      [429, 'rate_limited'],
    ];
    for (const [status, reason] of errors) this.#byReason.set(reason, add(status, reason));
    for (const status of [429, 500, 503]) this.#injected.set(status, add(status, 'injected_fault'));
    this.dropped = add(0, 'injected_fault');
    this.outcomes = outcomes;
    this.other = outcomes.length;
    this.width = outcomes.length + 1;
    this.traits = operations.map((operation) => readTraits(document, operation));
    this.applicable = operations.map((operation, index) =>
      outcomes.map((outcome) => applies(outcome, operation, this.traits[index]!)),
    );
  }

  /** The index of an answer's outcome in a row: O(1), allocation-free (one map look-up on errors only). */
  outcomeOf(status: number, reason: string | undefined, listPage: ListPage | undefined): number {
    if (status === 0) return this.dropped;
    if (reason === undefined) {
      if (status < 200 || status > 299) return this.other;
      if (listPage === LIST_PAGE.empty) return this.emptyList;
      if (listPage === LIST_PAGE.pastEnd) return this.pagePastEnd;
      return this.success;
    }
    if (reason === 'injected_fault') return this.#injected.get(status) ?? this.other;
    const index = this.#byReason.get(reason);
    // A reason shared by statuses (not installed as 403 or 404) counts only with the one configured.
    return index !== undefined && this.outcomes[index]!.status === status ? index : this.other;
  }

  /** Whether an outcome means the request was answered with the operation's data (its scope was used). */
  isSuccess(outcome: number): boolean {
    return outcome === this.success || outcome === this.emptyList || outcome === this.pagePastEnd;
  }
}

/** Whether `outcome` is one `operation` can produce, by the document. */
function applies(outcome: OutcomeSpec, operation: Operation, traits: OperationTraits): boolean {
  const listed = outcome.status === 0 || traits.responses.has(outcome.status);
  if (!listed) return false;
  const pathParameter = operation.parameters.some((parameter) => parameter.in === 'path');
  switch (outcome.reason) {
    case 'empty_list':
      return traits.list !== null;
    case 'page_past_end':
      return traits.list === 'paginated' && operation.parameters.some((p) => p.in === 'query' && p.name === 'page');
    case 'missing_organization_id':
    case 'invalid_organization_id':
    case 'app_not_installed':
    case 'unknown_organization':
      return traits.needsOrganization;
    case 'insufficient_scope':
      return operation.scope !== null;
    case 'invalid_parameter':
      return operation.parameters.length > 0;
    case 'invalid_body':
    case 'invalid_json':
      return operation.bodySchema !== null;
    case 'record_not_found':
      return pathParameter;
    default:
      return true;
  }
}

interface RawOperation {
  security?: Record<string, unknown>[];
  responses?: Record<string, unknown>;
}

/** Reads the traits of one operation out of the document. */
function readTraits(document: OpenApiDocument, operation: Operation): OperationTraits {
  const pathItem = (document.paths as Record<string, Record<string, unknown>> | undefined)?.[operation.path] ?? {};
  const raw = (pathItem[operation.method.toLowerCase()] ?? {}) as RawOperation;
  const responses = new Set(
    Object.keys(raw.responses ?? {})
      .map(Number)
      .filter(Number.isInteger),
  );
  const needsOrganization = (raw.security ?? []).some((requirement) => 'organizationId' in requirement);
  return { responses, needsOrganization, list: listShape(document, raw.responses?.['200']) };
}

/** `paginated` when the 200's `data` has `pagination`, `array` when `data` is an array, else null. */
function listShape(document: OpenApiDocument, response: unknown): ListShape {
  if (response === undefined) return null;
  const resolved = deref(response, document) as {
    content?: { 'application/json'?: { schema?: { properties?: { data?: { type?: string; properties?: object } } } } };
  };
  const data = resolved.content?.['application/json']?.schema?.properties?.data;
  if (data?.type === 'array') return 'array';
  if (data?.properties !== undefined && 'pagination' in data.properties) return 'paginated';
  return null;
}
