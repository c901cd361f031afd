import { describe, expect, it } from 'vitest';
import { ICD10_CODES, MODIFIERS, PROCEDURE_CODES, US_TIMEZONES } from '../../src/data/code-tables.js';
import { isValidNpi } from '../../src/data/npi.js';
import { billingName } from '../../src/data/providers.js';
import {
  AI_STATUSES,
  APPOINTMENT_STATUSES,
  BILLING_TYPES,
  CLAIM_STATUSES,
  CODING_GROUP_STATUSES,
  NOTE_STATUSES,
} from '../../src/data/types.js';
import { COUNTS, cents, clinic, ISO_DATE, ISO_TIMESTAMP, MONEY, REFERENCE_MS } from './support.js';

const records = clinic();
const DAY_MS = 86_400_000;
const ID_PATTERNS = {
  facilities: /^fac_[0-9a-f]{32}$/,
  providers: /^prv_[0-9a-f]{32}$/,
  patients: /^pat_[0-9a-f]{32}$/,
  appointments: /^apt_[0-9a-f]{32}$/,
  bills: /^bil_[0-9a-f]{32}$/,
  claims: /^clm_[0-9a-f]{32}$/,
  notes: /^nte_[0-9a-f]{32}$/,
  staffUsers: /^usr_[0-9a-f]{32}$/,
} as const;

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

describe('counts', () => {
  it('generates the requested numbers of records', () => {
    expect(records.patients).toHaveLength(COUNTS.patients);
    expect(records.providers).toHaveLength(COUNTS.providers);
    expect(records.facilities).toHaveLength(COUNTS.facilities);
    expect(records.staffUsers).toHaveLength(COUNTS.staffUsers);
    expect(records.appointments).toHaveLength(Math.round(COUNTS.patients * COUNTS.appointmentsPerPatient));
  });

  it('bills most completed appointments and writes a note for each', () => {
    const completed = records.appointments.filter((appointment) => appointment.status === 'completed');
    expect(records.notes).toHaveLength(completed.length);
    expect(records.bills.length).toBeLessThanOrEqual(completed.length);
    expect(records.bills.length).toBeGreaterThan(completed.length * 0.85);
    const professionalBills = records.bills.filter((bill) => bill.billingType === 'professional' && bill.isBillable);
    expect(records.claims.length).toBeLessThanOrEqual(professionalBills.length);
    expect(records.claims.length).toBeGreaterThan(professionalBills.length * 0.8);
  });

  it('handles empty clinics', () => {
    const empty = clinic({ counts: { patients: 0, providers: 0, facilities: 0, staffUsers: 0, appointmentsPerPatient: 3 } });
    expect(Object.values(empty).every((list) => list.length === 0)).toBe(true);
    const noProviders = clinic({ counts: { ...COUNTS, providers: 0 } });
    expect(noProviders.patients).toHaveLength(COUNTS.patients);
    expect(noProviders.appointments).toEqual([]);
    expect(noProviders.notes).toEqual([]);
  });

  it('rejects invalid options', () => {
    expect(() => clinic({ counts: { ...COUNTS, patients: -1 } })).toThrow(RangeError);
    expect(() => clinic({ counts: { ...COUNTS, providers: 1.5 } })).toThrow(RangeError);
    expect(() => clinic({ counts: { ...COUNTS, appointmentsPerPatient: Number.NaN } })).toThrow(RangeError);
    expect(() => clinic({ referenceDate: 'yesterday' })).toThrow(RangeError);
  });
});

describe('ids', () => {
  it('have the type prefix and 32 lowercase hex digits', () => {
    for (const [key, pattern] of Object.entries(ID_PATTERNS)) {
      for (const record of records[key as keyof typeof ID_PATTERNS]) expect(record.id).toMatch(pattern);
    }
    for (const group of records.bills.flatMap((bill) => bill.codingGroups)) {
      expect(group.id).toMatch(/^cg_[0-9a-f]{32}$/);
      for (const diagnosis of group.diagnoses) expect(diagnosis.id).toMatch(/^dgn_[0-9a-f]{32}$/);
      for (const line of group.lineItems) expect(line.id).toMatch(/^lin_[0-9a-f]{32}$/);
    }
  });

  it('are unique across the clinic', () => {
    const groups = records.bills.flatMap((bill) => bill.codingGroups);
    const ids = [
      ...Object.keys(ID_PATTERNS).flatMap((key) => records[key as keyof typeof ID_PATTERNS].map((record) => record.id)),
      ...groups.map((group) => group.id),
      ...groups.flatMap((group) => group.diagnoses.map((diagnosis) => diagnosis.id)),
      ...groups.flatMap((group) => group.lineItems.map((line) => line.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('patients', () => {
  const { patients } = records;

  it('have unique MRNs rising with registration', () => {
    const mrns = patients.flatMap((patient) => (patient.mrn === null ? [] : [patient.mrn]));
    for (const mrn of mrns) expect(mrn).toMatch(/^MRN-\d{7}$/);
    expect(new Set(mrns).size).toBe(mrns.length);
    expect([...mrns].sort()).toEqual(mrns);
  });

  it('use the documented formats and safe contact details', () => {
    for (const patient of patients) {
      expect(patient.firstName).toMatch(/^[A-Z][A-Za-z' -]+$/);
      expect(patient.lastName).toMatch(/^[A-Z][A-Za-z' -]+$/);
      expect(['Male', 'Female', null]).toContain(patient.gender);
      if (patient.phone !== null) expect(patient.phone).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
      if (patient.email !== null) expect(patient.email).toMatch(/^[a-z0-9._]+@example\.(com|org|net)$/);
      if (patient.dateOfBirth !== null) {
        expect(patient.dateOfBirth).toMatch(ISO_DATE);
        expect(patient.dateOfBirth >= '1935-01-01' && patient.dateOfBirth <= '2024-12-31').toBe(true);
        expect(patient.dateOfBirth <= patient.createdAt.slice(0, 10)).toBe(true);
      }
    }
  });

  it('were created within three years before the reference date and updated after', () => {
    for (const patient of patients) {
      expect(patient.createdAt).toMatch(ISO_TIMESTAMP);
      expect(patient.updatedAt).toMatch(ISO_TIMESTAMP);
      const created = Date.parse(patient.createdAt);
      expect(created).toBeGreaterThanOrEqual(REFERENCE_MS - 3 * 366 * DAY_MS);
      expect(patient.updatedAt >= patient.createdAt).toBe(true);
      expect(Date.parse(patient.updatedAt)).toBeLessThanOrEqual(REFERENCE_MS);
    }
    const created = patients.map((patient) => patient.createdAt);
    expect([...created].sort()).toEqual(created);
  });

  it('leave realistic gaps', () => {
    // Every field the document allows to be null is null for a few patients, never for many.
    for (const field of ['mrn', 'gender', 'dateOfBirth'] as const) {
      const missing = share(patients, (patient) => patient[field] === null);
      expect(missing, field).toBeGreaterThan(0.01);
      expect(missing, field).toBeLessThan(0.06);
    }
    expect(share(patients, (patient) => patient.middleName === null)).toBeGreaterThan(0.1);
    expect(share(patients, (patient) => patient.middleName === null)).toBeLessThan(0.3);
    expect(share(patients, (patient) => patient.email === null)).toBeLessThan(0.12);
    expect(share(patients, (patient) => patient.phone === null)).toBeLessThan(0.12);
    expect(share(patients, (patient) => patient.email !== null)).toBeGreaterThan(0.85);
  });
});

describe('providers', () => {
  const { providers } = records;

  it('show credentials in their display names', () => {
    for (const provider of providers) {
      const match = /^(.+), (MD|DO|NP|PA-C|RN)$/.exec(provider.displayLastName);
      expect(match?.[1]).toBe(provider.lastName);
      const doctor = match?.[2] === 'MD' || match?.[2] === 'DO';
      expect(provider.displayFirstName).toBe(doctor ? `Dr. ${provider.firstName}` : provider.firstName);
    }
  });

  it('have unique lowercase usernames, valid NPIs and consistent permissions', () => {
    expect(new Set(providers.map((provider) => provider.username)).size).toBe(providers.length);
    for (const provider of providers) {
      expect(provider.username).toMatch(/^[a-z]+\.[a-z]+\d*$/);
      expect(provider.roles.length).toBeGreaterThan(0);
      if (provider.individualNpi !== null) expect(isValidNpi(provider.individualNpi)).toBe(true);
      else expect(provider.canFinalize).toBe(false);
      if (provider.roles.includes('Supervising Physician')) expect(provider.canCosign).toBe(true);
      expect(provider.updatedAt >= provider.createdAt).toBe(true);
    }
    expect(providers.some((provider) => !provider.hidden && provider.individualNpi !== null)).toBe(true);
  });
});

describe('facilities', () => {
  it('are named after the practice and sit in US time zones', () => {
    const zones = new Set(US_TIMEZONES.map((zone) => zone.zone));
    for (const facility of records.facilities) {
      expect(facility.name).toMatch(/^.+ - .+$/);
      expect(zones.has(facility.timezone)).toBe(true);
      if (facility.organizationNpi !== null) expect(isValidNpi(facility.organizationNpi)).toBe(true);
      expect(facility.updatedAt >= facility.createdAt).toBe(true);
    }
    expect(records.facilities[0]?.isVisible).toBe(true);
    expect(new Set(records.facilities.map((facility) => facility.name)).size).toBe(records.facilities.length);
  });

  it('take the organization name and its specialty when given', () => {
    const derm = clinic({ organizationName: 'Harbor Dermatology' });
    for (const facility of derm.facilities) {
      expect(facility.name.startsWith('Harbor Dermatology - ')).toBe(true);
      expect([null, 'Dermatology']).toContain(facility.specialty);
    }
    const peds = clinic({ organizationName: 'Mesa Pediatrics' });
    const adults = peds.patients.filter((patient) => patient.dateOfBirth !== null && patient.dateOfBirth < '2004-01-01');
    expect(adults).toEqual([]);
  });
});

describe('appointments', () => {
  const { appointments } = records;

  it('are sorted by start and last 15 to 60 minutes', () => {
    const starts = appointments.map((appointment) => appointment.scheduledStartDate);
    expect([...starts].sort()).toEqual(starts);
    for (const appointment of appointments) {
      expect(appointment.scheduledStartDate).toMatch(ISO_TIMESTAMP);
      const minutes = (Date.parse(appointment.scheduledEndDate) - Date.parse(appointment.scheduledStartDate)) / 60_000;
      expect([15, 30, 45, 60]).toContain(minutes);
      expect(APPOINTMENT_STATUSES).toContain(appointment.status);
    }
  });

  it('span 18 months back to 3 months ahead, with statuses that fit the time', () => {
    for (const appointment of appointments) {
      const start = Date.parse(appointment.scheduledStartDate);
      const end = Date.parse(appointment.scheduledEndDate);
      expect(start).toBeGreaterThan(REFERENCE_MS - 550 * DAY_MS);
      expect(start).toBeLessThan(REFERENCE_MS + 93 * DAY_MS);
      if (end <= REFERENCE_MS) expect(['completed', 'cancelled', 'no_show']).toContain(appointment.status);
      if (start > REFERENCE_MS) expect(['scheduled', 'confirmed', 'checked_in']).toContain(appointment.status);
    }
    expect(share(appointments, (appointment) => appointment.status === 'completed')).toBeGreaterThan(0.5);
    expect(appointments.some((appointment) => Date.parse(appointment.scheduledStartDate) > REFERENCE_MS)).toBe(true);
  });

  it('were booked before they start and after the patient registered', () => {
    for (const appointment of appointments) {
      expect(appointment.createdAt).toMatch(ISO_TIMESTAMP);
      expect(appointment.createdAt < appointment.scheduledStartDate).toBe(true);
      expect(appointment.createdAt >= appointment.patient.createdAt).toBe(true);
      expect(Date.parse(appointment.createdAt)).toBeLessThanOrEqual(REFERENCE_MS);
    }
  });

  it('were last synced after booking, after a past visit ended, and not after the reference date', () => {
    for (const appointment of appointments) {
      expect(appointment.lastSyncedAt).toMatch(ISO_TIMESTAMP);
      expect(appointment.lastSyncedAt >= appointment.createdAt).toBe(true);
      expect(Date.parse(appointment.lastSyncedAt)).toBeLessThanOrEqual(REFERENCE_MS);
      if (appointment.status === 'completed' || appointment.status === 'no_show')
        expect(appointment.lastSyncedAt >= appointment.scheduledEndDate).toBe(true);
      if (appointment.status === 'cancelled') expect(appointment.lastSyncedAt <= appointment.scheduledStartDate).toBe(true);
    }
  });

  it('mark only each patient’s first appointment as new', () => {
    const firstByPatient = new Map<string, string>();
    for (const appointment of appointments) {
      if (!firstByPatient.has(appointment.patient.id)) firstByPatient.set(appointment.patient.id, appointment.id);
    }
    for (const appointment of appointments) {
      expect(appointment.isNewPatient).toBe(firstByPatient.get(appointment.patient.id) === appointment.id);
    }
  });

  it('embed the provider without the hidden flag', () => {
    const providers = new Map(records.providers.map((provider) => [provider.id, provider]));
    for (const appointment of appointments) {
      expect(appointment.provider).not.toHaveProperty('hidden');
      const { hidden: _hidden, ...expected } = providers.get(appointment.provider.id)!;
      expect(appointment.provider).toEqual(expected);
      expect(appointment.provider.individualNpi).not.toBeNull();
    }
  });
});

describe('bills', () => {
  it('have consistent line items and money strings', () => {
    for (const bill of records.bills) {
      expect(bill.dateOfService).toMatch(ISO_DATE);
      expect(bill.codingGroups.length).toBeGreaterThanOrEqual(1);
      expect(bill.codingGroups.length).toBeLessThanOrEqual(2);
      expect(bill.primaryProviderName).toMatch(/^Dr\. \S+ [^,]+$|^\S+ .+, (NP|PA-C)$/);
      for (const group of bill.codingGroups) {
        expect(CODING_GROUP_STATUSES).toContain(group.status);
        expect(group.diagnoses.length).toBeGreaterThanOrEqual(1);
        expect(group.diagnoses.length).toBeLessThanOrEqual(3);
        expect(group.lineItems.length).toBeGreaterThanOrEqual(1);
        expect(group.lineItems.length).toBeLessThanOrEqual(4);
        expect(group.diagnoses.map((diagnosis) => diagnosis.position)).toEqual(group.diagnoses.map((_, index) => index + 1));
        expect(group.lineItems.map((line) => line.position)).toEqual(group.lineItems.map((_, index) => index + 1));
        for (const diagnosis of group.diagnoses) {
          expect(ICD10_CODES[diagnosis.code as keyof typeof ICD10_CODES]).toBe(diagnosis.description);
        }
        for (const line of group.lineItems) {
          const info = PROCEDURE_CODES[line.code as keyof typeof PROCEDURE_CODES];
          expect(info.codeType).toBe(line.codeType);
          expect(line.charge).toMatch(MONEY);
          expect(line.totalCharge).toMatch(MONEY);
          expect(line.balance).toMatch(MONEY);
          expect(line.units).toMatch(/^[1-9]\d*$/);
          expect(cents(line.totalCharge)).toBe(cents(line.charge) * Number(line.units));
          expect(cents(line.balance)).toBeLessThanOrEqual(cents(line.totalCharge));
          for (const modifier of line.modifiers) expect(MODIFIERS[modifier.code as keyof typeof MODIFIERS]).toBe(modifier.name);
        }
      }
    }
  });

  it('code ICD-10-CM diagnoses and point each line at diagnoses of its own group', () => {
    for (const group of records.bills.flatMap((bill) => bill.codingGroups)) {
      const diagnoses = new Map(group.diagnoses.map((diagnosis) => [diagnosis.id, diagnosis]));
      for (const diagnosis of group.diagnoses) expect(diagnosis.codeRevision).toBe('ICD-10-CM');
      for (const line of group.lineItems) {
        expect(line.linkedDiagnoses.length).toBeGreaterThanOrEqual(1);
        expect(new Set(line.linkedDiagnoses.map((linked) => linked.id)).size).toBe(line.linkedDiagnoses.length);
        for (const linked of line.linkedDiagnoses) expect(linked).toEqual(diagnoses.get(linked.id));
        const kind = PROCEDURE_CODES[line.code as keyof typeof PROCEDURE_CODES].kind;
        const codes = line.linkedDiagnoses.map((linked) => linked.code);
        if (kind === 'vaccine' && diagnoses.size > 1) expect(codes).toEqual(['Z23']);
        if (kind === 'em') expect(codes).not.toContain('Z23');
      }
    }
  });

  it('date each coding group between the visit and the reference date', () => {
    for (const bill of records.bills) {
      for (const group of bill.codingGroups) {
        expect(group.createdAt).toMatch(ISO_TIMESTAMP);
        expect(group.updatedAt).toMatch(ISO_TIMESTAMP);
        // UTC runs ahead of US local time: coding starts on or after the local day of service.
        expect(group.createdAt.slice(0, 10) >= bill.dateOfService).toBe(true);
        expect(group.updatedAt >= group.createdAt).toBe(true);
        expect(Date.parse(group.updatedAt)).toBeLessThanOrEqual(REFERENCE_MS);
      }
    }
  });

  it('are billed under the provider who saw the patient, or incident-to under a supervising physician', () => {
    const providers = new Map(records.providers.map((provider) => [billingName(provider), provider]));
    let incidentTo = 0;
    for (const bill of records.bills) {
      const under = providers.get(bill.billUnderName);
      expect(under, bill.billUnderName).toBeDefined();
      if (bill.billUnderName === bill.primaryProviderName) continue;
      incidentTo++;
      expect(bill.primaryProviderName).toMatch(/, (NP|PA-C)$/);
      expect(bill.billUnderName).toMatch(/^Dr\. /);
      expect(under?.roles).toContain('Supervising Physician');
      expect([bill.billingType, bill.virtualEncounter]).toEqual(['professional', false]);
    }
    expect(incidentTo).toBeGreaterThan(0);
  });

  it('enable E/M coding exactly for office visits, not preventive or wellness visits', () => {
    for (const bill of records.bills) {
      const visitCode = bill.codingGroups[0]?.lineItems[0]?.code as keyof typeof PROCEDURE_CODES;
      expect(bill.isEmCodingEnabled, visitCode).toBe(PROCEDURE_CODES[visitCode].kind === 'em');
    }
    expect(records.bills.some((bill) => !bill.isEmCodingEnabled)).toBe(true);
  });

  it("are mostly professional, the documented billing type, with some self-pay and workers' comp", () => {
    const { bills } = records;
    expect(share(bills, (bill) => bill.billingType === 'professional')).toBeGreaterThan(0.75);
    expect(new Set(bills.map((bill) => bill.billingType))).toEqual(new Set(BILLING_TYPES));
    for (const bill of bills) if (bill.isCosmetic) expect(bill.billingType).toBe('self_pay');
  });

  it('bill telehealth visits with modifier 95 and procedures with 25 on the visit code', () => {
    const virtual = records.bills.filter((bill) => bill.virtualEncounter);
    expect(virtual.length).toBeGreaterThan(0);
    for (const bill of virtual)
      expect(bill.codingGroups[0]?.lineItems[0]?.modifiers.map((modifier) => modifier.code)).toContain('95');
    const allModifiers = records.bills.flatMap((bill) =>
      bill.codingGroups.flatMap((group) => group.lineItems.flatMap((line) => line.modifiers)),
    );
    expect(allModifiers.some((modifier) => modifier.code === '25')).toBe(true);
  });
});

describe('claims', () => {
  it('claim their bill’s total with a balance no larger than the claim', () => {
    for (const claim of records.claims) {
      expect(CLAIM_STATUSES).toContain(claim.claimStatus);
      expect(claim.claimAmount).toMatch(MONEY);
      expect(claim.balance).toMatch(MONEY);
      expect(cents(claim.balance)).toBeLessThanOrEqual(cents(claim.claimAmount));
      if (claim.claimStatus === 'paid') expect(claim.balance).toBe('0.00');
      expect(claim.submittedDate === null).toBe(claim.claimStatus === 'draft');
      if (claim.submittedDate !== null) {
        expect(claim.submittedDate).toMatch(ISO_DATE);
        expect(claim.submittedDate >= claim.dateOfService).toBe(true);
        expect(claim.submittedDate >= claim.createdAt.slice(0, 10)).toBe(true);
      }
      expect(claim.updatedAt >= claim.createdAt).toBe(true);
      expect(Date.parse(claim.updatedAt)).toBeLessThanOrEqual(REFERENCE_MS);
    }
  });

  it('list one primary insurance', () => {
    for (const claim of records.claims) {
      expect(claim.insurance.length).toBeGreaterThanOrEqual(1);
      expect(claim.insurance.length).toBeLessThanOrEqual(2);
      expect(claim.insurance.filter((insurance) => insurance.isPrimary)).toHaveLength(1);
      expect(claim.insurance[0]?.isPrimary).toBe(true);
      for (const insurance of claim.insurance) {
        if (insurance.copayAmount !== null) expect(insurance.copayAmount).toMatch(MONEY);
        if (insurance.deductibleRemaining !== null) expect(insurance.deductibleRemaining).toMatch(MONEY);
      }
    }
  });
});

describe('notes', () => {
  it('report the AI check consistently: a count of issues exactly when issues were found', () => {
    for (const note of records.notes) {
      expect(AI_STATUSES).toContain(note.aiStatus);
      expect(Number.isInteger(note.aiIssueCount)).toBe(true);
      if (note.aiStatus === 'issues_found') expect(note.aiIssueCount).toBeGreaterThanOrEqual(1);
      else expect(note.aiIssueCount).toBe(0);
      expect(note.aiStatus === 'pending').toBe(note.status === 'draft');
      expect(note.ehrType).toBe('modmed');
    }
    expect(new Set(records.notes.map((note) => note.aiStatus))).toEqual(new Set(AI_STATUSES));
  });

  it('include some awaiting_sign, the documented status, among mostly signed notes', () => {
    expect(records.notes.some((note) => note.status === 'awaiting_sign')).toBe(true);
    expect(share(records.notes, (note) => note.status === 'signed' || note.status === 'amended')).toBeGreaterThan(0.8);
  });

  it('carry a full SOAP note and a plausible version', () => {
    for (const note of records.notes) {
      expect(NOTE_STATUSES).toContain(note.status);
      expect(note.version).toBeGreaterThanOrEqual(1);
      expect(note.version).toBeLessThanOrEqual(3);
      if (note.status === 'amended') expect(note.version).toBeGreaterThanOrEqual(2);
      if (note.status === 'draft' || note.status === 'awaiting_sign') expect(note.version).toBe(1);
      const { subjective, objective, assessment, plan, impressionsPlans, ...comments } = note.soapNote;
      for (const text of [subjective, objective, assessment, plan]) {
        expect(text).toMatch(/^[A-Z0-9].*\.$/);
        expect(text).not.toMatch(/[{}]/);
      }
      for (const text of Object.values(comments)) if (text !== null) expect(text).toMatch(/^[A-Z].*[a-z.]$/);
      expect(impressionsPlans.length).toBeGreaterThanOrEqual(1);
      if (note.version === 1) expect(note.versionId).toBe(note.id);
      else expect(note.versionId).toMatch(/^nte_[0-9a-f]{32}$/);
      expect(note.assignedProviders.length).toBeGreaterThanOrEqual(1);
      expect(note.assignedProviders.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('staff users', () => {
  it('have usr_ ids and unique example.com emails', () => {
    const emails = records.staffUsers.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const user of records.staffUsers) {
      expect(user.email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.com$/);
      expect(user.role).toMatch(/^[a-z_]+$/);
    }
  });
});
