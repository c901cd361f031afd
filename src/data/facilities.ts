/** Generates a clinic's facilities: its locations, named after the practice. */
import { type ClinicProfile, clinicProfile } from './clinic-profile.js';
import { FACILITY_LOCATIONS, US_TIMEZONES } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { generateNpi } from './npi.js';
import { chance, type Faker, pick, pickDistinct } from './random.js';
import { addUtcMonths, DAY_MS, toIsoTimestamp } from './time.js';
import type { Facility } from './types.js';

export interface FacilityOptions {
  count: number;
  profile: ClinicProfile;
  referenceMs: number;
}

/**
 * Facilities in creation order, all created before any patient. The first one is always
 * visible, in the clinic's home time zone, with the clinic's specialty and an NPI, so that
 * every clinic has somewhere to book.
 */
export function generateFacilities(faker: Faker, { count, profile, referenceMs }: FacilityOptions): Facility[] {
  const locations = pickDistinct(faker, FACILITY_LOCATIONS, count);
  const earliest = addUtcMonths(referenceMs, -96);
  const latest = addUtcMonths(referenceMs, -37);
  const createdTimes = Array.from({ length: count }, () => faker.number.int({ min: earliest, max: latest })).sort(
    (a, b) => a - b,
  );

  return createdTimes.map((createdMs, index) => {
    const first = index === 0;
    const location = locations[index] ?? `Location ${index + 1}`;
    const timezone = first || chance(faker, 0.85) ? profile.timeZone : pick(faker, US_TIMEZONES).zone;
    const updatedMs = chance(faker, 0.3) ? createdMs : faker.number.int({ min: createdMs, max: referenceMs - DAY_MS });
    return {
      id: prefixedId(faker, ID_PREFIXES.facility),
      name: `${profile.practiceName} - ${location}`,
      timezone,
      specialty: first || chance(faker, 0.9) ? profile.specialty : null,
      isVisible: first || !chance(faker, 1 / 6),
      organizationNpi: first || chance(faker, 0.9) ? generateNpi(faker, pick(faker, [1, 2] as const)) : null,
      createdAt: toIsoTimestamp(createdMs),
      updatedAt: toIsoTimestamp(updatedMs),
    };
  });
}

/** The clinic's facilities, in served order (createdAt). */
export const facilityRecords: Derivation<Facility[]> = (clinic) =>
  generateFacilities(clinic.stream('facilities'), {
    count: clinic.counts.facilities,
    profile: clinic.use(clinicProfile),
    referenceMs: clinic.referenceMs,
  });
