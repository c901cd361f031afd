import type { Sandbox } from '../world/sandbox.js';
import { ResponseCache } from './response-cache.js';
import { TargetMemo } from './target-memo.js';

/**
 * What the request flow remembers between requests, each bounded inside its own class: GET bodies
 * (dropped whenever the world's records change or it is reset) and validated parameters per
 * request target (they depend on the target alone, so they outlive a reset). They belong to the
 * HTTP app that fills them, not to the world it reads.
 */
export class HttpCaches {
  readonly responses = new ResponseCache();
  readonly params = new TargetMemo();

  /** Drops the GET bodies whenever `sandbox`'s records change: a body answered from the old records must not be answered again. */
  watch(sandbox: Sandbox): this {
    sandbox.changes.subscribe(() => this.responses.clear());
    return this;
  }
}
