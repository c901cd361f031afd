/** Generates a clinic's patients: synthetic people with realistic gaps in their records. */
import { type ClinicProfile, clinicProfile } from './clinic-profile.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { asciiHandle, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './name-pools.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import { addUtcMonths, DAY_MS, dayNumber, toIsoDate, toIsoTimestamp } from './time.js';
import type { Patient } from './types.js';

export interface PatientOptions {
  count: number;
  profile: ClinicProfile;
  referenceMs: number;
}

/** Safe example domains (RFC 2606): no generated address can reach anyone. */
export const PATIENT_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

/**
 * The share of patients whose record lacks each nullable field. Real clinics hold such records
 * (a walk-in registered in a hurry, a chart imported without its MRN), and clients must meet
 * them here before they meet them in production.
 */
export const PATIENT_NULL_SHARES = {
  mrn: 0.03,
  gender: 0.03,
  dateOfBirth: 0.03,
  middleName: 0.2,
  email: 0.05,
  phone: 0.05,
} as const;

const OLDEST_DOB_MS = Date.UTC(1935, 0, 1);
const NEWEST_DOB_MS = Date.UTC(2024, 11, 31);
const YEAR_MS = 365.25 * DAY_MS;

/** Draws a birth date for the clinic's age mix, never after the record was created. */
function drawDateOfBirth(faker: Faker, profile: ClinicProfile, referenceMs: number, createdMs: number): string {
  const [minAge, maxAge] = pickWeighted(
    faker,
    profile.ageBands.map((band) => [band, band[2]] as const),
  );
  const upper = Math.min(NEWEST_DOB_MS, dayNumber(createdMs) * DAY_MS, referenceMs - minAge * YEAR_MS);
  const lower = Math.max(OLDEST_DOB_MS, referenceMs - (maxAge + 1) * YEAR_MS + DAY_MS);
  const [from, to] = lower <= upper ? [lower, upper] : [OLDEST_DOB_MS, Math.min(NEWEST_DOB_MS, dayNumber(createdMs) * DAY_MS)];
  return toIsoDate(faker.number.int({ min: dayNumber(from), max: Math.max(dayNumber(from), dayNumber(to)) }) * DAY_MS);
}

/** A name-based address such as `maria.lopez@example.org`, unique within the clinic. */
function drawEmail(faker: Faker, firstName: string, lastName: string, taken: Set<string>): string {
  const first = asciiHandle(firstName);
  const last = asciiHandle(lastName);
  const style = faker.number.int(4);
  let local =
    style === 0
      ? `${first}.${last}`
      : style === 1
        ? `${first}${last}`
        : style === 2
          ? `${first[0] ?? ''}${last}`
          : style === 3
            ? `${first}_${last}`
            : `${first}.${last}${faker.number.int({ min: 1, max: 99 })}`;
  const domain = pick(faker, PATIENT_EMAIL_DOMAINS);
  while (taken.has(`${local}@${domain}`)) local = `${local}${faker.number.int(9)}`;
  taken.add(`${local}@${domain}`);
  return `${local}@${domain}`;
}

/**
 * A local number in the 555-0100..555-0199 block, which US numbering reserves for fiction:
 * `(213) 555-0147`.
 */
function drawPhone(faker: Faker, profile: ClinicProfile): string {
  return `(${pick(faker, profile.areaCodes)}) 555-01${faker.number.int(99).toString().padStart(2, '0')}`;
}

/**
 * Patients in registration order (createdAt ascending), created within the three years before
 * the reference date. MRNs rise with registration, with gaps as in a real registry.
 */
export function generatePatients(faker: Faker, { count, profile, referenceMs }: PatientOptions): Patient[] {
  const earliest = addUtcMonths(referenceMs, -36);
  const createdTimes = Array.from({ length: count }, () => faker.number.int({ min: earliest, max: referenceMs - 1 })).sort(
    (a, b) => a - b,
  );
  let mrnNumber = faker.number.int({ min: 1_000, max: 400_000 });
  const emails = new Set<string>();

  return createdTimes.map((createdMs) => {
    const gender: Patient['gender'] = chance(faker, PATIENT_NULL_SHARES.gender) ? null : chance(faker, 0.52) ? 'Female' : 'Male';
    const female = gender === null ? chance(faker, 0.5) : gender === 'Female';
    const firstNames = female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
    const firstName = pick(faker, firstNames);
    const lastName = pick(faker, LAST_NAMES);
    let middleName: string | null = chance(faker, PATIENT_NULL_SHARES.middleName) ? null : pick(faker, firstNames);
    if (middleName === firstName) middleName = pick(faker, firstNames);
    const dateOfBirth = chance(faker, PATIENT_NULL_SHARES.dateOfBirth)
      ? null
      : drawDateOfBirth(faker, profile, referenceMs, createdMs);
    const email = chance(faker, PATIENT_NULL_SHARES.email) ? null : drawEmail(faker, firstName, lastName, emails);
    const phone = chance(faker, PATIENT_NULL_SHARES.phone) ? null : drawPhone(faker, profile);
    const updatedMs = chance(faker, 0.4) ? createdMs : faker.number.int({ min: createdMs, max: referenceMs });
    // Counted for every patient, so a record without an MRN only widens a gap in the registry.
    mrnNumber += faker.number.int({ min: 1, max: 40 });
    const id = prefixedId(faker, ID_PREFIXES.patient);
    const mrn = chance(faker, PATIENT_NULL_SHARES.mrn) ? null : `MRN-${mrnNumber.toString().padStart(7, '0')}`;

    return {
      id,
      mrn,
      firstName,
      lastName,
      middleName,
      gender,
      dateOfBirth,
      email,
      phone,
      createdAt: toIsoTimestamp(createdMs),
      updatedAt: toIsoTimestamp(updatedMs),
    };
  });
}

/** The clinic's patients, in served order (createdAt). */
export const patientRecords: Derivation<Patient[]> = (clinic) =>
  generatePatients(clinic.stream('patients'), {
    count: clinic.counts.patients,
    profile: clinic.use(clinicProfile),
    referenceMs: clinic.referenceMs,
  });
