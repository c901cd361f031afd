import { organizationKey } from '../contract/ids.js';
import type { JournalEntry, JournalFilter } from '../contract/schemas.js';
import { JOURNAL_BYTES, JOURNAL_TARGET_LENGTH } from './budgets.js';
import { pathMatches, requestTarget, splitTarget } from './request-paths.js';

/**
 * What the request flow hands the journal about one request: an entry as the API shows it, with
 * the time as a number and the full URL (path and query are split from it when read).
 */
export type JournalRecord = Omit<JournalEntry, 'id' | 'time' | 'path' | 'query'> & { atMs: number; url: string };

/**
 * The request journal: the last `capacity` requests in a ring buffer, so a sandbox that runs
 * for days keeps a fixed amount of memory. Never holds a secret: keys are named by id.
 *
 * Bounded by size as well as count (see world/budgets.ts): a URL over JOURNAL_TARGET_LENGTH
 * is kept cut, with a marker saying how many characters are missing, and past `maxBytes` of URLs
 * and warnings the oldest entries are dropped even before the ring is full. A shared string is
 * counted in every entry holding it: an overestimate, never an underestimate.
 *
 * Stored column by column, numbers in typed arrays and strings that already exist elsewhere
 * (method, reason, ids, a warning remembered per request target) by reference: a record
 * allocates nothing that outlives the request.
 * An object per record lived just long enough to be promoted out of V8's young generation,
 * and at 30k requests/s that garbage raised peak memory by 20 MB.
 */
export class Journal {
  /**
   * The URLs it shares between entries, so that a repeated URL is stored once: at most this many
   * distinct ones, of at most INTERNED_URL_LENGTH characters, INTERNED_BYTES in all; past either,
   * forgotten at once. Why: each entry holding its own copy of the URL raised peak RSS under load
   * by 4.8 MB, the median of five runs of bench/ab.mjs (`default` mix: +1.8 to +9.5 MB; identical
   * builds +0.9, from -0.6 to +3.3), each copy living just long enough to be promoted out of V8's
   * young generation. CPU per request did not change.
   */
  static readonly INTERNED_URLS = 4096;
  static readonly INTERNED_URL_LENGTH = 512;
  static readonly INTERNED_BYTES = 1024 * 1024;

  readonly #ids: Float64Array;
  readonly #atMs: Float64Array;
  readonly #status: Int16Array;
  readonly #durationMs: Float32Array;
  readonly #method: string[];
  readonly #url: string[];
  readonly #reason: (string | null)[];
  readonly #keyId: (string | null)[];
  readonly #organizationId: (string | null)[];
  readonly #traceId: (string | null)[];
  readonly #faultId: (string | null)[];
  readonly #warning: (string | null)[];
  readonly #interned = new Map<string, string>();
  #internedBytes = 0;
  #bytes = 0;
  #next = 0;
  #size = 0;
  #sequence = 0;

  constructor(
    readonly capacity: number,
    readonly maxBytes: number = JOURNAL_BYTES,
  ) {
    this.#ids = new Float64Array(capacity);
    this.#atMs = new Float64Array(capacity);
    this.#status = new Int16Array(capacity);
    this.#durationMs = new Float32Array(capacity);
    this.#method = new Array<string>(capacity).fill('');
    this.#url = new Array<string>(capacity).fill('');
    this.#reason = new Array<string | null>(capacity).fill(null);
    this.#keyId = new Array<string | null>(capacity).fill(null);
    this.#organizationId = new Array<string | null>(capacity).fill(null);
    this.#traceId = new Array<string | null>(capacity).fill(null);
    this.#faultId = new Array<string | null>(capacity).fill(null);
    this.#warning = new Array<string | null>(capacity).fill(null);
  }

  /** What its entries' URLs and warnings add up to, in UTF-16 code units: at most `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  /** What the URLs shared between entries add up to: at most Journal.INTERNED_BYTES. */
  get internedBytes(): number {
    return this.#internedBytes;
  }

  record(entry: JournalRecord): void {
    const slot = this.#next;
    // The slot is empty ('' and null) or the oldest entry, which this one replaces.
    this.#bytes -= this.#slotBytes(slot);
    this.#sequence += 1;
    this.#ids[slot] = this.#sequence;
    this.#atMs[slot] = entry.atMs;
    this.#status[slot] = entry.status;
    this.#durationMs[slot] = entry.durationMs;
    this.#method[slot] = entry.method;
    const url = entry.url.length > JOURNAL_TARGET_LENGTH ? cut(entry.url) : this.#intern(entry.url);
    this.#url[slot] = url;
    this.#bytes += url.length + (entry.warning === null ? 0 : entry.warning.length);
    this.#reason[slot] = entry.reason;
    this.#keyId[slot] = entry.keyId;
    this.#organizationId[slot] = entry.organizationId;
    this.#traceId[slot] = entry.traceId;
    this.#faultId[slot] = entry.faultId;
    this.#warning[slot] = entry.warning;
    this.#next = (slot + 1) % this.capacity;
    if (this.#size < this.capacity) this.#size += 1;
    while (this.#bytes > this.maxBytes && this.#size > 1) this.#dropOldest();
  }

  #slotBytes(slot: number): number {
    const warning = this.#warning[slot];
    return this.#url[slot]!.length + (warning === null || warning === undefined ? 0 : warning.length);
  }

  #dropOldest(): void {
    const slot = (this.#next - this.#size + this.capacity) % this.capacity;
    this.#bytes -= this.#slotBytes(slot);
    this.#url[slot] = '';
    this.#warning[slot] = null;
    this.#size -= 1;
  }

  /** Newest first, filtered. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const limit = filter.limit ?? 100;
    const organizationId = filter.organizationId === undefined ? undefined : organizationKey(filter.organizationId);
    const out: JournalEntry[] = [];
    for (let i = 1; i <= this.#size && out.length < limit; i++) {
      const slot = (this.#next - i + this.capacity) % this.capacity;
      const { path, query } = splitTarget(requestTarget(this.#url[slot]!));
      if (filter.keyId !== undefined && this.#keyId[slot] !== filter.keyId) continue;
      if (organizationId !== undefined && this.#organizationId[slot] !== organizationId) continue;
      if (filter.status !== undefined && this.#status[slot] !== filter.status) continue;
      if (filter.path !== undefined && !pathMatches(filter.path, path)) continue;
      out.push({
        id: this.#ids[slot]!,
        time: new Date(this.#atMs[slot]!).toISOString(),
        method: this.#method[slot]!,
        path,
        query,
        status: this.#status[slot]!,
        reason: this.#reason[slot]!,
        keyId: this.#keyId[slot]!,
        organizationId: this.#organizationId[slot]!,
        traceId: this.#traceId[slot]!,
        faultId: this.#faultId[slot]!,
        warning: this.#warning[slot]!,
        durationMs: Math.round(this.#durationMs[slot]! * 100) / 100,
      });
    }
    return out;
  }

  /** Empties the journal and restarts its ids, like every other reset: a test's ids repeat run after run. */
  clear(): void {
    this.#next = 0;
    this.#size = 0;
    this.#sequence = 0;
    this.#url.fill('');
    this.#warning.fill(null);
    this.#interned.clear();
    this.#internedBytes = 0;
    this.#bytes = 0;
  }

  /** The stored copy of `url` if it was seen lately; only short URLs, which repeat. */
  #intern(url: string): string {
    if (url.length > Journal.INTERNED_URL_LENGTH) return url;
    const known = this.#interned.get(url);
    if (known !== undefined) return known;
    if (this.#interned.size >= Journal.INTERNED_URLS || this.#internedBytes + url.length > Journal.INTERNED_BYTES) {
      this.#interned.clear();
      this.#internedBytes = 0;
    }
    this.#interned.set(url, url);
    this.#internedBytes += url.length;
    return url;
  }
}

/**
 * A URL kept as its first JOURNAL_TARGET_LENGTH characters and a marker: enough to recognise the
 * request, bounded whatever was sent.
 */
function cut(url: string): string {
  // Joined rather than concatenated: V8 keeps a slice as a view of the whole string, and a
  // concatenation as a pair of references, so either would hold the 60 KB URL; join copies.
  return [url.slice(0, JOURNAL_TARGET_LENGTH), `...[${url.length - JOURNAL_TARGET_LENGTH} more characters]`].join('');
}
