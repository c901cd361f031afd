/**
 * Serialised GET response bodies, bounded by their total size. Clinic records never change once
 * generated, so a body answered once can be answered again; what it depends on besides the
 * request target (app, clinic, effective scopes) is the `signature`. Two levels of maps so a hit
 * builds no key string; when the budget is reached the cache starts over, which keeps it simple
 * and is rare: a test suite reads a few hundred distinct pages.
 */
export class ResponseCache {
  readonly #bySignature = new Map<string, Map<string, string>>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(signature: string, target: string): string | undefined {
    return this.#bySignature.get(signature)?.get(target);
  }

  set(signature: string, target: string, body: string): void {
    const size = body.length + target.length;
    if (size > this.maxBytes) return;
    if (this.#bytes + size > this.maxBytes) this.clear();
    let bodies = this.#bySignature.get(signature);
    if (!bodies) {
      bodies = new Map();
      this.#bySignature.set(signature, bodies);
    }
    const previous = bodies.get(target);
    if (previous !== undefined) this.#bytes -= previous.length + target.length;
    bodies.set(target, body);
    this.#bytes += size;
  }

  /** How many bodies it holds. */
  get size(): number {
    let count = 0;
    for (const bodies of this.#bySignature.values()) count += bodies.size;
    return count;
  }

  clear(): void {
    this.#bySignature.clear();
    this.#bytes = 0;
  }
}
