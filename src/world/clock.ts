/**
 * The sandbox's notion of "now". Real time by default; tests move it forward, set it, or freeze
 * it so key expiry, notBefore and rate-limit windows can be exercised without waiting.
 */
export class Clock {
  #offsetMs = 0;
  #frozenAtMs: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.#frozenAtMs ?? this.realNow() + this.#offsetMs;
  }

  /** Moves the clock by `ms` (frozen or not). */
  advance(ms: number): void {
    if (this.#frozenAtMs !== null) this.#frozenAtMs += ms;
    else this.#offsetMs += ms;
  }

  /** Jumps to `epochMs`; when `freeze` is true the clock then stands still until advanced. */
  set(epochMs: number, freeze: boolean): void {
    if (freeze) {
      this.#frozenAtMs = epochMs;
      this.#offsetMs = 0;
    } else {
      this.#frozenAtMs = null;
      this.#offsetMs = epochMs - this.realNow();
    }
  }

  get frozen(): boolean {
    return this.#frozenAtMs !== null;
  }

  /** Back to real time. */
  reset(): void {
    this.#offsetMs = 0;
    this.#frozenAtMs = null;
  }
}
