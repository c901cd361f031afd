/** What a consumed place of the eviction queue holds. */
const CONSUMED: [string, string] = ['', ''];

/**
 * GET response bodies, bounded by their total size, oldest dropped first. Clinic records never
 * change once generated, so a body answered once can be answered again; what it depends on
 * besides the request target (app, clinic, effective scopes) is the `signature`. Two levels of
 * maps, so that a hit builds no key string. Bodies are held encoded, as the bytes Node writes: a
 * string body is joined to the header block and encoded again on every response (under load, 19 %
 * of the CPU profile against 3 % with bytes).
 *
 * Why it exists: without it every GET builds and encodes its body again, 20 µs more per request
 * in-process (+48 % CPU, bench/ab-inprocess.mjs, `default` mix), 32 -> 59 µs of server CPU per
 * request end-to-end (bench/ab.mjs). On a load where it never hits (200 distinct pages of 50 to
 * 99 appointments) keeping it costs CPU too, about a sixth in one noisy run: a test client
 * repeats its requests, which is the load it is for.
 */
export class ResponseCache {
  /** Its budget: bodies' bytes plus targets' lengths, a few hundred pages of 20 records. */
  static readonly MAX_BYTES = 4 * 1024 * 1024;

  readonly #bySignature = new Map<string, Map<string, Uint8Array>>();
  /** Insertion order, for eviction: [signature, target] pairs, consumed from `#head`. */
  #order: [string, string][] = [];
  #head = 0;
  #bytes = 0;

  constructor(readonly maxBytes: number = ResponseCache.MAX_BYTES) {}

  get(signature: string, target: string): Uint8Array | undefined {
    return this.#bySignature.get(signature)?.get(target);
  }

  set(signature: string, target: string, body: Uint8Array): void {
    const size = body.byteLength + target.length;
    if (size > this.maxBytes) return;
    let bodies = this.#bySignature.get(signature);
    if (!bodies) {
      bodies = new Map();
      this.#bySignature.set(signature, bodies);
    }
    const previous = bodies.get(target);
    if (previous !== undefined) this.#bytes -= previous.byteLength + target.length;
    else this.#order.push([signature, target]);
    bodies.set(target, body);
    this.#bytes += size;
    while (this.#bytes > this.maxBytes && this.#head < this.#order.length) this.#evictOldest();
  }

  /** Its bodies' bytes plus its targets' lengths: at most `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  /** How many bodies it holds. */
  get size(): number {
    let count = 0;
    for (const bodies of this.#bySignature.values()) count += bodies.size;
    return count;
  }

  clear(): void {
    this.#bySignature.clear();
    this.#order = [];
    this.#head = 0;
    this.#bytes = 0;
  }

  #evictOldest(): void {
    // Only called while bytes are held, so the queue has an unconsumed pair; the guards keep the types honest.
    const [signature, target] = this.#order[this.#head] ?? CONSUMED;
    // Forgotten now, not at the next compaction: a consumed pair would still hold its target, and a thousand 60 KB targets are 60 MB.
    this.#order[this.#head++] = CONSUMED;
    const bodies = this.#bySignature.get(signature);
    const body = bodies?.get(target);
    if (bodies === undefined || body === undefined) return;
    this.#bytes -= body.byteLength + target.length;
    bodies.delete(target);
    if (bodies.size === 0) this.#bySignature.delete(signature);
    // Drop the consumed part of the queue now and then, not on every eviction.
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
  }
}
