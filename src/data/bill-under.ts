/**
 * Whom a bill is billed under: the provider who saw the patient or, for some established-patient
 * visits with a nurse practitioner or physician assistant, a supervising physician. That is
 * "incident-to" billing, which pays the physician's rate and is common in physicians' offices.
 */
import { CREDENTIALS } from './code-tables.js';
import { isBillingProvider, providerCredential } from './providers.js';
import { chance, type Faker, pick } from './random.js';
import type { BillingType, Provider } from './types.js';
import type { VisitPlan } from './visits.js';

/** How often a visit that may be billed incident-to is. */
const INCIDENT_TO_SHARE = 0.4;

function isPhysician(provider: Provider): boolean {
  return CREDENTIALS[providerCredential(provider)].doctor;
}

/** The visible, billing physicians who supervise: those an NP's or PA's visit can be billed under. */
export function supervisingPhysicians(providers: readonly Provider[]): Provider[] {
  return providers.filter(
    (provider) =>
      provider.roles.includes('Supervising Physician') &&
      isPhysician(provider) &&
      isBillingProvider(provider) &&
      !provider.hidden,
  );
}

/**
 * The provider a bill is billed under. Incident-to needs an established patient seen in person
 * and a plan that pays for it, so a new patient, a telehealth visit or a bill not sent to the
 * patient's plans stays under the provider who saw the patient. Draws only for visits that may
 * be billed incident-to.
 */
export function billUnder(faker: Faker, visit: VisitPlan, billingType: BillingType, supervisors: readonly Provider[]): Provider {
  const { provider, appointment } = visit.scheduled;
  if (isPhysician(provider) || appointment.isNewPatient || visit.virtual || billingType !== 'professional') return provider;
  if (supervisors.length === 0 || !chance(faker, INCIDENT_TO_SHARE)) return provider;
  return pick(faker, supervisors);
}
