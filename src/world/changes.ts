/**
 * Tells whoever remembers answers derived from the world (the HTTP response cache) that the
 * records changed or the world was reset. The world cannot know its readers: they sit above it.
 */
export class WorldChanges {
  readonly #listeners: (() => void)[] = [];

  /** Calls `listener` after every change from now on. */
  subscribe(listener: () => void): void {
    this.#listeners.push(listener);
  }

  notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
