/**
 * Generates bills (encounters) for completed visits: coding groups of ICD-10-CM diagnoses and
 * CPT/HCPCS line items priced from the clinic's fee schedule, with balances that shrink as the
 * visit ages.
 */
import { billUnder, supervisingPhysicians } from './bill-under.js';
import { type ClinicProfile, clinicProfile } from './clinic-profile.js';
import { ICD10_CODES, type Icd10Code, MODIFIERS, type ModifierCode, PROCEDURE_CODES, type ProcedureCode } from './code-tables.js';
import { patientCoverage } from './coverage.js';
import { linkedDiagnoses } from './diagnosis-pointers.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { formatCents } from './money.js';
import { billingName, providerRecords } from './providers.js';
import { chance, type Faker, pickWeighted } from './random.js';
import { DAY_MS, toIsoTimestamp } from './time.js';
import type { Bill, BillingType, CodingGroup, CodingGroupStatus, Diagnosis, Insurance, LineItem, Provider } from './types.js';
import { type PlannedService, plannedVisits, type VisitPlan } from './visits.js';

export interface BillOptions {
  visits: readonly VisitPlan[];
  coverage: ReadonlyMap<string, readonly Insurance[]>;
  providers: readonly Provider[];
  profile: ClinicProfile;
  referenceMs: number;
}

/** A bill with what the claim generator needs about it that the bill does not show. */
export interface BilledVisit {
  bill: Bill;
  visit: VisitPlan;
  totalChargeCents: number;
  /** The provider the bill is billed under (`billUnderName`). */
  billUnder: Provider;
  /** The practice's own bill number, `BILL-78432`: claims show it as `billHumanId`. */
  humanId: string;
}

/** The lowest number a clinic's first bill can have: bill numbers have five digits or more. */
const FIRST_BILL_NUMBER_MIN = 10_000;

/** Lab and vaccine lines, which a coder may put in a coding group of their own. */
const ANCILLARY_KINDS = new Set(['lab', 'vaccine']);
/** Point-of-care tests billed as CLIA-waived. */
const CLIA_WAIVED = new Set<ProcedureCode>(['87880', '87804', '83036']);
/** Add-on codes that never take a distinct-procedure modifier. */
const ADD_ON_CODES = new Set<ProcedureCode>(['17003']);
const MAX_LINES_PER_GROUP = 4;
const MAX_DIAGNOSES_PER_GROUP = 3;

function isProcedureCode(code: string): code is ProcedureCode {
  return code in PROCEDURE_CODES;
}

/** The visit's own code: an office E/M level, an age-banded preventive code or an annual wellness visit. */
export function visitCode(visit: VisitPlan): ProcedureCode {
  const isNew = visit.scheduled.appointment.isNewPatient;
  let code: string;
  if (visit.scenario.kind === 'awv') {
    code = isNew ? 'G0438' : 'G0439';
  } else if (visit.scenario.kind === 'preventive') {
    const age = visit.ageYears ?? 40;
    const band = age < 1 ? 1 : age <= 4 ? 2 : age <= 11 ? 3 : age <= 17 ? 4 : age <= 39 ? 5 : age <= 64 ? 6 : 7;
    code = `${isNew ? '9938' : '9939'}${band}`;
  } else {
    code = `${isNew ? '9920' : '9921'}${visit.emLevel}`;
  }
  if (!isProcedureCode(code)) throw new Error(`No code table entry for visit code ${code}`);
  return code;
}

function modifier(code: ModifierCode) {
  return { code, name: MODIFIERS[code] };
}

/** Whole-dollar charges: the clinic's fee schedule for a code. */
function chargeCents(code: ProcedureCode, profile: ClinicProfile): number {
  return Math.max(500, Math.round((PROCEDURE_CODES[code].chargeCents * profile.feeMultiplier) / 100) * 100);
}

interface DraftLine {
  code: ProcedureCode;
  units: number;
  modifiers: ModifierCode[];
  /** The visit's own code (office visit, preventive or wellness), always the first line. */
  isVisitCode: boolean;
}

function draftLines(visit: VisitPlan): DraftLine[] {
  const services: PlannedService[] = [{ code: visitCode(visit), units: 1 }, ...visit.services];
  let procedureSeen = false;
  return services.map(({ code, units }, index) => {
    const info = PROCEDURE_CODES[code];
    const modifiers: ModifierCode[] = [];
    if (index === 0) {
      const separateProcedure = visit.services.some((service) => {
        const kind = PROCEDURE_CODES[service.code].kind;
        return kind === 'procedure' || kind === 'therapy';
      });
      if (separateProcedure && visit.scenario.kind === 'problem') modifiers.push('25');
      if (visit.virtual) modifiers.push('95');
    } else {
      if (info.kind === 'procedure' && !ADD_ON_CODES.has(code)) {
        if (procedureSeen) modifiers.push('59');
        procedureSeen = true;
      }
      if ('lateral' in info && info.lateral && visit.scenario.side) modifiers.push(visit.scenario.side === 'right' ? 'RT' : 'LT');
      if (CLIA_WAIVED.has(code)) modifiers.push('QW');
    }
    return { code, units, modifiers, isVisitCode: index === 0 };
  });
}

function groupStatus(faker: Faker, ageDays: number): CodingGroupStatus {
  if (ageDays < 2) return chance(faker, 0.5) ? 'draft' : 'ready';
  if (ageDays < 10)
    return pickWeighted(faker, [
      ['ready', 30],
      ['submitted', 50],
      ['finalized', 20],
    ] as const);
  return chance(faker, 0.85) ? 'finalized' : 'submitted';
}

/**
 * When coding began (within a day after the visit ended) and when the group last changed: soon
 * after for a group still being coded, up to ten days later for one sent on. Never after "now".
 */
function groupTimes(
  faker: Faker,
  visitEndMs: number,
  status: CodingGroupStatus,
  referenceMs: number,
): Pick<CodingGroup, 'createdAt' | 'updatedAt'> {
  const createdMs = faker.number.int({ min: visitEndMs, max: Math.max(visitEndMs, Math.min(referenceMs, visitEndMs + DAY_MS)) });
  const sentOn = status === 'submitted' || status === 'finalized';
  const latestMs = Math.max(createdMs, Math.min(referenceMs, createdMs + (sentOn ? 10 : 2) * DAY_MS));
  const updatedMs = faker.number.int({ min: createdMs, max: latestMs });
  return { createdAt: toIsoTimestamp(createdMs), updatedAt: toIsoTimestamp(updatedMs) };
}

/** Share of each line still owed, from how old the visit is and who pays. */
function outstandingShare(faker: Faker, ageDays: number, billingType: BillingType): number {
  if (ageDays < 14 && billingType !== 'self_pay') return 1;
  const [paid, partial] = billingType === 'self_pay' ? [70, 10] : billingType === 'workers_comp' ? [50, 30] : [55, 30];
  const outcome = pickWeighted(faker, [
    ['paid', paid],
    ['partial', partial],
    ['open', 100 - paid - partial],
  ] as const);
  if (outcome === 'paid') return 0;
  if (outcome === 'open') return 1;
  return faker.number.int({ min: 5, max: 40 }) / 100;
}

/**
 * A physician's office bills almost every visit of an insured patient as professional services
 * to the patient's plans; the patient pays for cosmetic care, without coverage, or by choice;
 * some injuries of working-age adults happened at work.
 */
function drawBillingType(faker: Faker, visit: VisitPlan, cosmetic: boolean, insured: boolean): BillingType {
  if (cosmetic || !insured) return 'self_pay';
  const age = visit.ageYears ?? 40;
  if (visit.scenario.injury && age >= 18 && age < 65 && chance(faker, 0.2)) return 'workers_comp';
  return chance(faker, 0.03) ? 'self_pay' : 'professional';
}

/**
 * One bill for almost every completed visit (a few recent ones are not coded yet), in visit
 * order. A bill has one coding group, or two when labs and vaccines are coded apart.
 */
export function generateBills(faker: Faker, { visits, coverage, providers, profile, referenceMs }: BillOptions): BilledVisit[] {
  const supervisors = supervisingPhysicians(providers);
  const billed: Omit<BilledVisit, 'humanId'>[] = [];
  for (const visit of visits) {
    const { scheduled } = visit;
    const ageDays = (referenceMs - scheduled.endMs) / DAY_MS;
    if (!chance(faker, ageDays < 3 ? 0.6 : 0.97)) continue;

    const cosmetic = visit.scenario.cosmeticProbability !== undefined && chance(faker, visit.scenario.cosmeticProbability);
    const billingType = drawBillingType(faker, visit, cosmetic, (coverage.get(scheduled.patient.id) ?? []).length > 0);
    const share = outstandingShare(faker, ageDays, billingType);

    const lines = draftLines(visit);
    const ancillary = lines.filter((line, index) => index > 0 && ANCILLARY_KINDS.has(PROCEDURE_CODES[line.code].kind));
    const split = ancillary.length > 0 && (lines.length > MAX_LINES_PER_GROUP || chance(faker, 0.3));
    const groupsOfLines = split ? [lines.filter((line) => !ancillary.includes(line)), ancillary] : [lines];

    let totalChargeCents = 0;
    const codingGroups: CodingGroup[] = groupsOfLines.map((groupLines, groupIndex) => {
      const kept = groupLines.slice(0, MAX_LINES_PER_GROUP);
      const hasVaccine = kept.some((line) => PROCEDURE_CODES[line.code].kind === 'vaccine');
      let codes: Icd10Code[] = groupIndex === 0 ? [...visit.diagnoses] : [visit.diagnoses[0] as Icd10Code];
      if (hasVaccine && visit.diagnoses.includes('Z23') && !codes.includes('Z23')) codes.push('Z23');
      if (!hasVaccine && codes.length > 1) codes = codes.filter((code) => code !== 'Z23');
      codes = codes.slice(0, MAX_DIAGNOSES_PER_GROUP);

      const id = prefixedId(faker, ID_PREFIXES.codingGroup);
      const status = groupStatus(faker, ageDays);
      const { createdAt, updatedAt } = groupTimes(faker, scheduled.endMs, status, referenceMs);
      const diagnoses: Diagnosis[] = codes.map((code, index) => ({
        id: prefixedId(faker, ID_PREFIXES.diagnosis),
        code,
        description: ICD10_CODES[code],
        position: index + 1,
        codeRevision: 'ICD-10-CM',
      }));
      const lineItems: LineItem[] = kept.map((line, lineIndex) => {
        const charge = chargeCents(line.code, profile);
        const total = charge * line.units;
        totalChargeCents += total;
        const info = PROCEDURE_CODES[line.code];
        return {
          id: prefixedId(faker, ID_PREFIXES.lineItem),
          code: line.code,
          codeType: info.codeType,
          description: info.description,
          // A6 documents units as a string ("1"): a client that does arithmetic must parse it.
          units: String(line.units),
          charge: formatCents(charge),
          totalCharge: formatCents(total),
          balance: formatCents(Math.round(total * share)),
          modifiers: line.modifiers.map(modifier),
          position: lineIndex + 1,
          linkedDiagnoses: linkedDiagnoses({ kind: info.kind, isVisitCode: line.isVisitCode }, diagnoses),
        };
      });
      return { id, status, createdAt, updatedAt, diagnoses, lineItems };
    });

    const { patient, provider, facility } = scheduled;
    const id = prefixedId(faker, ID_PREFIXES.bill);
    const isBillable = !chance(faker, 0.03);
    const underProvider = billUnder(faker, visit, billingType, supervisors);
    const bill: Bill = {
      id,
      dateOfService: scheduled.localDate,
      billingType,
      isCosmetic: cosmetic,
      isBillable,
      virtualEncounter: visit.virtual,
      // E/M coding levels office visits; preventive and wellness visits have no level to code.
      isEmCodingEnabled: PROCEDURE_CODES[visitCode(visit)].kind === 'em',
      patientId: patient.id,
      patientFirstName: patient.firstName,
      patientLastName: patient.lastName,
      patientDob: patient.dateOfBirth,
      primaryProviderName: billingName(provider),
      billUnderName: billingName(underProvider),
      facilityId: facility.id,
      facilityName: facility.name,
      specialty: facility.specialty,
      codingGroups,
    };
    billed.push({ bill, visit, totalChargeCents, billUnder: underProvider });
  }
  // The practice numbers its bills in the order it writes them, from where its count stood.
  const firstNumber = faker.number.int({ min: FIRST_BILL_NUMBER_MIN, max: 8 * FIRST_BILL_NUMBER_MIN });
  return billed.map((entry, index) => ({ ...entry, humanId: `BILL-${firstNumber + index}` }));
}

/** Each billed visit with its bill: what claims are made from. */
export const billedVisits: Derivation<BilledVisit[]> = (clinic) =>
  generateBills(clinic.stream('bills'), {
    visits: clinic.use(plannedVisits),
    coverage: clinic.use(patientCoverage),
    providers: clinic.use(providerRecords),
    profile: clinic.use(clinicProfile),
    referenceMs: clinic.referenceMs,
  });

/** The clinic's bills, in served order (by visit). */
export const billRecords: Derivation<Bill[]> = (clinic) => clinic.use(billedVisits).map((entry) => entry.bill);
