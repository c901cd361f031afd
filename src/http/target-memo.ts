import type { ParamValues } from '../openapi/param-validator.js';

/** What one request target's query holds, once read: its validated parameters and the warning about the rest. */
export interface ReadTarget {
  params: ParamValues;
  warning: string | undefined;
}

/**
 * The validated parameters of request targets already seen, per `/v3` operation: they depend on
 * the target alone, so they are kept across resets. Bounded by an estimate of its size over
 * every operation together: a target is counted twice (the key, and the parameter values decoded
 * from it) with its warning and a fixed overhead; past the budget everything is forgotten at once,
 * which costs a validation per target, not a wrong answer. Targets over `maxTargetLength` are
 * never kept.
 *
 * Why it exists: reading and validating a query again (`c.req.queries()`, the compiled validator,
 * the unknown-parameter check) cost 6 µs more per request in-process (+13 % CPU, bench/ab-inprocess.mjs,
 * the `default` mix, every body from the response cache), which wrk end-to-end saw as CPU per
 * request 30 -> 59 µs (bench/ab.mjs, noisy).
 */
export class TargetMemo {
  /** Its budget, in UTF-16 code units. */
  static readonly MAX_BYTES = 4 * 1024 * 1024;
  /**
   * Longer targets are validated every time rather than remembered: a client's real requests are
   * a few hundred characters, and a long one is rarely sent twice.
   */
  static readonly MAX_TARGET_LENGTH = 2 * 1024;
  /** What a remembered target costs besides its strings: map slot, entry and parameters objects. */
  static readonly ENTRY_OVERHEAD = 256;

  readonly #byOperation = new Map<string, Map<string, ReadTarget>>();
  #bytes = 0;

  constructor(
    readonly maxBytes: number = TargetMemo.MAX_BYTES,
    readonly maxTargetLength: number = TargetMemo.MAX_TARGET_LENGTH,
  ) {}

  /** The estimated size of what it holds, in UTF-16 code units: at most `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * One operation's remembered targets, to read on every request: a hit is one map lookup. The
   * same map for the memo's whole life, emptied in place when the budget is passed.
   */
  of(operationId: string): ReadonlyMap<string, ReadTarget> {
    let targets = this.#byOperation.get(operationId);
    if (targets === undefined) {
      targets = new Map();
      this.#byOperation.set(operationId, targets);
    }
    return targets;
  }

  remember(operationId: string, target: string, read: ReadTarget): void {
    if (target.length > this.maxTargetLength) return;
    const size = TargetMemo.ENTRY_OVERHEAD + 2 * target.length + (read.warning?.length ?? 0);
    if (this.#bytes + size > this.maxBytes) this.clear();
    const targets = this.of(operationId) as Map<string, ReadTarget>;
    if (targets.has(target)) return;
    targets.set(target, read);
    this.#bytes += size;
  }

  clear(): void {
    for (const targets of this.#byOperation.values()) targets.clear();
    this.#bytes = 0;
  }
}
