/**
 * Decides each patient's insurance once, so every claim of a patient lists the same plans:
 * Medicare for most patients 65 and over, a parent's plan or Medicaid for children, employer
 * plans for most working-age adults, and no coverage for a few.
 */
import { COMMERCIAL_PLANS, MEDICAID_PLANS, MEDICARE_PLANS, MEDIGAP_PLANS, type PayerPlan, TRICARE_PLANS } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { formatCents } from './money.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './name-pools.js';
import { patientRecords } from './patients.js';
import { chance, digits, type Faker, letters, pick, pickWeighted } from './random.js';
import { ageInYears } from './time.js';
import type { Insurance, Patient } from './types.js';

export interface CoverageOptions {
  patients: readonly Patient[];
  referenceMs: number;
}

type PlanFamily = 'commercial' | 'medicare' | 'medicaid' | 'tricare' | 'none';

const PLAN_MIX: Record<'child' | 'adult' | 'senior', readonly (readonly [PlanFamily, number])[]> = {
  child: [
    ['commercial', 52],
    ['medicaid', 40],
    ['tricare', 3],
    ['none', 5],
  ],
  adult: [
    ['commercial', 70],
    ['medicaid', 15],
    ['tricare', 3],
    ['none', 12],
  ],
  senior: [
    ['medicare', 90],
    ['commercial', 5],
    ['none', 5],
  ],
};

const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** A Medicare Beneficiary Identifier in the CMS format, e.g. `1EG4TE5MK73`. */
function drawMbi(faker: Faker): string {
  const letter = () => MBI_LETTERS[faker.number.int(MBI_LETTERS.length - 1)] as string;
  const digit = () => faker.number.int(9).toString();
  const either = () => (chance(faker, 0.5) ? letter() : digit());
  return `${faker.number.int({ min: 1, max: 9 })}${letter()}${either()}${digit()}${letter()}${either()}${digit()}${letter()}${letter()}${digit()}${digit()}`;
}

function drawMemberId(faker: Faker, plan: PayerPlan): string {
  switch (plan.kind) {
    case 'medicare':
      return plan.payerName === 'Medicare' ? drawMbi(faker) : `H${digits(faker, 10)}`;
    case 'medicaid':
      return digits(faker, 10, false);
    case 'tricare':
      return digits(faker, 11, false);
    default:
      return `${letters(faker, 3)}${digits(faker, 9)}`;
  }
}

/**
 * The number of the policy the member is covered under (A6: it differs from the member ID): an
 * employer group or individual policy for commercial plans, a contract number for government
 * ones. Its shape never matches a member ID's (other lengths), so the two can never be equal.
 */
function drawPolicyNumber(faker: Faker, plan: PayerPlan): string {
  return plan.kind === 'commercial' ? `${letters(faker, 2)}${digits(faker, 8)}` : digits(faker, 12, false);
}

function drawDeductible(faker: Faker, plan: PayerPlan): string | null {
  if (plan.kind === 'medicaid') return null;
  if (plan.planName === 'Medicare Part B') return chance(faker, 0.6) ? '0.00' : '257.00';
  if (plan.kind === 'medicare') return null;
  if (chance(faker, 0.2)) return null;
  if (chance(faker, 0.25)) return '0.00';
  return formatCents(faker.number.int({ min: 1, max: 60 }) * 5_000);
}

function toInsurance(faker: Faker, plan: PayerPlan, isPrimary: boolean, subscriberName: string): Insurance {
  const memberId = drawMemberId(faker, plan);
  return {
    payerName: plan.payerName,
    planName: plan.planName,
    policyType: plan.policyType,
    isPrimary,
    memberId,
    groupNumber: plan.hasGroupNumber ? digits(faker, faker.number.int({ min: 6, max: 8 })) : null,
    policyNumber: drawPolicyNumber(faker, plan),
    subscriberName,
    copayAmount: plan.copayCents === null ? null : formatCents(plan.copayCents),
    deductibleRemaining: drawDeductible(faker, plan),
  };
}

/** Insurance of each patient by patient id; an empty list means the patient pays for themselves. */
export function generateCoverage(faker: Faker, { patients, referenceMs }: CoverageOptions): Map<string, Insurance[]> {
  const coverage = new Map<string, Insurance[]>();
  for (const patient of patients) {
    const age = patient.dateOfBirth === null ? 40 : ageInYears(patient.dateOfBirth, referenceMs);
    const group = age < 18 ? 'child' : age >= 65 ? 'senior' : 'adult';
    const family = pickWeighted(faker, PLAN_MIX[group]);
    const self = `${patient.firstName} ${patient.lastName}`;
    const parent = `${pick(faker, chance(faker, 0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)} ${patient.lastName}`;
    const holder = group === 'child' ? parent : self;
    const plans: Insurance[] = [];

    if (family === 'medicare') {
      const plan = pick(faker, MEDICARE_PLANS);
      plans.push(toInsurance(faker, plan, true, self));
      if (plan.planName === 'Medicare Part B' && chance(faker, 0.7))
        plans.push(toInsurance(faker, pick(faker, MEDIGAP_PLANS), false, self));
    } else if (family === 'commercial') {
      plans.push(toInsurance(faker, pick(faker, COMMERCIAL_PLANS), true, holder));
      // A second plan through a spouse or the other parent.
      if (chance(faker, 0.06)) {
        const other = `${pick(faker, chance(faker, 0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)} ${patient.lastName}`;
        plans.push(toInsurance(faker, pick(faker, COMMERCIAL_PLANS), false, other));
      }
    } else if (family === 'medicaid') {
      plans.push(toInsurance(faker, pick(faker, MEDICAID_PLANS), true, self));
    } else if (family === 'tricare') {
      plans.push(toInsurance(faker, pick(faker, TRICARE_PLANS), true, holder));
    }
    coverage.set(patient.id, plans);
  }
  return coverage;
}

/** Each patient's insurance, by patient id: what bills and claims bill. */
export const patientCoverage: Derivation<Map<string, Insurance[]>> = (clinic) =>
  generateCoverage(clinic.stream('coverage'), { patients: clinic.use(patientRecords), referenceMs: clinic.referenceMs });
