/**
 * One clinic's records of one type, with an id index and each record's API JSON cached on first
 * use: records never change after generation, so a list response is a join of cached strings.
 * It goes stale with the table, which the clinic drops when its records change, and is bounded
 * with it (the held-records budget counts a record with its JSON).
 *
 * Why the JSON is kept: on bodies the response cache does not hold (bench/ab-inprocess.mjs,
 * `varied` mix: 200 distinct pages of 50 to 99 appointments), serialising every record again cost
 * +75 % CPU per request, and +150 % on notes with their SOAP body (`soap` mix).
 *
 * Records `cacheJson` turns down are serialised on every use instead: those that copy fields of a
 * record a client wrote, whose cached JSON would hold one copy of that write per record pointing
 * at it (a provider's name in each of its thousands of appointments).
 */
export class ResourceTable<T extends { id: string }> {
  readonly #byId = new Map<string, T>();
  readonly #json = new Map<string, string>();

  constructor(
    readonly items: readonly T[],
    private readonly toApi: (record: T) => unknown = (record) => record,
    private readonly cacheJson: (record: T) => boolean = () => true,
    /** Other IDs that find a record (a note's earlier version IDs); its own `id` always does. */
    aliases?: (record: T) => readonly string[],
  ) {
    for (const item of items) {
      this.#byId.set(item.id, item);
      if (aliases) for (const alias of aliases(item)) if (!this.#byId.has(alias)) this.#byId.set(alias, item);
    }
  }

  /** How many records' JSON is held: what a test of a write not multiplying counts. */
  get cachedJsonCount(): number {
    return this.#json.size;
  }

  /** The record with this id, or with this id among its aliases. */
  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  /** The record as the API serves it, serialised. */
  json(record: T): string {
    let text = this.#json.get(record.id);
    if (text === undefined) {
      text = JSON.stringify(this.toApi(record));
      if (this.cacheJson(record)) this.#json.set(record.id, text);
    }
    return text;
  }
}
