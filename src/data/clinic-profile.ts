/**
 * The traits shared by every record of one clinic: its practice name, specialty, home time
 * zone, local area codes, fee schedule level and patient age mix.
 */
import { PRACTICE_BRANDS, SPECIALTY_NAME_PART, type Specialty, US_TIMEZONES } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { type Faker, pick, pickWeighted } from './random.js';

/** `[minAge, maxAge, weight]`: share of patients whose age (years) falls in the band. */
export type AgeBand = readonly [min: number, max: number, weight: number];

export interface ClinicProfile {
  /** "Sunrise Family Medicine": facility names start with it. */
  practiceName: string;
  specialty: Specialty;
  timeZone: string;
  areaCodes: readonly string[];
  /** Scales the typical charges of code-tables into this clinic's fee schedule. */
  feeMultiplier: number;
  ageBands: readonly AgeBand[];
}

const AGE_BANDS: Record<Specialty, readonly AgeBand[]> = {
  Pediatrics: [
    [0, 4, 30],
    [5, 11, 35],
    [12, 17, 30],
    [18, 21, 5],
  ],
  'Family Medicine': [
    [0, 17, 15],
    [18, 39, 25],
    [40, 64, 35],
    [65, 90, 25],
  ],
  'Internal Medicine': [
    [18, 39, 15],
    [40, 64, 45],
    [65, 95, 40],
  ],
  'Urgent Care': [
    [2, 17, 20],
    [18, 39, 40],
    [40, 64, 30],
    [65, 90, 10],
  ],
  Dermatology: [
    [10, 17, 10],
    [18, 39, 30],
    [40, 64, 35],
    [65, 95, 25],
  ],
  Orthopedics: [
    [12, 17, 10],
    [18, 39, 25],
    [40, 64, 40],
    [65, 90, 25],
  ],
};

const SPECIALTY_SHARE: readonly (readonly [Specialty, number])[] = [
  ['Family Medicine', 35],
  ['Internal Medicine', 20],
  ['Pediatrics', 10],
  ['Urgent Care', 15],
  ['Dermatology', 10],
  ['Orthopedics', 10],
];

/** Words in an organization name that reveal its specialty. */
const SPECIALTY_KEYWORDS: readonly (readonly [RegExp, Specialty])[] = [
  [/pediatric|children|kids/i, 'Pediatrics'],
  [/dermatolog|skin/i, 'Dermatology'],
  [/orthop|sports med|bone|joint/i, 'Orthopedics'],
  [/urgent|walk-in|express/i, 'Urgent Care'],
  [/internal med|internist/i, 'Internal Medicine'],
  [/family|primary care/i, 'Family Medicine'],
];

/** The specialty an organization's name implies, if any. */
export function specialtyFromName(name: string): Specialty | null {
  for (const [pattern, specialty] of SPECIALTY_KEYWORDS) if (pattern.test(name)) return specialty;
  return null;
}

/**
 * Draws the clinic's profile. When the organization's name is known it becomes the practice
 * name and, if it names a specialty ("Harbor Dermatology"), the clinic's specialty.
 */
export function generateClinicProfile(faker: Faker, organizationName?: string): ClinicProfile {
  const drawnSpecialty = pickWeighted(faker, SPECIALTY_SHARE);
  const brand = pick(faker, PRACTICE_BRANDS);
  const zone = pickWeighted(
    faker,
    US_TIMEZONES.map((entry) => [entry, entry.weight] as const),
  );
  const feeMultiplier = faker.number.int({ min: 85, max: 135 }) / 100;

  const trimmedName = organizationName?.trim();
  const specialty = (trimmedName && specialtyFromName(trimmedName)) || drawnSpecialty;
  const practiceName = trimmedName || `${brand} ${SPECIALTY_NAME_PART[specialty]}`;
  return {
    practiceName,
    specialty,
    timeZone: zone.zone,
    areaCodes: zone.areaCodes,
    feeMultiplier,
    ageBands: AGE_BANDS[specialty],
  };
}

/** The clinic's profile (specialty, brand, time zone) that facilities, patients and visits follow. */
export const clinicProfile: Derivation<ClinicProfile> = (clinic) =>
  generateClinicProfile(clinic.stream('profile'), clinic.organizationName);
