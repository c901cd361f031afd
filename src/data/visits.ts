/**
 * Decides what happened at each completed appointment: the clinical scenario, the diagnoses,
 * the services performed and whether it was a telehealth visit. Bills and notes both read
 * this plan, so a note about a sprained right ankle goes with a bill for S93.401A.
 */
import { type ScheduledAppointment, scheduledAppointments } from './appointments.js';
import { type ClinicProfile, clinicProfile } from './clinic-profile.js';
import { CLINICAL_SCENARIOS, type ClinicalScenario } from './clinical-scenarios.js';
import type { Icd10Code, ProcedureCode, Specialty } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { chance, type Faker, pick, pickDistinct, pickWeighted } from './random.js';
import { ageInYears } from './time.js';

export interface PlannedService {
  code: ProcedureCode;
  units: number;
}

export interface VisitPlan {
  scheduled: ScheduledAppointment;
  scenario: ClinicalScenario;
  /** Age in whole years on the visit day; null when the date of birth is unknown. */
  ageYears: number | null;
  virtual: boolean;
  /** Office E/M level 2..5, used for `problem` visits. */
  emLevel: number;
  /** In order: the primary diagnosis first, then at most two more. */
  diagnoses: Icd10Code[];
  /** Services besides the visit code itself, in the order performed. */
  services: PlannedService[];
}

export interface VisitOptions {
  /** Appointments in date order; only the completed ones get a plan. */
  scheduled: readonly ScheduledAppointment[];
  profile: ClinicProfile;
}

/** Age used to pick scenarios when the date of birth is unknown. */
const UNKNOWN_AGE = 40;
/** How often a patient comes back for the same problem. */
const FOLLOW_UP_SHARE = 0.5;

function candidatesFor(specialty: Specialty, age: number): ClinicalScenario[] {
  const fits = (scenario: ClinicalScenario) => age >= scenario.ages[0] && age <= scenario.ages[1];
  const forSpecialty = CLINICAL_SCENARIOS.filter((scenario) => scenario.specialties.includes(specialty) && fits(scenario));
  if (forSpecialty.length > 0) return forSpecialty;
  const anyFitting = CLINICAL_SCENARIOS.filter(fits);
  return anyFitting.length > 0 ? anyFitting : [...CLINICAL_SCENARIOS];
}

/** One plan per completed appointment, in appointment order. */
export function planVisits(faker: Faker, { scheduled, profile }: VisitOptions): VisitPlan[] {
  const candidateCache = new Map<string, { list: ClinicalScenario[]; weighted: (readonly [ClinicalScenario, number])[] }>();
  const ongoingProblem = new Map<string, ClinicalScenario>();
  const plans: VisitPlan[] = [];

  for (const entry of scheduled) {
    if (entry.appointment.status !== 'completed') continue;
    const { patient, facility } = entry;
    const ageYears = patient.dateOfBirth === null ? null : ageInYears(patient.dateOfBirth, entry.startMs);
    const age = ageYears ?? UNKNOWN_AGE;
    const specialty = (facility.specialty as Specialty | null) ?? profile.specialty;
    const cacheKey = `${specialty}|${age}`;
    let candidates = candidateCache.get(cacheKey);
    if (!candidates) {
      const list = candidatesFor(specialty, age);
      candidates = { list, weighted: list.map((candidate) => [candidate, candidate.weight] as const) };
      candidateCache.set(cacheKey, candidates);
    }

    const ongoing = ongoingProblem.get(patient.id);
    let scenario: ClinicalScenario;
    if (ongoing && candidates.list.includes(ongoing) && chance(faker, FOLLOW_UP_SHARE)) {
      scenario = ongoing;
    } else {
      scenario = pickWeighted(faker, candidates.weighted);
      if (scenario.kind === 'problem' && !ongoing) ongoingProblem.set(patient.id, scenario);
    }

    const virtual = scenario.virtualOk && chance(faker, 0.12);
    const [minLevel, maxLevel] = scenario.emLevels;
    const emLevel = faker.number.int({ min: minLevel, max: maxLevel });

    const services: PlannedService[] = [];
    for (const group of scenario.services) {
      if (!chance(faker, group.probability)) continue;
      for (const service of group.services) {
        const [minUnits, maxUnits] = service.units ?? [1, 1];
        services.push({ code: service.code, units: faker.number.int({ min: minUnits, max: maxUnits }) });
      }
    }

    const primary = pick(faker, scenario.primary);
    const secondaryPool = scenario.secondary.filter((code) => code !== primary);
    const diagnoses: Icd10Code[] = [
      primary,
      ...pickDistinct(faker, secondaryPool, faker.number.int(Math.min(2, secondaryPool.length))),
    ];
    // A vaccine given in person is coded with Z23.
    const vaccinated = !virtual && services.some((service) => service.code === '90471');
    if (vaccinated && !diagnoses.includes('Z23')) {
      if (diagnoses.length >= 3) diagnoses.pop();
      diagnoses.push('Z23');
    } else if (!vaccinated && diagnoses.includes('Z23')) {
      diagnoses.splice(diagnoses.indexOf('Z23'), 1);
    }

    // A telehealth visit has no hands-on services.
    plans.push({ scheduled: entry, scenario, ageYears, virtual, emLevel, diagnoses, services: virtual ? [] : services });
  }
  return plans;
}

/** What happened at each appointment: what bills, claims and notes are written from. */
export const plannedVisits: Derivation<VisitPlan[]> = (clinic) =>
  planVisits(clinic.stream('visits'), { scheduled: clinic.use(scheduledAppointments), profile: clinic.use(clinicProfile) });
