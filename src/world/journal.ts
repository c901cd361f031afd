import type { JournalEntry, JournalFilter } from '../testing/admin-types.js';

/**
 * One journal record as kept: the time as a number and the full URL, formatted and split only
 * when read, so that recording costs the request path one small object.
 */
export type JournalRecord = Omit<JournalEntry, 'id' | 'time' | 'query'> & { atMs: number; url: string };

type StoredRecord = JournalRecord & { id: number };

/**
 * The request journal: the last `capacity` requests in a ring buffer, so a sandbox that runs
 * for days keeps a fixed amount of memory. Never holds a secret: keys are named by id.
 */
export class Journal {
  readonly #ring: StoredRecord[] = [];
  #next = 0;
  #sequence = 0;

  constructor(readonly capacity: number) {}

  /** Keeps `entry` itself (no copy: this runs on every request). */
  record(entry: JournalRecord): void {
    this.#sequence += 1;
    const stored = entry as StoredRecord;
    stored.id = this.#sequence;
    if (this.#ring.length < this.capacity) this.#ring.push(stored);
    else this.#ring[this.#next] = stored;
    this.#next = (this.#next + 1) % this.capacity;
  }

  /** Newest first, filtered. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const newestFirst: StoredRecord[] = [];
    for (let i = 1; i <= this.#ring.length; i++) {
      newestFirst.push(this.#ring[(this.#next - i + this.#ring.length * 2) % this.#ring.length]!);
    }
    const limit = filter.limit ?? 100;
    const out: JournalEntry[] = [];
    for (const record of newestFirst) {
      if (out.length >= limit) break;
      if (filter.keyId !== undefined && record.keyId !== filter.keyId) continue;
      if (filter.organizationId !== undefined && record.organizationId !== filter.organizationId.toLowerCase()) continue;
      if (filter.status !== undefined && record.status !== filter.status) continue;
      if (filter.path !== undefined && !pathMatches(filter.path, record.path)) continue;
      out.push({
        id: record.id,
        time: new Date(record.atMs).toISOString(),
        method: record.method,
        path: record.path,
        query: queryOf(record.url),
        status: record.status,
        reason: record.reason,
        keyId: record.keyId,
        organizationId: record.organizationId,
        faultId: record.faultId,
        durationMs: Math.round(record.durationMs * 100) / 100,
      });
    }
    return out;
  }

  get size(): number {
    return this.#ring.length;
  }

  clear(): void {
    this.#ring.length = 0;
    this.#next = 0;
  }
}

function queryOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start + 1);
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
