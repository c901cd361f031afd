import type { CaseNeed, ConformanceCase, Expectation } from './cases.js';

export interface RunOptions {
  /** `http://127.0.0.1:6290` or a real deployment; a path prefix is kept. */
  baseUrl: string;
  /** Per request: a server that never answers fails its case instead of hanging the run. */
  timeoutMs: number;
  /** Requests in flight at once: small, so a real deployment's rate limit is not what is tested. */
  concurrency: number;
}

export interface CaseResult {
  case: ConformanceCase;
  outcome: 'pass' | 'fail' | 'skip';
  /** What came back, in one line: `404 not_found "Patient not found"`. */
  got: string;
  /** For a failure, each way the answer broke the expectation; for a skip, why. */
  notes: string[];
}

interface Answer {
  status: number;
  text: string;
}

const ERROR_KEYS = ['code', 'message', 'trace_id'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SHOWN = 120;

const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text);

/** Sends every case, a few at a time, and judges each answer; the results keep the cases' order. */
export async function runCases(cases: readonly ConformanceCase[], options: RunOptions): Promise<CaseResult[]> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const send = async (
    method: string,
    path: string,
    query: Record<string, string>,
    headers: Record<string, string>,
    body?: string,
  ) => {
    const search = new URLSearchParams(query).toString();
    const response = await fetch(`${base}${path}${search ? `?${search}` : ''}`, {
      method,
      headers,
      body,
      // A redirect is an answer of its own; following it would test another URL.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return { status: response.status, text: await response.text() } satisfies Answer;
  };
  // Each fact is asked once however many cases need it, and shared by the cases in flight.
  const facts = new Map<string, Promise<Fact>>();
  const learn = (need: CaseNeed, item: ConformanceCase): Promise<Fact> => {
    const authorization = item.request.headers.Authorization ?? '';
    const organizationId = need.kind === 'foreign-id' ? need.organizationId : (item.request.headers['X-Organization-Id'] ?? '');
    const headers = { Authorization: authorization, 'X-Organization-Id': organizationId };
    const key = [need.kind, need.kind === 'foreign-id' ? need.listPath : '', authorization, organizationId].join(' ');
    let fact = facts.get(key);
    if (!fact) {
      fact =
        need.kind === 'foreign-id' ? findRecord(send, need.listPath, need.listField, headers) : effectiveScopes(send, headers);
      facts.set(key, fact);
    }
    return fact;
  };
  const skip = (item: ConformanceCase, why: string): CaseResult => ({ case: item, outcome: 'skip', got: '-', notes: [why] });

  const runOne = async (item: ConformanceCase): Promise<CaseResult> => {
    let path = item.request.path;
    if (item.needs) {
      const fact = await learn(item.needs, item);
      if ('skip' in fact) return skip(item, fact.skip);
      if ('id' in fact) path = path.replace('{id}', encodeURIComponent(fact.id));
      if (item.needs.kind === 'scope-absent' && 'scopes' in fact && fact.scopes?.includes(item.needs.scope)) {
        return skip(item, `the restricted key holds ${item.needs.scope} here`);
      }
    }
    const query = { ...item.request.query };
    for (const [name, listing] of Object.entries(item.request.fill ?? {})) {
      const fact = await learn(
        { kind: 'foreign-id', organizationId: item.request.headers['X-Organization-Id'] ?? '', ...listing },
        item,
      );
      if (!('id' in fact)) return skip(item, 'skip' in fact ? fact.skip : `no ${name} to send`);
      // A case that sets the parameter itself (a bad value) keeps its own.
      query[name] ??= fact.id;
    }
    let answer: Answer;
    try {
      answer = await send(item.request.method, path, query, item.request.headers, item.request.body);
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${options.timeoutMs} ms` : (error as Error).message;
      return { case: item, outcome: 'fail', got: 'no answer', notes: [reason] };
    }
    const { got, differences } = judge(item.expected, answer);
    return { case: item, outcome: differences.length === 0 ? 'pass' : 'fail', got, notes: differences };
  };

  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      results[index] = await runOne(cases[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, cases.length)) }, worker));
  return results;
}

/** What a case's need came to: a record's id, the key's scopes (null: not told), or why it cannot run. */
type Fact = { id: string } | { scopes: string[] | null } | { skip: string };

type Send = (method: string, path: string, query: Record<string, string>, headers: Record<string, string>) => Promise<Answer>;

/** The id of the first record the listing shows at that clinic, or why there is none to use. */
async function findRecord(send: Send, listPath: string, listField: string, headers: Record<string, string>): Promise<Fact> {
  const where = `listing ${listPath} at ${headers['X-Organization-Id']}`;
  try {
    const answer = await send('GET', listPath, { pageSize: '1' }, headers);
    if (answer.status !== 200) return { skip: `${where} answered ${answer.status}` };
    const id = (JSON.parse(answer.text) as { data?: Record<string, Array<{ id?: unknown }>> }).data?.[listField]?.[0]?.id;
    return typeof id === 'string' ? { id } : { skip: `${where} showed no record` };
  } catch (error) {
    return { skip: `${where} failed: ${(error as Error).message}` };
  }
}

/**
 * The scopes the document says `/v3/marketplace/me` reports for the key at the clinic; when it
 * does not answer them, null, and the scope cases run as if the key held none.
 */
async function effectiveScopes(send: Send, headers: Record<string, string>): Promise<Fact> {
  try {
    const answer = await send('GET', '/v3/marketplace/me', {}, headers);
    if (answer.status !== 200) return { scopes: null };
    const scopes = (JSON.parse(answer.text) as { data?: { scopes?: unknown } }).data?.scopes;
    return { scopes: Array.isArray(scopes) ? scopes.map(String) : null };
  } catch {
    return { scopes: null };
  }
}

/** Compares an answer with the expectation: what came back, and each way it differs. */
export function judge(expected: Expectation, answer: Answer): { got: string; differences: string[] } {
  const differences: string[] = [];
  if (answer.status !== expected.status) differences.push(`status: expected ${expected.status}, got ${answer.status}`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    differences.push(`body: expected JSON, got ${JSON.stringify(shorten(answer.text))}`);
    return { got: `${answer.status} (not JSON)`, differences };
  }
  const record = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  const shown = record && typeof record.code === 'string' ? ` ${record.code}` : '';
  const message = record && typeof record.message === 'string' ? ` "${record.message}"` : '';
  const got = `${answer.status}${shown}${expected.code ? message : ''}`;
  if (expected.oauthError !== undefined) {
    const oauthKeys = record ? Object.keys(record).sort().join(',') : '';
    if (oauthKeys !== 'error,error_description' || typeof record?.error_description !== 'string') {
      differences.push(`body: expected exactly {error, error_description} as strings, got ${shorten(answer.text)}`);
    }
    if (record?.error !== expected.oauthError) {
      differences.push(`error: expected ${expected.oauthError}, got ${JSON.stringify(record?.error)}`);
    }
    return { got: `${answer.status} ${String(record?.error)}`, differences };
  }
  if (expected.code === undefined) {
    if (!record) differences.push('body: expected a JSON object');
    return { got, differences };
  }
  const keys = record ? Object.keys(record).sort() : [];
  if (!record || keys.join(',') !== ERROR_KEYS.join(',') || !ERROR_KEYS.every((key) => typeof record[key] === 'string')) {
    differences.push(`body: expected exactly {code, message, trace_id} as strings, got ${shorten(answer.text)}`);
  }
  if (!record) return { got, differences };
  if (record.code !== expected.code) differences.push(`code: expected ${expected.code}, got ${JSON.stringify(record.code)}`);
  if (typeof record.trace_id === 'string' && !UUID.test(record.trace_id)) {
    differences.push(`trace_id: expected a UUID, got ${JSON.stringify(record.trace_id)}`);
  }
  const text = typeof record.message === 'string' ? record.message : '';
  if (expected.message && 'equals' in expected.message && text !== expected.message.equals) {
    differences.push(`message: expected "${expected.message.equals}", got ${JSON.stringify(record.message)}`);
  }
  if (expected.message && 'names' in expected.message && !new RegExp(`\\b${expected.message.names}\\b`).test(text)) {
    differences.push(`message: expected to name '${expected.message.names}', got ${JSON.stringify(record.message)}`);
  }
  return { got, differences };
}
