/**
 * The clinic records the sandbox serves, shaped exactly as the v3 API returns them
 * (api-model A6). Nullable fields are the ones real clinic data leaves empty.
 */

/** `YYYY-MM-DD` */
export type IsoDate = string;
/** ISO 8601 UTC timestamp, e.g. `2026-01-15T09:30:00.000Z` */
export type IsoTimestamp = string;
/** Decimal money string, e.g. `"150.00"` */
export type Money = string;

export interface Patient {
  id: string; // pat_ + 32 hex
  mrn: string;
  firstName: string;
  lastName: string;
  middleName: string | null;
  gender: 'Male' | 'Female' | null;
  dateOfBirth: IsoDate | null;
  email: string | null;
  phone: string | null; // "(555) 123-4567"
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface Provider {
  id: string; // prv_
  firstName: string;
  lastName: string;
  displayFirstName: string; // "Dr. James"
  displayLastName: string; // "Wilson, MD"
  roles: string[];
  username: string;
  individualNpi: string | null; // 10 digits
  canFinalize: boolean;
  canCosign: boolean;
  /** Not part of the API body: the `hidden` filter reads it. */
  hidden: boolean;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface Facility {
  id: string; // fac_
  name: string;
  timezone: string; // IANA, e.g. America/Los_Angeles
  specialty: string | null;
  isVisible: boolean;
  organizationNpi: string | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export interface Appointment {
  id: string; // apt_
  scheduledStartDate: IsoTimestamp;
  scheduledEndDate: IsoTimestamp;
  status: AppointmentStatus;
  isNewPatient: boolean;
  facilityId: string;
  createdAt: IsoTimestamp;
  patient: Patient;
  provider: Omit<Provider, 'hidden'>;
}

export interface Diagnosis {
  code: string; // ICD-10-CM
  description: string;
  position: number;
}

export interface Modifier {
  code: string;
  name: string;
}

export interface LineItem {
  code: string; // CPT
  codeType: 'CPT' | 'HCPCS';
  description: string;
  units: number;
  charge: Money;
  totalCharge: Money;
  balance: Money;
  modifiers: Modifier[];
  position: number;
}

export const CODING_GROUP_STATUSES = ['draft', 'ready', 'submitted', 'finalized'] as const;
export type CodingGroupStatus = (typeof CODING_GROUP_STATUSES)[number];

export interface CodingGroup {
  id: string; // cg_ + 32 hex
  status: CodingGroupStatus;
  diagnoses: Diagnosis[];
  lineItems: LineItem[];
}

export const BILLING_TYPES = ['insurance', 'self_pay', 'workers_comp'] as const;
export type BillingType = (typeof BILLING_TYPES)[number];

export interface Bill {
  id: string; // bil_
  dateOfService: IsoDate;
  billingType: BillingType;
  isCosmetic: boolean;
  isBillable: boolean;
  virtualEncounter: boolean;
  patientId: string;
  patientFirstName: string;
  patientLastName: string;
  patientDob: IsoDate | null;
  primaryProviderName: string;
  facilityId: string;
  facilityName: string;
  specialty: string | null;
  codingGroups: CodingGroup[];
}

export const CLAIM_STATUSES = ['draft', 'submitted', 'accepted', 'rejected', 'denied', 'paid', 'partially_paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const POLICY_TYPES = ['commercial', 'medicare', 'medicaid', 'tricare', 'self_pay'] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

export interface Insurance {
  payerName: string;
  planName: string;
  policyType: PolicyType;
  isPrimary: boolean;
  memberId: string;
  groupNumber: string | null;
  subscriberName: string;
  copayAmount: Money | null;
  deductibleRemaining: Money | null;
}

export interface Claim {
  id: string; // clm_
  claimAmount: Money;
  balance: Money;
  claimStatus: ClaimStatus;
  submittedDate: IsoDate | null;
  billId: string;
  dateOfService: IsoDate;
  patientId: string;
  patientFirstName: string;
  patientLastName: string;
  patientDob: IsoDate | null;
  facilityId: string;
  facilityName: string;
  insurance: Insurance[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export const NOTE_STATUSES = ['draft', 'in_review', 'signed', 'amended'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export interface SoapNote {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

export interface NotePatient {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate | null;
}

export interface NoteFacility {
  id: string;
  name: string;
}

export interface NoteProvider {
  id: string;
  firstName: string;
  lastName: string;
  displayFirstName: string;
  displayLastName: string;
}

export interface Note {
  id: string; // not_
  version: number;
  visitDate: IsoDate;
  status: NoteStatus;
  /** The appointment this note documents; not exposed in the API body. */
  appointmentId: string;
  patient: NotePatient;
  facility: NoteFacility;
  assignedProviders: NoteProvider[];
  /** Served only with includeSoapNote=true and the read:soap_notes scope. */
  soapNote: SoapNote;
}

export interface StaffUser {
  id: string; // usr_
  firstName: string;
  lastName: string;
  email: string;
  role: string;
}

/** Everything one clinic holds, generated from one seed. Arrays are in their served default order. */
export interface ClinicRecords {
  facilities: Facility[];
  providers: Provider[];
  patients: Patient[];
  appointments: Appointment[];
  bills: Bill[];
  claims: Claim[];
  notes: Note[];
  staffUsers: StaffUser[];
}

/** How many of each record a clinic is generated with. */
export interface RecordCounts {
  patients: number;
  providers: number;
  facilities: number;
  staffUsers: number;
  /** Appointments per patient, on average. */
  appointmentsPerPatient: number;
}
