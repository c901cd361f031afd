/**
 * Generates insurance claims for billable professional bills: the bill's total is claimed
 * against the patient's plans, and the claim's status and balance follow its age.
 */
import { type BilledVisit, billedVisits } from './bills.js';
import { cliaNumberOf } from './clia.js';
import { patientCoverage } from './coverage.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { formatCents } from './money.js';
import { chance, type Faker, pickWeighted } from './random.js';
import { DAY_MS, dayNumber, HOUR_MS, toIsoDate, toIsoTimestamp } from './time.js';
import type { Bill, Claim, ClaimStatus, Insurance } from './types.js';

export interface ClaimOptions {
  billed: readonly BilledVisit[];
  coverage: ReadonlyMap<string, readonly Insurance[]>;
  referenceMs: number;
}

const FRESH: readonly (readonly [ClaimStatus, number])[] = [
  ['draft', 60],
  ['submitted', 40],
];
const RECENT: readonly (readonly [ClaimStatus, number])[] = [
  ['draft', 10],
  ['submitted', 40],
  ['accepted', 35],
  ['rejected', 5],
  ['paid', 10],
];
const SETTLED: readonly (readonly [ClaimStatus, number])[] = [
  ['paid', 55],
  ['partially_paid', 20],
  ['accepted', 8],
  ['denied', 8],
  ['submitted', 5],
  ['rejected', 4],
];

function drawStatus(faker: Faker, ageDays: number, coded: boolean): ClaimStatus {
  if (!coded) return 'draft';
  return pickWeighted(faker, ageDays < 3 ? FRESH : ageDays < 15 ? RECENT : SETTLED);
}

function balanceCents(faker: Faker, status: ClaimStatus, amountCents: number): number {
  if (status === 'paid') return 0;
  if (status === 'partially_paid') return Math.round((amountCents * faker.number.int({ min: 10, max: 60 })) / 100);
  return amountCents;
}

/** Whether the bill has a CLIA-waived lab test (modifier QW), which puts a CLIA number on the claim. */
function billsWaivedTest(bill: Bill): boolean {
  return bill.codingGroups.some((group) => group.lineItems.some((line) => line.modifiers.some((mod) => mod.code === 'QW')));
}

/**
 * Claims for most billable professional bills of insured patients, in bill order. A claim is a
 * draft while its bill is still being coded; otherwise its submission date is set.
 */
export function generateClaims(faker: Faker, { billed, coverage, referenceMs }: ClaimOptions): Claim[] {
  const claims: Claim[] = [];
  for (const { bill, visit, totalChargeCents, billUnder, humanId } of billed) {
    const insurance = coverage.get(bill.patientId) ?? [];
    if (bill.billingType !== 'professional' || !bill.isBillable || insurance.length === 0) continue;
    if (!chance(faker, 0.92)) continue;

    const visitEndMs = visit.scheduled.endMs;
    const ageDays = (referenceMs - visitEndMs) / DAY_MS;
    const coded = bill.codingGroups.every((group) => group.status !== 'draft' && group.status !== 'ready');
    const status = drawStatus(faker, ageDays, coded);

    // Created within three days of the visit, never after "now".
    const createdMs = faker.number.int({
      min: visitEndMs,
      max: Math.max(visitEndMs, Math.min(referenceMs, visitEndMs + 3 * DAY_MS)),
    });
    let submittedMs: number | null = null;
    if (status !== 'draft')
      submittedMs = faker.number.int({ min: createdMs, max: Math.min(referenceMs, createdMs + 2 * DAY_MS) });
    const settledStatus = status !== 'draft' && status !== 'submitted';
    const lastChangeFrom = settledStatus && submittedMs !== null ? Math.min(referenceMs, submittedMs + 14 * DAY_MS) : createdMs;
    const lastChangeTo =
      settledStatus && submittedMs !== null
        ? Math.min(referenceMs, submittedMs + 45 * DAY_MS)
        : Math.min(referenceMs, createdMs + 2 * DAY_MS + HOUR_MS);
    const updatedMs = faker.number.int({ min: lastChangeFrom, max: Math.max(lastChangeFrom, lastChangeTo) });

    claims.push({
      id: prefixedId(faker, ID_PREFIXES.claim),
      claimAmount: formatCents(totalChargeCents),
      balance: formatCents(balanceCents(faker, status, totalChargeCents)),
      claimStatus: status,
      submittedDate: submittedMs === null ? null : toIsoDate(dayNumber(submittedMs) * DAY_MS),
      claimCreatedDate: toIsoDate(createdMs),
      billId: bill.id,
      dateOfService: bill.dateOfService,
      billHumanId: humanId,
      patientId: bill.patientId,
      patientFirstName: bill.patientFirstName,
      patientLastName: bill.patientLastName,
      patientDob: bill.patientDob,
      primaryProviderName: bill.primaryProviderName,
      billUnderName: bill.billUnderName,
      facilityId: bill.facilityId,
      facilityName: bill.facilityName,
      specialty: bill.specialty,
      primaryInsurance: insurance.find((plan) => plan.isPrimary)?.payerName ?? null,
      secondaryInsurance: insurance.find((plan) => !plan.isPrimary)?.payerName ?? null,
      createdAt: toIsoTimestamp(createdMs),
      updatedAt: toIsoTimestamp(updatedMs),
      primaryProviderId: visit.scheduled.provider.id,
      billUnderId: billUnder.id,
      cliaNumber: billsWaivedTest(bill) ? cliaNumberOf(bill.facilityId) : null,
      insurance: insurance as Insurance[],
    });
  }
  return claims;
}

/** The clinic's claims, in served order (by visit). */
export const claimRecords: Derivation<Claim[]> = (clinic) =>
  generateClaims(clinic.stream('claims'), {
    billed: clinic.use(billedVisits),
    coverage: clinic.use(patientCoverage),
    referenceMs: clinic.referenceMs,
  });
