/**
 * Generates a clinic's appointments: weekday visits on the quarter hour between 08:00 and 17:00
 * in the facility's own time zone, from 18 months before to 3 months after the reference date.
 */
import { facilityRecords } from './facilities.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { patientRecords } from './patients.js';
import { isBillingProvider, providerRecords } from './providers.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import {
  addUtcMonths,
  DAY_MS,
  dayNumber,
  HOUR_MS,
  localTimeToUtc,
  MINUTE_MS,
  toIsoDate,
  toIsoTimestamp,
  weekday,
} from './time.js';
import type { Appointment, AppointmentStatus, Facility, IsoDate, Patient, Provider } from './types.js';

export interface AppointmentOptions {
  patients: readonly Patient[];
  providers: readonly Provider[];
  facilities: readonly Facility[];
  appointmentsPerPatient: number;
  referenceMs: number;
  /** The stream `lastSyncedAt` is drawn from: one of its own, so adding it moved no other value. */
  syncFaker: Faker;
}

/** An appointment with what the later generators need about it. */
export interface ScheduledAppointment {
  appointment: Appointment;
  patient: Patient;
  provider: Provider;
  facility: Facility;
  /** The facility-local calendar date of the visit: the bill's dateOfService. */
  localDate: IsoDate;
  startMs: number;
  endMs: number;
}

const OPENING_MINUTE = 8 * 60;
const CLOSING_MINUTE = 17 * 60;
const NEW_PATIENT_DURATIONS: readonly (readonly [number, number])[] = [
  [30, 40],
  [45, 30],
  [60, 30],
];
const RETURN_DURATIONS: readonly (readonly [number, number])[] = [
  [15, 30],
  [30, 45],
  [45, 15],
  [60, 10],
];
const PAST_OUTCOMES: readonly (readonly [AppointmentStatus, number])[] = [
  ['completed', 84],
  ['cancelled', 9],
  ['no_show', 7],
];

/** The provider's record as appointments embed it: everything but the `hidden` filter flag. */
export function publicProvider(provider: Provider): Omit<Provider, 'hidden'> {
  const { hidden: _hidden, ...rest } = provider;
  return rest;
}

/** Status from where the appointment sits relative to "now". */
function drawStatus(faker: Faker, startMs: number, endMs: number, referenceMs: number): AppointmentStatus {
  if (endMs <= referenceMs) return pickWeighted(faker, PAST_OUTCOMES);
  if (startMs <= referenceMs) return 'in_progress';
  if (startMs - referenceMs <= 20 * MINUTE_MS) return chance(faker, 0.6) ? 'checked_in' : 'confirmed';
  if (startMs - referenceMs <= 7 * DAY_MS) return chance(faker, 0.7) ? 'confirmed' : 'scheduled';
  return chance(faker, 0.85) ? 'scheduled' : 'confirmed';
}

/**
 * When the clinic's EHR last pushed the record. It pushes a record when it changes: a visit that
 * took place last changed with its outcome, soon after it ended; a cancelled one when it was
 * cancelled, before it started; an upcoming one when it was booked or confirmed since.
 */
function drawLastSync(
  faker: Faker,
  { createdMs, startMs, endMs, status }: { createdMs: number; startMs: number; endMs: number; status: AppointmentStatus },
  referenceMs: number,
): number {
  if (status === 'cancelled') return faker.number.int({ min: createdMs, max: Math.min(startMs, referenceMs) });
  if (endMs <= referenceMs) return faker.number.int({ min: endMs, max: Math.min(endMs + 2 * DAY_MS, referenceMs) });
  return faker.number.int({ min: createdMs, max: referenceMs });
}

/** Whether the facility sees patients that day: weekdays, plus Saturdays for urgent care. */
function isOpen(facility: Facility, day: number): boolean {
  const dow = weekday(day);
  return dow !== 0 && (dow !== 6 || facility.specialty === 'Urgent Care');
}

/** A day in [firstDay, lastDay] the facility is open, avoiding days already taken when it can. */
function drawOpenDay(faker: Faker, firstDay: number, lastDay: number, facility: Facility, taken: readonly number[]): number {
  let day = firstDay;
  for (let attempt = 0; attempt < 12; attempt++) {
    day = faker.number.int({ min: firstDay, max: lastDay });
    if (isOpen(facility, day) && !taken.includes(day)) return day;
  }
  return day;
}

/**
 * Appointments in scheduledStartDate order. Counts per patient vary around the average (some
 * patients have none); each patient mostly sees one provider at one facility. Hidden providers
 * and facilities that are not visible only carry past appointments. Needs at least one
 * provider and one facility; otherwise there are no appointments.
 */
export function generateAppointments(faker: Faker, options: AppointmentOptions): ScheduledAppointment[] {
  const { patients, providers, facilities, appointmentsPerPatient, referenceMs, syncFaker } = options;
  const billing = providers.filter(isBillingProvider);
  const activeBilling = billing.filter((provider) => !provider.hidden);
  const visibleFacilities = facilities.filter((facility) => facility.isVisible);
  if (patients.length === 0 || activeBilling.length === 0 || visibleFacilities.length === 0) return [];

  // Spread the total over patients at random: counts follow a multinomial around the average.
  const total = Math.round(patients.length * appointmentsPerPatient);
  const perPatient = new Array<number>(patients.length).fill(0);
  for (let i = 0; i < total; i++) {
    const index = faker.number.int(patients.length - 1);
    perPatient[index] = (perPatient[index] ?? 0) + 1;
  }

  const windowStartDay = dayNumber(addUtcMonths(referenceMs, -18));
  const windowEndDay = dayNumber(addUtcMonths(referenceMs, 3));
  const today = dayNumber(referenceMs);
  const providerViews = new Map(providers.map((provider) => [provider.id, publicProvider(provider)]));
  const scheduled: ScheduledAppointment[] = [];

  patients.forEach((patient, patientIndex) => {
    const count = perPatient[patientIndex] ?? 0;
    if (count === 0) return;
    const homeProvider = pick(faker, activeBilling);
    const homeFacility = pick(faker, visibleFacilities);
    const patientCreatedMs = Date.parse(patient.createdAt);
    const firstDay = Math.max(windowStartDay, dayNumber(patientCreatedMs) + 1);

    const visits: { day: number; facility: Facility }[] = [];
    for (let i = 0; i < count; i++) {
      const taken = visits.map((visit) => visit.day);
      let facility = chance(faker, 0.8) ? homeFacility : pick(faker, facilities);
      let day = drawOpenDay(faker, firstDay, windowEndDay, facility, taken);
      // Facilities no longer shown for booking only hold past visits.
      if (!facility.isVisible && day >= today) {
        facility = homeFacility;
        if (!isOpen(facility, day)) day = drawOpenDay(faker, firstDay, windowEndDay, facility, taken);
      }
      visits.push({ day, facility });
    }
    visits.sort((a, b) => a.day - b.day);

    const patientAppointments: ScheduledAppointment[] = visits.map(({ day, facility }, visitIndex) => {
      let provider = chance(faker, 0.75) ? homeProvider : pick(faker, billing);
      // Hidden providers (no longer on the schedule) only hold past visits.
      if (provider.hidden && day >= today) provider = homeProvider;

      const duration = pickWeighted(faker, visitIndex === 0 ? NEW_PATIENT_DURATIONS : RETURN_DURATIONS);
      const slots = (CLOSING_MINUTE - duration - OPENING_MINUTE) / 15;
      const startMinute = OPENING_MINUTE + 15 * faker.number.int(slots);
      const startMs = localTimeToUtc(facility.timezone, day, startMinute);
      const endMs = startMs + duration * MINUTE_MS;
      const status = drawStatus(faker, startMs, endMs, referenceMs);
      const createdFrom = Math.max(patientCreatedMs, startMs - 120 * DAY_MS);
      const createdTo = Math.min(startMs - HOUR_MS, referenceMs);
      const createdMs = faker.number.int({ min: Math.min(createdFrom, createdTo), max: createdTo });
      const syncedMs = drawLastSync(syncFaker, { createdMs, startMs, endMs, status }, referenceMs);

      const appointment: Appointment = {
        id: prefixedId(faker, ID_PREFIXES.appointment),
        scheduledStartDate: toIsoTimestamp(startMs),
        scheduledEndDate: toIsoTimestamp(endMs),
        status,
        isNewPatient: false,
        facilityId: facility.id,
        createdAt: toIsoTimestamp(createdMs),
        lastSyncedAt: toIsoTimestamp(syncedMs),
        patient,
        provider: providerViews.get(provider.id) ?? publicProvider(provider),
      };
      return { appointment, patient, provider, facility, localDate: toIsoDate(day * DAY_MS), startMs, endMs };
    });

    // Only the patient's first appointment ever is a new-patient visit.
    patientAppointments.sort((a, b) => a.startMs - b.startMs);
    const first = patientAppointments[0];
    if (first) first.appointment.isNewPatient = true;
    scheduled.push(...patientAppointments);
  });

  return scheduled.sort((a, b) => a.startMs - b.startMs || (a.appointment.id < b.appointment.id ? -1 : 1));
}

/** The clinic's appointments with what visits are planned from. */
export const scheduledAppointments: Derivation<ScheduledAppointment[]> = (clinic) =>
  generateAppointments(clinic.stream('appointments'), {
    patients: clinic.use(patientRecords),
    providers: clinic.use(providerRecords),
    facilities: clinic.use(facilityRecords),
    appointmentsPerPatient: clinic.counts.appointmentsPerPatient,
    referenceMs: clinic.referenceMs,
    syncFaker: clinic.stream('appointmentSyncs'),
  });

/** The clinic's appointments, in served order (scheduledStartDate). */
export const appointmentRecords: Derivation<Appointment[]> = (clinic) =>
  clinic.use(scheduledAppointments).map((entry) => entry.appointment);
