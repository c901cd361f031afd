/**
 * Seeded randomness for the generators: one random stream per (clinic, record type), seeded
 * from a SHA-256 of the clinic seed, its organization id and the stream name, so that each
 * record type draws its own sequence and a change to one generator does not shift the others.
 *
 * Faker comes from the en_US locale entry point: it loads one locale instead of all of them
 * (about 23 ms instead of 140 ms on import). That entry exports only a ready instance, so
 * fresh instances are built from its constructor and locale data.
 * Faker's date module reads the wall clock for its default reference date; the generators do
 * not use it and do date arithmetic in ./time.ts instead.
 */
import { createHash } from 'node:crypto';
import type { Faker } from '@faker-js/faker';
import { faker as enUsFaker } from '@faker-js/faker/locale/en_US';

export type { Faker };

type FakerConstructor = new (options: { locale: Faker['rawDefinitions']; seed?: number }) => Faker;
const FakerClass = enUsFaker.constructor as FakerConstructor;

/**
 * The name of one of a clinic's independent random streams: by convention its generator's, such
 * as `claims` (a generator needing a second stream names it after itself: `appointmentSyncs`).
 * Named draws outside the generators are prefixed `record:`, so they never share one.
 */
export type RandomStream = string;

/** Eight 32-bit words of SHA-256(seed, organizationId, stream), the Mersenne Twister seed array. */
export function streamSeed(seed: string, organizationId: string, stream: string): number[] {
  const digest = createHash('sha256').update(`${seed}\u0000${organizationId}\u0000${stream}`).digest();
  const words: number[] = [];
  for (let offset = 0; offset < digest.length; offset += 4) words.push(digest.readUInt32BE(offset));
  return words;
}

/**
 * The streams of one clinic: `use(stream)` returns a Faker of its own, seeded for that stream,
 * so a generator's draws never depend on which other generators ran before or in between it.
 * A Faker costs about half a millisecond to build: a clinic that serves every record type
 * builds eleven, once each (each generator runs once).
 */
export function clinicStreams(seed: string, organizationId: string): { use(stream: RandomStream): Faker } {
  return {
    use(stream) {
      const faker = new FakerClass({ locale: enUsFaker.rawDefinitions });
      faker.seed(streamSeed(seed, organizationId, stream));
      return faker;
    },
  };
}

/**
 * A Faker for one named draw outside the generators, such as filling the fields a pinned or
 * run-time record leaves out: seeded like the streams, under a name they never use.
 */
export function namedFaker(seed: string, organizationId: string, name: string): Faker {
  const faker = new FakerClass({ locale: enUsFaker.rawDefinitions });
  faker.seed(streamSeed(seed, organizationId, `record:${name}`));
  return faker;
}

/** A decimal string of exactly `length` digits (1..15), e.g. a member id. */
export function digits(faker: Faker, length: number, allowLeadingZero = true): string {
  const min = allowLeadingZero ? 0 : 10 ** (length - 1);
  return faker.number
    .int({ min, max: 10 ** length - 1 })
    .toString()
    .padStart(length, '0');
}

/** `count` uppercase ASCII letters. */
export function letters(faker: Faker, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCharCode(65 + faker.number.int(25));
  return text;
}

/** True with the given probability. */
export function chance(faker: Faker, probability: number): boolean {
  return faker.number.float() < probability;
}

/** One element of a non-empty array. */
export function pick<T>(faker: Faker, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
  return items[faker.number.int(items.length - 1)] as T;
}

/** One value of weighted `[value, weight]` pairs. */
export function pickWeighted<T>(faker: Faker, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of entries) total += weight;
  let roll = faker.number.float() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new RangeError('pickWeighted() needs a non-empty array');
  return last[0];
}

/** Up to `count` distinct elements, in the order drawn. */
export function pickDistinct<T>(faker: Faker, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const index = faker.number.int(pool.length - 1);
    chosen.push(pool[index] as T);
    pool.splice(index, 1);
  }
  return chosen;
}
