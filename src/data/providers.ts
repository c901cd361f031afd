/** Generates a clinic's clinicians: physicians, NPs, PAs and non-billing nursing staff. */
import { CREDENTIALS, type Credential, type ProviderRole } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { asciiHandle, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './name-pools.js';
import { generateNpi } from './npi.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import { addUtcMonths, toIsoTimestamp } from './time.js';
import type { Provider } from './types.js';

export interface ProviderOptions {
  count: number;
  referenceMs: number;
}

const CREDENTIAL_SHARE: readonly (readonly [Credential, number])[] = [
  ['MD', 45],
  ['DO', 12],
  ['NP', 22],
  ['PA-C', 13],
  ['RN', 8],
];

/** Each provider's credential, which the display name already shows. */
export function providerCredential(provider: Pick<Provider, 'displayLastName'>): Credential {
  const credential = provider.displayLastName.slice(provider.displayLastName.lastIndexOf(', ') + 2);
  return credential in CREDENTIALS ? (credential as Credential) : 'MD';
}

/**
 * The name bills and claims show for a provider, spelled as documented (A6): `Dr. James Wilson`
 * for a physician (the display first name, then the last name); a clinician who is not called
 * "Dr." keeps the credential instead, `Maria Lopez, NP`.
 */
export function billingName(provider: Pick<Provider, 'displayFirstName' | 'lastName' | 'displayLastName'>): string {
  const credential = providerCredential(provider);
  return CREDENTIALS[credential].doctor
    ? `${provider.displayFirstName} ${provider.lastName}`
    : `${provider.displayFirstName} ${provider.lastName}, ${credential}`;
}

/** Whether a provider bills under their own NPI and so can own appointments and bills. */
export function isBillingProvider(provider: Provider): boolean {
  return provider.individualNpi !== null;
}

/**
 * Providers in creation order, all created at least 19 months before the reference date (so
 * before any appointment). The first is always a visible, billing, supervising MD.
 */
export function generateProviders(faker: Faker, { count, referenceMs }: ProviderOptions): Provider[] {
  const earliest = addUtcMonths(referenceMs, -72);
  const latest = addUtcMonths(referenceMs, -19);
  const createdTimes = Array.from({ length: count }, () => faker.number.int({ min: earliest, max: latest })).sort(
    (a, b) => a - b,
  );
  const usernames = new Set<string>();

  return createdTimes.map((createdMs, index) => {
    const first = index === 0;
    const credential: Credential = first ? 'MD' : pickWeighted(faker, CREDENTIAL_SHARE);
    const { doctor, billing } = CREDENTIALS[credential];
    const firstName = pick(faker, chance(faker, 0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const lastName = pick(faker, LAST_NAMES);

    const roles: ProviderRole[] = [CREDENTIALS[credential].role];
    const supervisor = doctor && (first || chance(faker, 0.35));
    // Physicians who operate (excisions, Mohs, procedures) list it; the first never does.
    if (doctor && !first && chance(faker, 0.3)) roles.push('Surgeon');
    if (supervisor) roles.push('Supervising Physician');
    if (doctor && chance(faker, 0.08)) roles.push('Administrator');
    if (!billing && chance(faker, 0.3)) roles.push('Scribe');

    const base = `${asciiHandle(firstName)}.${asciiHandle(lastName)}`;
    let username = base;
    for (let n = 2; usernames.has(username); n++) username = `${base}${n}`;
    usernames.add(username);

    const updatedMs = chance(faker, 0.25) ? createdMs : faker.number.int({ min: createdMs, max: referenceMs });
    return {
      id: prefixedId(faker, ID_PREFIXES.provider),
      firstName,
      lastName,
      displayFirstName: doctor ? `Dr. ${firstName}` : firstName,
      displayLastName: `${lastName}, ${credential}`,
      roles,
      username,
      individualNpi: billing ? generateNpi(faker, 1) : null,
      canFinalize: billing && (doctor || chance(faker, 0.9)),
      canCosign: supervisor || (doctor && chance(faker, 0.3)),
      hidden: !first && chance(faker, 0.1),
      createdAt: toIsoTimestamp(createdMs),
      updatedAt: toIsoTimestamp(updatedMs),
    };
  });
}

/** The clinic's providers, in served order (createdAt). */
export const providerRecords: Derivation<Provider[]> = (clinic) =>
  generateProviders(clinic.stream('providers'), { count: clinic.counts.providers, referenceMs: clinic.referenceMs });
