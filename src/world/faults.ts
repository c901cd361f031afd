import { organizationKey } from '../contract/ids.js';
import type { FaultMatch, InjectFaultInput, SandboxFault } from '../contract/schemas.js';
import type { Operation } from '../openapi/operations.js';
import { pathMatches } from './request-paths.js';

/** What a matching request is: method, path, and whom it names (key id, organization id). */
export interface FaultSubject {
  method: string;
  path: string;
  keyId: string | null;
  organizationId: string | null;
}

interface Fault extends SandboxFault {}

/**
 * Injected faults: for requests that match, an error body, a delay or a dropped connection, for
 * the next N matches or until removed. Checked in the order they were added; the first wins.
 */
export class FaultSet {
  #faults: Fault[] = [];
  #sequence = 0;

  get isEmpty(): boolean {
    return this.#faults.length === 0;
  }

  add(input: InjectFaultInput): SandboxFault {
    this.#sequence += 1;
    const fault: Fault = {
      id: `flt_${this.#sequence}`,
      match: { ...input.match },
      status: input.status ?? null,
      delayMs: input.delayMs ?? 0,
      abort: input.abort ?? false,
      retryAfterSeconds: input.retryAfterSeconds ?? 1,
      remaining: input.times ?? null,
      hits: 0,
    };
    this.#faults.push(fault);
    return { ...fault, match: { ...fault.match } };
  }

  list(): SandboxFault[] {
    return this.#faults.map((fault) => ({ ...fault, match: { ...fault.match } }));
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length !== before;
  }

  clear(): void {
    this.#faults = [];
  }

  /** Reset also restarts the ids, so a test's fault ids repeat run after run. */
  reset(): void {
    this.#faults = [];
    this.#sequence = 0;
  }

  /** The first fault matching `subject`, counted as used (and dropped once its times run out). */
  take(subject: FaultSubject): SandboxFault | undefined {
    const fault = this.#faults.find((candidate) => matches(candidate.match, subject));
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
    return { ...fault, match: { ...fault.match } };
  }
}

function matches(match: FaultMatch, subject: FaultSubject): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== subject.method) return false;
  if (match.keyId !== undefined && match.keyId !== subject.keyId) return false;
  if (match.organizationId !== undefined && organizationKey(match.organizationId) !== subject.organizationId) return false;
  return match.path === undefined || pathMatches(match.path, subject.path);
}

/**
 * Whether a fault's path pattern can match a request of one of `operations` (the `/v3` operations
 * of the document): a pattern that cannot would be accepted and never fire, which a test reads as
 * "no fault" rather than as its typo. Patterns are request paths, exact or a prefix ending in `*`;
 * a path segment `{id}` of the document stands for any one segment of a request.
 */
export function faultPathCanMatch(pattern: string, operations: readonly Pick<Operation, 'path'>[]): boolean {
  // `{id}` in a pattern is literal, and no request path the sandbox routes holds a brace.
  if (/[{}]/.test(pattern)) return false;
  const prefix = pattern.endsWith('*');
  const wanted = (prefix ? pattern.slice(0, -1) : pattern).split('/');
  return operations.some(({ path }) => {
    const template = path.split('/');
    if (prefix ? wanted.length > template.length : wanted.length !== template.length) return false;
    return wanted.every((segment, index) => {
      const part = template[index]!;
      const parameter = part.startsWith('{');
      // The last segment of a prefix may stop inside a template segment (`/v3/pat*`).
      if (prefix && index === wanted.length - 1) return parameter || part.startsWith(segment);
      return parameter ? segment !== '' : segment === part;
    });
  });
}
