import { describe, expect, it } from 'vitest';
import { billingName } from '../../src/data/providers.js';
import type { Appointment, Facility } from '../../src/data/types.js';
import { cents, clinic, localTime } from './support.js';

const records = clinic();
const patients = new Map(records.patients.map((patient) => [patient.id, patient]));
const providers = new Map(records.providers.map((provider) => [provider.id, provider]));
const facilities = new Map(records.facilities.map((facility) => [facility.id, facility]));
const appointments = new Map(records.appointments.map((appointment) => [appointment.id, appointment]));
const bills = new Map(records.bills.map((bill) => [bill.id, bill]));

function facilityOf(appointment: Appointment): Facility {
  const facility = facilities.get(appointment.facilityId);
  if (!facility) throw new Error(`unknown facility ${appointment.facilityId}`);
  return facility;
}

/** Facility-local date of an appointment, computed with Intl. */
function visitDate(appointment: Appointment): string {
  return localTime(appointment.scheduledStartDate, facilityOf(appointment).timezone).date;
}

describe('referential integrity', () => {
  it('appointments point at this clinic’s patients, providers and facilities', () => {
    for (const appointment of records.appointments) {
      expect(patients.get(appointment.patient.id)).toBe(appointment.patient);
      expect(providers.has(appointment.provider.id)).toBe(true);
      expect(facilities.has(appointment.facilityId)).toBe(true);
    }
  });

  it('bills belong to a completed appointment of the same patient, facility and day', () => {
    const completedKeys = new Set(
      records.appointments
        .filter((appointment) => appointment.status === 'completed')
        .map((appointment) => `${appointment.patient.id}|${appointment.facilityId}|${visitDate(appointment)}`),
    );
    for (const bill of records.bills) {
      const patient = patients.get(bill.patientId);
      const facility = facilities.get(bill.facilityId);
      expect(patient).toBeDefined();
      expect(facility).toBeDefined();
      expect(completedKeys.has(`${bill.patientId}|${bill.facilityId}|${bill.dateOfService}`)).toBe(true);
      expect([bill.patientFirstName, bill.patientLastName, bill.patientDob]).toEqual([
        patient?.firstName,
        patient?.lastName,
        patient?.dateOfBirth,
      ]);
      expect(bill.facilityName).toBe(facility?.name);
      expect(bill.specialty).toBe(facility?.specialty);
    }
  });

  it('claims point at a professional bill and copy its patient and facility', () => {
    const claimedBills = new Set<string>();
    for (const claim of records.claims) {
      const bill = bills.get(claim.billId);
      expect(bill).toBeDefined();
      if (!bill) continue;
      expect(claimedBills.has(bill.id)).toBe(false);
      claimedBills.add(bill.id);
      expect(bill.billingType).toBe('professional');
      expect(claim.patientId).toBe(bill.patientId);
      expect([claim.patientFirstName, claim.patientLastName, claim.patientDob]).toEqual([
        bill.patientFirstName,
        bill.patientLastName,
        bill.patientDob,
      ]);
      expect([claim.facilityId, claim.facilityName, claim.dateOfService]).toEqual([
        bill.facilityId,
        bill.facilityName,
        bill.dateOfService,
      ]);
      const total = bill.codingGroups.flatMap((group) => group.lineItems).reduce((sum, line) => sum + cents(line.totalCharge), 0);
      expect(cents(claim.claimAmount)).toBe(total);
    }
  });

  it('claims name their bill’s providers, specialty and plans, and the CLIA number of a waived test', () => {
    const humanIds = new Map<string, string>();
    for (const claim of records.claims) {
      const bill = bills.get(claim.billId)!;
      expect([claim.primaryProviderName, claim.billUnderName, claim.specialty]).toEqual([
        bill.primaryProviderName,
        bill.billUnderName,
        bill.specialty,
      ]);
      const named: [id: string, name: string][] = [
        [claim.primaryProviderId, claim.primaryProviderName],
        [claim.billUnderId, claim.billUnderName],
      ];
      for (const [id, name] of named) {
        const provider = providers.get(id);
        expect(provider, id).toBeDefined();
        expect(provider && billingName(provider)).toBe(name);
      }
      expect(claim.primaryInsurance).toBe(claim.insurance.find((plan) => plan.isPrimary)?.payerName);
      expect(claim.secondaryInsurance).toBe(claim.insurance.find((plan) => !plan.isPrimary)?.payerName ?? null);
      for (const plan of claim.insurance) expect(plan.policyNumber).not.toBe(plan.memberId);
      const waived = bill.codingGroups.some((group) =>
        group.lineItems.some((line) => line.modifiers.some((m) => m.code === 'QW')),
      );
      expect(claim.cliaNumber === null).toBe(!waived);
      expect(claim.claimCreatedDate).toBe(claim.createdAt.slice(0, 10));
      expect(claim.billHumanId).toMatch(/^BILL-\d{5,}$/);
      expect(humanIds.get(claim.billHumanId) ?? bill.id).toBe(bill.id);
      humanIds.set(claim.billHumanId, bill.id);
    }
    const clia = records.claims.filter((claim) => claim.cliaNumber !== null);
    expect(clia.length).toBeGreaterThan(0);
    for (const claim of clia) expect(claim.cliaNumber).toMatch(/^\d{2}D\d{7}$/);
    // One CLIA certificate per facility.
    const byFacility = new Map(clia.map((claim) => [claim.facilityId, claim.cliaNumber]));
    for (const claim of clia) expect(claim.cliaNumber).toBe(byFacility.get(claim.facilityId));
    expect(records.claims.some((claim) => claim.secondaryInsurance !== null)).toBe(true);
  });

  it('gives every claim of a patient the same insurance', () => {
    const byPatient = new Map<string, string>();
    for (const claim of records.claims) {
      const insurance = JSON.stringify(claim.insurance);
      expect(byPatient.get(claim.patientId) ?? insurance).toBe(insurance);
      byPatient.set(claim.patientId, insurance);
    }
  });

  it("a note's impressions are its visit's diagnoses, as the visit's bill codes them (A7: soapNote.impressionsPlans[])", () => {
    const billsByPatient = new Map<string, (typeof records.bills)[number][]>();
    for (const bill of records.bills) billsByPatient.set(bill.patientId, [...(billsByPatient.get(bill.patientId) ?? []), bill]);
    let compared = 0;
    for (const note of records.notes) {
      const impressions = note.soapNote.impressionsPlans;
      expect(impressions.length).toBeGreaterThanOrEqual(1);
      // Numbers, unique in the note.
      expect(new Set(impressions.map((i) => i.impressionId)).size).toBe(impressions.length);
      for (const impression of impressions) expect(Number.isInteger(impression.impressionId)).toBe(true);
      // The bill of the visit: same patient, date of service (local) within a day of the UTC visit date.
      const visitMs = Date.parse(note.visitDate.slice(0, 10));
      const bills = (billsByPatient.get(note.patient.id) ?? []).filter(
        (bill) => Math.abs(Date.parse(bill.dateOfService) - visitMs) <= 86_400_000,
      );
      if (bills.length !== 1) continue;
      // The bill splits the visit's diagnoses over its coding groups (Z23 goes with the vaccine's group).
      const billed = new Map<string, string>();
      for (const group of bills[0]!.codingGroups) for (const d of group.diagnoses) billed.set(d.code, d.description);
      const noted = new Map(impressions.map((i) => [i.diagnosis.code, i.diagnosis.description]));
      expect(billed).toEqual(noted);
      const primary = bills[0]!.codingGroups[0]!.diagnoses.find((d) => d.position === 1);
      expect(impressions[0]!.diagnosis.code).toBe(primary?.code);
      compared++;
    }
    expect(compared).toBeGreaterThan(records.notes.length / 2);
  });

  it('notes document a completed appointment of the same patient, facility, day and provider', () => {
    const documented = new Set<string>();
    for (const note of records.notes) {
      const appointment = appointments.get(note.appointmentId);
      expect(appointment?.status).toBe('completed');
      if (!appointment) continue;
      expect(documented.has(appointment.id)).toBe(false);
      documented.add(appointment.id);
      const { patient } = appointment;
      expect(note.patient).toEqual({
        id: patient.id,
        firstName: patient.firstName,
        lastName: patient.lastName,
        dateOfBirth: patient.dateOfBirth,
        // A6: a URL or null; the URL is the patient's own, so every note of a patient agrees.
        avatar: note.patient.avatar === null ? null : `https://example.com/avatars/${patient.id}.png`,
      });
      expect(note.facility).toEqual({ id: appointment.facilityId, name: facilityOf(appointment).name });
      // The visit's start in UTC, spelled as documented: `2026-03-20 18:30:00+00`.
      expect(note.visitDate).toBe(
        `${appointment.scheduledStartDate.slice(0, 10)} ${appointment.scheduledStartDate.slice(11, 19)}+00`,
      );
      expect(note.assignedProviders[0]?.id).toBe(appointment.provider.id);
      // The whole provider with its hidden flag, and its part: the rendering provider first.
      note.assignedProviders.forEach((assigned, index) => {
        expect(assigned).toEqual({ ...providers.get(assigned.id), roleType: index === 0 ? 'PRIMARY_PROVIDER' : 'COSIGNER' });
      });
      const cosigner = note.assignedProviders[1];
      if (cosigner) expect(providers.get(cosigner.id)?.canCosign).toBe(true);
    }
  });

  it('keeps hidden providers and hidden facilities off future appointments', () => {
    const now = Date.parse('2026-06-01T00:00:00.000Z');
    for (const appointment of records.appointments) {
      if (Date.parse(appointment.scheduledStartDate) < now + 86_400_000) continue;
      expect(providers.get(appointment.provider.id)?.hidden).toBe(false);
      expect(facilityOf(appointment).isVisible).toBe(true);
    }
  });
});

describe('appointment times', () => {
  it('fall on the quarter hour between 08:00 and 17:00 local time on open days', () => {
    for (const appointment of records.appointments) {
      const facility = facilityOf(appointment);
      const start = localTime(appointment.scheduledStartDate, facility.timezone);
      const end = localTime(appointment.scheduledEndDate, facility.timezone);
      expect(start.minute % 15).toBe(0);
      expect(start.hour).toBeGreaterThanOrEqual(8);
      expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(17 * 60);
      expect(end.date).toBe(start.date);
      expect(start.weekday).not.toBe('Sun');
      if (start.weekday === 'Sat') expect(facility.specialty).toBe('Urgent Care');
    }
  });
});
