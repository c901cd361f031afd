import type { RecordResource, RecordTypes } from './kinds.js';

/**
 * What a clinic's records are on top of its generated ones: records pinned by the fixture and
 * records created, changed or deleted at run time, each stored whole (already filled and checked).
 * Generation plus these edits gives the clinic's records exactly, so the generated part can be
 * dropped under memory pressure and rebuilt: only the edits have to be kept.
 */
export class ClinicEdits {
  /** Per resource: id -> the record now, or null when deleted. Insertion order is creation order. */
  #byResource: { [R in RecordResource]?: Map<string, RecordTypes[R] | null> | undefined } = {};
  /** Per resource: how many records were created at run time, which seeds the next one's filling. */
  readonly #created = new Map<RecordResource, number>();
  #empty = true;

  /** Whether anything was pinned or changed: most clinics have no edits, and serve generation as it is. */
  get empty(): boolean {
    return this.#empty;
  }

  of<R extends RecordResource>(resource: R): ReadonlyMap<string, RecordTypes[R] | null> | undefined {
    return this.#byResource[resource];
  }

  /** Whether `id` of `resource` was pinned, created, changed or deleted. */
  touches(resource: RecordResource, id: string): boolean {
    return this.#byResource[resource]?.has(id) ?? false;
  }

  put<R extends RecordResource>(resource: R, record: RecordTypes[R]): void {
    this.#map(resource).set(record.id, record);
  }

  delete(resource: RecordResource, id: string): void {
    this.#map(resource).set(id, null);
  }

  /** How many records of `resource` were created at run time: the next one's number. */
  creations(resource: RecordResource): number {
    return this.#created.get(resource) ?? 0;
  }

  countCreation(resource: RecordResource): void {
    this.#created.set(resource, this.creations(resource) + 1);
  }

  /** Back to no edits (a reset), keeping the object the clinic's records are built with. */
  clear(): void {
    this.#byResource = {};
    this.#created.clear();
    this.#empty = true;
  }

  #map<R extends RecordResource>(resource: R): Map<string, RecordTypes[R] | null> {
    this.#empty = false;
    const byResource: { [P in R]?: Map<string, RecordTypes[P] | null> } = this.#byResource;
    const records = byResource[resource] ?? new Map<string, RecordTypes[R] | null>();
    byResource[resource] = records;
    return records;
  }
}

/**
 * `generated` with `edits` applied, still in served order: a changed record keeps its place while
 * its order key is the same; new and moved records are merged in by key after the records they
 * tie with. `generated` is never mutated.
 */
export function applyEdits<T extends { id: string }>(
  generated: readonly T[],
  edits: ReadonlyMap<string, T | null> | undefined,
  orderKey: (record: T) => string,
): readonly T[] {
  if (!edits || edits.size === 0) return generated;
  const kept: T[] = [];
  const placed = new Set<string>();
  for (const record of generated) {
    const edit = edits.get(record.id);
    if (edit === undefined) kept.push(record);
    else if (edit !== null && orderKey(edit) === orderKey(record)) {
      kept.push(edit);
      placed.add(record.id);
    }
  }
  const added: T[] = [];
  for (const [id, edit] of edits) if (edit !== null && !placed.has(id)) added.push(edit);
  if (added.length === 0) return kept;
  // Stable: equal keys keep creation order.
  added.sort((a, b) => compare(orderKey(a), orderKey(b)));
  const merged: T[] = [];
  let i = 0;
  for (const record of added) {
    const key = orderKey(record);
    for (let next = kept[i]; next !== undefined && compare(orderKey(next), key) <= 0; next = kept[++i]) merged.push(next);
    merged.push(record);
  }
  merged.push(...kept.slice(i));
  return merged;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
