/**
 * Cache of serialised response bodies, bounded by their total size, oldest evicted first (a hit
 * does not reorder: that would cost two Map writes on the hot path). Clinic records never change
 * once generated, so a GET answered once can be answered again from here; whatever the body
 * depends on (app, clinic, effective scopes, path and query) is in the key.
 */
export class ResponseCache {
  readonly #entries = new Map<string, string>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): string | undefined {
    return this.#entries.get(key);
  }

  set(key: string, body: string): void {
    const size = body.length + key.length;
    if (size > this.maxBytes) return;
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= previous.length + key.length;
    }
    while (this.#bytes + size > this.maxBytes) {
      const [oldestKey, oldestBody] = this.#entries.entries().next().value as [string, string];
      this.#entries.delete(oldestKey);
      this.#bytes -= oldestBody.length + oldestKey.length;
    }
    this.#entries.set(key, body);
    this.#bytes += size;
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
