/** Generates a clinic's non-clinical staff users: front desk, billing and office staff. */
import { STAFF_ROLES } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { asciiHandle, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './name-pools.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import type { StaffUser } from './types.js';

export interface StaffUserOptions {
  count: number;
}

/** Staff email domain: reserved for examples (RFC 2606), so no message can reach anyone. */
export const STAFF_EMAIL_DOMAIN = 'example.com';

/** Staff users with unique `first.last@example.com` addresses; the first runs the front desk. */
export function generateStaffUsers(faker: Faker, { count }: StaffUserOptions): StaffUser[] {
  const emails = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const firstName = pick(faker, chance(faker, 0.7) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const lastName = pick(faker, LAST_NAMES);
    const base = `${asciiHandle(firstName)}.${asciiHandle(lastName)}`;
    let local = base;
    for (let n = 2; emails.has(local); n++) local = `${base}${n}`;
    emails.add(local);
    return {
      id: prefixedId(faker, ID_PREFIXES.staffUser),
      firstName,
      lastName,
      email: `${local}@${STAFF_EMAIL_DOMAIN}`,
      role: index === 0 ? 'front_desk' : pickWeighted(faker, STAFF_ROLES),
    };
  });
}

/** The clinic's staff users (recipients of `POST /v3/emails/send`), not a record type of `/v3`. */
export const staffUserRecords: Derivation<StaffUser[]> = (clinic) =>
  generateStaffUsers(clinic.stream('staffUsers'), { count: clinic.counts.staffUsers });
