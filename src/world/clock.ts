import { isClockInstant } from '../contract/timestamps.js';

/**
 * The sandbox's notion of "now". Real time by default; tests move it forward, set it, or freeze
 * it so key expiry, notBefore and rate-limit windows can be exercised without waiting. It stays
 * within the years 0000 to 9999 (see CLOCK_EARLIEST_MS): a move that would leave them is refused.
 */
export class Clock {
  #offsetMs = 0;
  #frozenAtMs: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): number {
    return this.#frozenAtMs ?? this.realNow() + this.#offsetMs;
  }

  /** Moves the clock by `ms` (frozen or not); false, and the clock unmoved, when that would leave its range. */
  advance(ms: number): boolean {
    if (!isClockInstant(this.now() + ms)) return false;
    if (this.#frozenAtMs !== null) this.#frozenAtMs += ms;
    else this.#offsetMs += ms;
    return true;
  }

  /**
   * Jumps to `epochMs`; when `freeze` is true the clock then stands still until advanced. False,
   * and the clock unmoved, when `epochMs` is outside its range.
   */
  set(epochMs: number, freeze: boolean): boolean {
    if (!isClockInstant(epochMs)) return false;
    if (freeze) {
      this.#frozenAtMs = epochMs;
      this.#offsetMs = 0;
    } else {
      this.#frozenAtMs = null;
      this.#offsetMs = epochMs - this.realNow();
    }
    return true;
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
